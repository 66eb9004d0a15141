"""A credit note against one invoice: number, date, amount (at most what is open), reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import (
    AmountField,
    DateField,
    FormDialog,
    InvoiceHeading,
    ValidatedLineEdit,
)


@dataclass(frozen=True)
class CreditNoteValue:
    """What ``services.invoices.add_credit_note`` needs besides the invoice id."""

    number: str
    issued_on: date
    amount: Decimal
    reason: str


class CreditNoteDialog(FormDialog):
    def __init__(self, parent: QWidget | None, invoice: InvoiceRow) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Credit note"))
        self.invoice = invoice
        self.number = ValidatedLineEdit(required="credit_note_number_empty")
        self.number.make_narrow(200)
        self.issued_on = DateField()
        self.issued_on.set_date(clock.today())
        self.amount = AmountField()
        self.whole_button = QPushButton(self.tr("Everything open"))
        self.amount.row.insertWidget(2, self.whole_button)
        self.reason = ValidatedLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Credit note number *"), self.number)
        form.addRow(self.tr("Date *"), self.issued_on)
        form.addRow(self.tr("Amount *"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout()
        layout.addWidget(InvoiceHeading(invoice))
        layout.addLayout(form)
        self.whole_button.clicked.connect(lambda: self.amount.set_amount(invoice.open))
        self.watch(*(f.changed for f in (self.number, self.issued_on, self.amount)))
        self.finish(layout)
        self.setMinimumWidth(460)

    def is_valid(self) -> bool:
        amount = self.amount.amount
        too_much = amount is not None and amount > self.invoice.open
        self.amount.set_problem(
            InvalidInput("credit_exceeds_open", number=self.invoice.number) if too_much else None
        )
        return all(f.is_valid for f in (self.number, self.issued_on, self.amount))

    @property
    def value(self) -> CreditNoteValue:
        return CreditNoteValue(
            self.number.text().strip(),
            self.issued_on.date,
            self.amount.amount,
            self.reason.text().strip(),
        )
