"""Write off what is still open on an invoice, with the reason (required) and the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import (
    ERROR_COLOUR,
    DateField,
    FormDialog,
    InvoiceHeading,
    error_text,
    money_text,
)


@dataclass(frozen=True)
class WriteOffValue:
    """What ``services.invoices.write_off`` needs besides the invoice id."""

    on: date
    reason: str


class WriteOffDialog(FormDialog):
    def __init__(self, parent: QWidget | None, invoice: InvoiceRow) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Write off"))
        self.invoice = invoice
        self.on = DateField()
        self.on.set_date(clock.today())
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [
                "",
                self.tr("Bankruptcy"),
                self.tr("Debt restructuring (WSNP)"),
                self.tr("Uncollectable"),
                self.tr("Small remainder"),
                self.tr("Settled in a compromise"),
            ]
        )
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type a reason"))
        self.reason_error = QLabel(error_text(InvalidInput("write_off_reason_empty")))
        self.reason_error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.reason_error.hide()
        self._reason_touched = False
        if invoice.open > 0:
            what = self.tr("To be written off: {amount}").format(amount=money_text(invoice.open))
        else:
            what = error_text(InvalidInput("nothing_to_write_off", number=invoice.number))
        self.what = QLabel(what)
        form = QFormLayout()
        form.addRow(self.tr("Date *"), self.on)
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow("", self.reason_error)
        layout = QVBoxLayout()
        layout.addWidget(InvoiceHeading(invoice))
        layout.addWidget(self.what)
        layout.addLayout(form)
        self.reason.editTextChanged.connect(self._reason_edited)
        self.watch(self.on.changed, self.reason.editTextChanged)
        self.finish(layout)
        self.setMinimumWidth(460)

    def _reason_edited(self, _text: str) -> None:
        self._reason_touched = True

    def is_valid(self) -> bool:
        reason_given = bool(self.reason.currentText().strip())
        self.reason_error.setVisible(self._reason_touched and not reason_given)
        return self.on.is_valid and reason_given and self.invoice.open > 0

    @property
    def value(self) -> WriteOffValue:
        return WriteOffValue(self.on.date, self.reason.currentText().strip())
