"""Record a payment: how much, when, and which open invoices it pays.

The amount is spread over the open invoices oldest due date first (as the service would do)
until the user changes an allocation by hand; a payment may cover part of an invoice, and
whatever is left over stays as the client's credit.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.money import parse_amount
from debiteur_desk.domain.references import validate_iban
from debiteur_desk.services.payments import PaymentInput
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.fields import (
    ERROR_COLOUR,
    AmountField,
    DateField,
    FormDialog,
    ValidatedLineEdit,
    amount_input_text,
    app_language,
    date_text,
    error_text,
    money_text,
)
from debiteur_desk.ui.screen_fit import fit_to_screen, rows_high

ZERO = Decimal("0.00")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AllocationTable(QTableWidget):
    """One row per open invoice, with an editable amount to allocate to it."""

    edited = Signal()  # the user changed an allocation by hand
    changed = Signal()  # an allocation changed, by hand or not

    def __init__(self, invoices: list[InvoiceRow], parent: QWidget | None = None) -> None:
        super().__init__(len(invoices), 4, parent)
        self.invoices = invoices
        self.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Due date"), self.tr("Open"), self.tr("Allocate")]
        )
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.editors: list[QLineEdit] = []
        for row, invoice in enumerate(invoices):
            texts = (invoice.number, date_text(invoice.due_date), money_text(invoice.open))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(_RIGHT)
                self.setItem(row, column, item)
            editor = QLineEdit()
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.setPlaceholderText(amount_input_text(ZERO))
            editor.textEdited.connect(lambda _text: self.edited.emit())
            editor.textChanged.connect(lambda _text: self.changed.emit())
            self.setCellWidget(row, 3, editor)
            self.editors.append(editor)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(3, 130)
        header.setMinimumSectionSize(110)

    def spread(self, amount: Decimal) -> None:
        """Oldest due date first, each invoice up to what is open on it (one ``changed``)."""
        left = amount
        blocked = self.blockSignals(True)
        for invoice, editor in zip(self.invoices, self.editors, strict=True):
            part = min(left, invoice.open) if left > 0 else ZERO
            editor.setText(amount_input_text(part) if part > 0 else "")
            left -= part
        self.blockSignals(blocked)
        self.changed.emit()

    def allocations(self) -> tuple[list[tuple[InvoiceRow, Decimal]], DebiteurError | None]:
        """The allocations typed so far, and the first thing wrong with them."""
        result, problem = [], None
        for invoice, editor in zip(self.invoices, self.editors, strict=True):
            wrong = None
            if editor.text().strip():
                try:
                    part = parse_amount(editor.text(), allow_zero=True, language=app_language())
                except DebiteurError as error:
                    wrong = error
                else:
                    if part > invoice.open:
                        wrong = InvalidInput("allocation_exceeds_open", number=invoice.number)
                    elif part > 0:
                        result.append((invoice, part))
            style = "" if wrong is None else "QLineEdit { background: #fde8e6; }"
            if editor.styleSheet() != style:  # restyling is slow: only when it changes
                editor.setStyleSheet(style)
            editor.setToolTip("" if wrong is None else error_text(wrong))
            problem = problem or wrong
        return result, problem


class PaymentDialog(FormDialog):
    """Collects a :class:`PaymentInput`; the caller runs ``record_payment``."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: int,
        open_invoices: list[InvoiceRow],
        *,
        client_name: str = "",
    ) -> None:
        super().__init__(parent, "")
        name = client_name or (open_invoices[0].client_name if open_invoices else "")
        self.setWindowTitle(
            self.tr("Record payment from {client}").format(client=name)
            if name
            else self.tr("Record payment")
        )
        self.client_id = client_id
        self.client_label = QLabel(f"<b>{html.escape(name)}</b>")
        self.client_label.setObjectName("client_name")
        invoices = sorted(open_invoices, key=lambda row: (row.due_date, row.number))
        self._by_hand = False
        self.received_on = DateField()
        self.received_on.set_date(clock.today())
        self.amount = AmountField()
        self.method = QComboBox()
        self.method.addItem(self.tr("Bank transfer"), "bank")
        self.method.addItem(self.tr("Cash"), "cash")
        self.method.addItem(self.tr("Debit card"), "card")
        self.method.addItem(self.tr("Other"), "other")
        self.counterparty_name = ValidatedLineEdit()
        self.counterparty_iban = ValidatedLineEdit(validate_iban)
        self.description = ValidatedLineEdit()
        self.table = AllocationTable(invoices)
        self.spread_button = QPushButton(self.tr("Allocate oldest first"))
        self.as_credit = QCheckBox(
            self.tr("Keep all of it as credit (e.g. money for a payment plan's instalments)")
        )
        self.as_credit.setObjectName("as_credit")
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("From client"), self.client_label)
        form.addRow(self.tr("Received on *"), self.received_on)
        form.addRow(self.tr("Amount *"), self.amount)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(self.tr("From (name)"), self.counterparty_name)
        form.addRow(self.tr("From (IBAN)"), self.counterparty_iban)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout()
        layout.addLayout(form)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Allocate to open invoices</b>")))
        heading.addStretch(1)
        heading.addWidget(self.spread_button)
        layout.addLayout(heading)
        if invoices:
            # Up to four invoices whole before the table scrolls (or the dialog grows).
            self.table.setMinimumHeight(rows_high(self.table, min(len(invoices), 4)))
            layout.addWidget(self.table, 1)
            layout.addWidget(self.as_credit)
        else:
            layout.addWidget(QLabel(self.tr("This client has no open invoices.")))
            self.spread_button.hide()
        layout.addWidget(self.summary)

        self.amount.changed.connect(self._amount_changed)
        self.table.edited.connect(self._allocated_by_hand)
        self.spread_button.clicked.connect(self._spread_again)
        self.as_credit.toggled.connect(self._credit_toggled)
        self.watch(
            self.table.changed,
            self.as_credit.toggled,
            *(f.changed for f in (self.received_on, self.counterparty_iban)),
        )
        self.finish(layout, grows=bool(invoices))
        self.setMinimumWidth(600)
        fit_to_screen(self, 640, min(600, 400 + 28 * len(invoices)))

    def _amount_changed(self) -> None:
        if not self._by_hand:
            self.table.spread(self.amount.amount or ZERO)  # revalidates through ``changed``
        else:
            self.revalidate()

    def _allocated_by_hand(self) -> None:
        self._by_hand = True

    def _spread_again(self) -> None:
        self._by_hand = False
        self._amount_changed()

    def _credit_toggled(self, keep: bool) -> None:
        self.table.setEnabled(not keep)
        self.spread_button.setEnabled(not keep)

    def _allocations(self) -> tuple[list[tuple[InvoiceRow, Decimal]], DebiteurError | None]:
        return ([], None) if self.as_credit.isChecked() else self.table.allocations()

    def is_valid(self) -> bool:
        parts, problem = self._allocations()
        amount = self.amount.amount
        allocated = sum((part for _, part in parts), ZERO)
        if problem is None and amount is not None and allocated > amount:
            problem = InvalidInput("allocations_exceed_payment")
        self._show_summary(amount, allocated, problem)
        fields_ok = all(f.is_valid for f in (self.received_on, self.amount, self.counterparty_iban))
        return fields_ok and amount is not None and problem is None

    def _show_summary(
        self, amount: Decimal | None, allocated: Decimal, problem: DebiteurError | None
    ) -> None:
        if problem is not None:
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.summary.setText(error_text(problem))
            return
        self.summary.setStyleSheet("")
        if amount is None:
            self.summary.setText("")
            return
        text = self.tr("Allocated: {allocated}").format(allocated=money_text(allocated))
        if self.as_credit.isChecked():
            text = self.tr("All of it stays as credit: {credit}").format(credit=money_text(amount))
        elif allocated < amount:
            if allocated == 0 and self.table.invoices:
                text = self.tr(
                    "Nothing allocated by hand: the payment goes to the oldest open invoices first."
                )
            else:
                text += " · " + self.tr("stays as credit: {credit}").format(
                    credit=money_text(amount - allocated)
                )
        self.summary.setText(text)

    @property
    def value(self) -> PaymentInput:
        parts, _ = self._allocations()
        return PaymentInput(
            received_on=self.received_on.date,
            amount=self.amount.amount,
            client_id=self.client_id,
            allocations=tuple((invoice.id, part) for invoice, part in parts),
            method=self.method.currentData(),
            counterparty_name=self.counterparty_name.text().strip(),
            counterparty_iban=self.counterparty_iban.value or "",
            description=self.description.text().strip(),
            keep_as_credit=self.as_credit.isChecked(),
        )
