"""Letters that went out together (a printed batch of reminders), marked as sent at once:
only a letter marked as sent counts for the rules (its term, default, the costs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.services.letters import SENT_VIA, UnsentLetter
from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.dialogs.date_field import DateField
from debiteur_desk.ui.letters.kind_names import kind_name


class MarkSentDialog(QDialog):
    """Collects which letters went out, when and how; the caller marks them."""

    def __init__(self, parent: QWidget | None, letters: list[UnsentLetter], language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark letters as sent"))
        self.letters = letters
        self.table = QTableWidget(len(letters), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Letter"), self.tr("Made on"), self.tr("Invoices")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        today = clock.today()
        for row, letter in enumerate(letters):
            name = QTableWidgetItem(letter.client_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            made_today = letter.made_on == today
            name.setCheckState(Qt.CheckState.Checked if made_today else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(kind_name(letter.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(format_date(letter.made_on, language)))
            self.table.setItem(row, 3, QTableWidgetItem(", ".join(letter.invoice_numbers)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.on = DateField()
        self.on.set_range(None, today)  # a letter cannot have gone out tomorrow
        self.on.set_date(today)
        self.via = QComboBox()
        names = {
            "post": self.tr("By post"),
            "registered": self.tr("Registered mail (aangetekend)"),
            "email": self.tr("By email"),
            "hand": self.tr("By hand"),
        }
        for code in SENT_VIA:
            if code != "registered":  # each registered letter has its own number
                self.via.addItem(names[code], code)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Only a letter marked as sent counts: its term, the default it brings about, "
                "the collection costs. Tick the letters that went out."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sent on"), self.on)
        form.addRow(self.tr("Sent"), self.via)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(self._revalidate)
        self.on.changed.connect(self._revalidate)
        self._revalidate()
        self.resize(720, 460)

    def _revalidate(self, *_args: object) -> None:
        ok = bool(self.chosen) and self.on.date is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @property
    def chosen(self) -> list[int]:
        return [
            letter.letter_id
            for row, letter in enumerate(self.letters)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
