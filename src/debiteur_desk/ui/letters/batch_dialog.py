"""The batch of due first reminders: the list to check and deselect, before anything is
made. Refused reminders are listed with the rule that refuses them, and so are the invoices
a reminder leaves out (one whose sending is not checked yet, a disputed one, …)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.errors import DebiteurError, Notice
from debiteur_desk.services.letter_batch import BatchLine
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.text.formatting import format_money
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.screen_fit import fit_to_screen

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _not_made(lines: list[BatchLine], language: str) -> list[str]:
    """Each refused reminder, and each invoice a reminder leaves out, with the rule."""
    notes: list[str] = []
    for line in lines:
        reasons: list[DebiteurError | Notice] = []
        if line.refusal is not None:
            reasons.append(line.refusal)
        reasons += [Notice("letter_left_out", {"reason": why}) for why in line.left_out]
        notes += [f"{line.client_name}: {describe(why, language)}" for why in reasons]
    return notes


class ReminderBatchDialog(QDialog):
    """Collects which of the due first reminders to make; the caller makes them."""

    def __init__(self, parent: QWidget | None, lines: list[BatchLine], language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First reminders due today"))
        self.lines = [line for line in lines if line.refusal is None]
        not_made = _not_made(lines, language)
        self.table = QTableWidget(len(self.lines), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Invoices"),
                                              self.tr("Amount")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, line in enumerate(self.lines):
            name = QTableWidgetItem(line.client_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            name.setToolTip(line.email)
            amount = QTableWidgetItem(format_money(line.amount, language))
            amount.setTextAlignment(_RIGHT)
            numbers = QTableWidgetItem(", ".join(line.invoice_numbers))
            numbers.setToolTip(numbers.text())  # the whole list where it is elided
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, numbers)
            self.table.setItem(row, 2, amount)
        # The names and amounts whole; the list of invoice numbers takes what is left.
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.refused = QLabel("\n".join(not_made))
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color: #555555;")
        self.refused.setVisible(bool(not_made))
        all_on = QPushButton(self.tr("Select all"))
        all_off = QPushButton(self.tr("Select none"))
        all_on.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        all_off.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(all_on, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(all_off, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Untick a client to leave the reminder out. Nothing is made "
                               "until you click the button below."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        with_email = sum(1 for line in self.lines if line.email)
        self.email_drafts = QCheckBox(
            self.tr("Also an e-mail draft for each client with an e-mail address (%n)", "",
                    with_email)
        )  # fmt: skip
        self.email_drafts.setObjectName("email_drafts")
        self.email_drafts.setChecked(with_email > 0)
        self.email_drafts.setEnabled(with_email > 0)
        layout.addWidget(self.email_drafts)
        if not_made:
            layout.addWidget(QLabel(self.tr("<b>Not made or left out</b>")))
            scroll = QScrollArea()  # a long list of refusals scrolls; the dialog fits
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.refused)
            scroll.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
            layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(self._update_button)
        self._update_button()
        fit_to_screen(self, 760, 480)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)

    def _update_button(self, *_args: object) -> None:
        count = len(self.chosen)
        self.make_button.setText(self.tr("Make %n reminder(s)", "", count))
        self.make_button.setEnabled(count > 0)

    @property
    def drafts(self) -> bool:
        """Write an e-mail draft beside each letter whose client has an address."""
        return self.email_drafts.isChecked()

    @property
    def chosen(self) -> list[LetterRequest]:
        return [
            line.request
            for row, line in enumerate(self.lines)
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]
