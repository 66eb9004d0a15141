"""Disputes about one invoice: open one (date, reason, note), and resolve it (upheld with
a credit note or a write-off for what is open, or rejected: back into collection).

The dialogs only collect what the user chose; ``services.disputes`` checks and saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.disputes import DisputeOutcome, DisputeReason
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import (
    DateField,
    FormDialog,
    InvoiceHeading,
    ValidatedLineEdit,
    date_text,
    money_text,
)

# The reasons as the dialog offers them (in this order).
REASON_TEXTS = {
    DisputeReason.NOT_RECEIVED: QT_TRANSLATE_NOOP("DisputeDialog", "Goods or service not received"),
    DisputeReason.QUALITY: QT_TRANSLATE_NOOP("DisputeDialog", "Quality of the goods or work"),
    DisputeReason.AMOUNT: QT_TRANSLATE_NOOP("DisputeDialog", "The amount is wrong"),
    DisputeReason.NOT_ORDERED: QT_TRANSLATE_NOOP("DisputeDialog", "Not ordered"),
    DisputeReason.OTHER: QT_TRANSLATE_NOOP("DisputeDialog", "Other reason"),
}


def reason_text(reason: DisputeReason) -> str:
    return QCoreApplication.translate("DisputeDialog", REASON_TEXTS[reason])


@dataclass(frozen=True)
class DisputeValue:
    """What ``services.disputes.open_dispute`` needs besides the invoice id."""

    opened_on: date
    reason: DisputeReason
    note: str


@dataclass(frozen=True)
class ResolveValue:
    """What ``services.disputes.resolve_dispute`` needs besides the invoice id."""

    resolved_on: date
    outcome: DisputeOutcome
    note: str
    credit_note_number: str | None


class DisputeDialog(FormDialog):
    """Mark an invoice disputed: it leaves the worklist and gets no reminder or demand."""

    def __init__(self, parent: QWidget | None, invoice: InvoiceRow) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Invoice disputed"))
        self.invoice = invoice
        self.opened_on = DateField()
        self.opened_on.set_date(clock.today())
        self.opened_on.set_range(invoice.invoice_date, clock.today())
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason"), None)
        for code in REASON_TEXTS:
            self.reason.addItem(reason_text(code), code.value)
        self.note = ValidatedLineEdit(
            placeholder=self.tr("What the client says"), max_length=limits.NOTES.maximum
        )
        explain = QLabel(
            self.tr(
                "While the dispute is open the invoice leaves the worklist: no reminder, "
                "call or demand is proposed for it, and no letter can name it."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Disputed since *"), self.opened_on)
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout()
        layout.addWidget(InvoiceHeading(invoice))
        layout.addWidget(explain)
        layout.addLayout(form)
        self.watch(self.opened_on.changed, self.reason.currentIndexChanged)
        self.finish(layout)
        self.setMinimumWidth(460)

    def is_valid(self) -> bool:
        return (
            self.opened_on.is_valid
            and self.opened_on.date is not None
            and self.reason.currentData() is not None
            and self.invoice.open > 0
        )

    @property
    def value(self) -> DisputeValue:
        assert self.opened_on.date is not None
        return DisputeValue(
            self.opened_on.date, DisputeReason(self.reason.currentData()), self.note.text().strip()
        )


class ResolveDisputeDialog(FormDialog):
    """End the dispute: upheld (credit note or write-off of what is open) or rejected.

    ``opened_on`` and ``reason``, when known, show what the dispute was about.
    """

    def __init__(
        self,
        parent: QWidget | None,
        invoice: InvoiceRow,
        opened_on: date | None = None,
        reason: DisputeReason | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Resolve dispute"))
        self.invoice = invoice
        self.resolved_on = DateField()
        self.resolved_on.set_date(clock.today())
        self.resolved_on.set_range(opened_on or invoice.invoice_date, clock.today())
        open_text = money_text(invoice.open)
        self.credit_choice = QRadioButton(
            self.tr("Client is right: credit note for {amount}").format(amount=open_text)
        )
        self.write_off_choice = QRadioButton(
            self.tr("Client is right: write off {amount}").format(amount=open_text)
        )
        self.rejected_choice = QRadioButton(
            self.tr("Dispute rejected: the invoice goes back into collection")
        )
        self.outcomes = QButtonGroup(self)
        for button, outcome in (
            (self.credit_choice, DisputeOutcome.UPHELD_CREDIT_NOTE),
            (self.write_off_choice, DisputeOutcome.UPHELD_WRITE_OFF),
            (self.rejected_choice, DisputeOutcome.REJECTED),
        ):
            button.setProperty("outcome", outcome.value)
            self.outcomes.addButton(button)
        nothing_open = invoice.open <= 0
        self.credit_choice.setEnabled(not nothing_open)
        self.write_off_choice.setEnabled(not nothing_open)
        self.credit_number = ValidatedLineEdit(
            required="credit_note_number_empty", max_length=limits.INVOICE_NUMBER.maximum
        )
        self.credit_number.make_narrow(200)
        self.note = ValidatedLineEdit(max_length=limits.NOTES.maximum)
        self.note_hint = QLabel()
        self.note_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Resolved on *"), self.resolved_on)
        outcome_box = QVBoxLayout()
        for button in (self.credit_choice, self.write_off_choice, self.rejected_choice):
            outcome_box.addWidget(button)
        form.addRow(self.tr("Outcome *"), outcome_box)
        form.addRow(self.tr("Credit note number"), self.credit_number)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.note_hint)
        layout = QVBoxLayout()
        layout.addWidget(InvoiceHeading(invoice))
        if opened_on is not None:
            about = self.tr("Disputed since {date}").format(date=date_text(opened_on))
            if reason is not None:
                about += f": {reason_text(reason)}"
            self.about = QLabel(about)
            self.about.setWordWrap(True)
            layout.addWidget(self.about)
        layout.addLayout(form)
        self.outcomes.buttonToggled.connect(self._outcome_changed)
        self.watch(
            self.resolved_on.changed,
            self.outcomes.buttonToggled,
            self.credit_number.changed,
            self.note.changed,
        )
        self.finish(layout)
        self._outcome_changed()
        self.setMinimumWidth(480)

    @property
    def outcome(self) -> DisputeOutcome | None:
        button = self.outcomes.checkedButton()
        return None if button is None else DisputeOutcome(button.property("outcome"))

    def _outcome_changed(self, *_args: object) -> None:
        outcome = self.outcome
        self.credit_number.setEnabled(outcome is DisputeOutcome.UPHELD_CREDIT_NOTE)
        if outcome is DisputeOutcome.UPHELD_WRITE_OFF:
            self.note_hint.setText(self.tr("The note is the reason for the write-off (required)."))
        else:
            self.note_hint.setText("")

    def is_valid(self) -> bool:
        outcome = self.outcome
        if outcome is None or not self.resolved_on.is_valid or self.resolved_on.date is None:
            return False
        if outcome is DisputeOutcome.UPHELD_CREDIT_NOTE:
            return self.credit_number.is_valid and bool(self.credit_number.text().strip())
        if outcome is DisputeOutcome.UPHELD_WRITE_OFF:
            return bool(self.note.text().strip())
        return True

    @property
    def value(self) -> ResolveValue:
        outcome = self.outcome
        assert outcome is not None and self.resolved_on.date is not None
        number = self.credit_number.text().strip()
        return ResolveValue(
            self.resolved_on.date,
            outcome,
            self.note.text().strip(),
            number if outcome is DisputeOutcome.UPHELD_CREDIT_NOTE else None,
        )
