"""The batch of due first reminders: the list to check and deselect, before anything is
made. Refused reminders are listed with the rule that refuses them, and so are the invoices
a reminder leaves out (one whose sending is not checked yet, a disputed one, …).

An invoice held because nobody checked yet that it went out (art. 3:37 lid 3 BW) can be
confirmed here, the selected lines or all of them ("Klopt, verstuurd…"): after one clear
question the dialog closes with :data:`CONFIRM_SENT` and :attr:`to_confirm`; the caller
records the check and shows the list again, with those reminders offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.errors import DebiteurError, Notice
from debiteur_desk.services.letter_batch import SENT_CHECK_OPEN, BatchLine
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.text.formatting import format_money
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.screen_fit import fit_to_screen

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CONFIRM_SENT = 2  # the dialog's result: confirm ``to_confirm``, then show the list again
_NUMBERS_SHOWN = 20  # in the question; more are counted, not listed
_CHECK = Qt.ItemDataRole.UserRole  # a note's invoice held for the sending check
_NUMBER = Qt.ItemDataRole.UserRole + 1
_CLIENT = Qt.ItemDataRole.UserRole + 2


def _not_made(lines: list[BatchLine], language: str) -> list[QListWidgetItem]:
    """Each refused reminder, and each invoice a reminder leaves out, with the rule; one
    held for the sending check carries its invoice."""
    notes: list[QListWidgetItem] = []
    for line in lines:
        reasons: list[tuple[DebiteurError | Notice, DebiteurError]] = []
        if line.refusal is not None:  # no letter at all: every invoice held, as it is
            reasons += [(why, why) for why in (line.refusal, *line.left_out)]
        else:
            reasons += [(Notice("letter_left_out", {"reason": why}), why) for why in line.left_out]
        for shown, held in reasons:
            note = QListWidgetItem(f"{line.client_name}: {describe(shown, language)}")
            if held.code == SENT_CHECK_OPEN:
                note.setData(_CHECK, int(held.params["invoice_id"]))
                note.setData(_NUMBER, str(held.params["number"]))
                note.setData(_CLIENT, line.client_id)
            notes.append(note)
    return notes


class ReminderBatchDialog(QDialog):
    """Collects which of the due first reminders to make; the caller makes them."""

    def __init__(self, parent: QWidget | None, lines: list[BatchLine], language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First reminders due today"))
        self.lines = [line for line in lines if line.refusal is None]
        self.to_confirm: tuple[int, ...] = ()  # invoices the user checked went out
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
        self.not_made = QListWidget()
        self.not_made.setObjectName("not_made")
        self.not_made.setWordWrap(True)
        self.not_made.setResizeMode(QListView.ResizeMode.Adjust)
        self.not_made.setStyleSheet("color: #555555;")
        self.not_made.setAlternatingRowColors(True)  # where one long note ends
        self.not_made.setSpacing(2)
        self.not_made.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for note in not_made:
            self.not_made.addItem(note)
        self.not_made.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 8)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirm_sent")
        self.confirm_button.setToolTip(
            self.tr(
                "Records that you checked that these invoices went out and reached the "
                "client (the selected lines, or all when none is selected); then their "
                "reminders are offered."
            )
        )
        self.confirm_button.setVisible(any(n.data(_CHECK) is not None for n in not_made))
        self.confirm_button.clicked.connect(self._confirm_sent)
        self.not_made.itemSelectionChanged.connect(self._update_confirm)
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
            heading = QHBoxLayout()
            heading.addWidget(QLabel(self.tr("<b>Not made or left out</b>")), 1)
            heading.addWidget(self.confirm_button)
            layout.addLayout(heading)
            layout.addWidget(self.not_made)  # a long list scrolls; the dialog fits
        self.not_made.setVisible(bool(not_made))
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(self._update_button)
        self._update_button()
        self._update_confirm()
        fit_to_screen(self, 760, 480)

    def _held(self) -> list[QListWidgetItem]:
        """The notes of invoices held for the sending check: the selected ones, or all."""
        notes = [self.not_made.item(row) for row in range(self.not_made.count())]
        held = [note for note in notes if note.data(_CHECK) is not None]
        selected = [note for note in held if note.isSelected()]
        return selected or held

    def _update_confirm(self) -> None:
        count = len(self._held())
        self.confirm_button.setText(self.tr("Correct, it was sent (%n)…", "", count))
        self.confirm_button.setEnabled(count > 0)

    def _confirm_sent(self) -> None:
        """Ask once, clearly; on Yes close with :data:`CONFIRM_SENT` (the caller records)."""
        held = self._held()
        if not held:
            return
        numbers = [str(note.data(_NUMBER)) for note in held]
        shown = ", ".join(numbers[:_NUMBERS_SHOWN])
        if len(numbers) > _NUMBERS_SHOWN:
            shown += ", …"
        clients = len({note.data(_CLIENT) for note in held})
        text = self.tr(
            "Record that you checked that these invoices went out correctly and reached the "
            "client? {invoices} of {clients}: {numbers}.\n\nAn invoice not marked as sent is "
            "then marked as sent on its invoice date (correct the invoice if it went out "
            "later). Then the list is read again, with their reminders."
        ).format(
            invoices=self.tr("%n invoice(s)", "", len(numbers)),
            clients=self.tr("%n client(s)", "", clients),
            numbers=shown,
        )
        answer = QMessageBox.question(self, self.tr("Correct, it was sent"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.to_confirm = tuple(int(note.data(_CHECK)) for note in held)
        self.done(CONFIRM_SENT)

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
