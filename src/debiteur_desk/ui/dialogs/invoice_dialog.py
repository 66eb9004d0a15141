"""New or changed invoice: client, number, dates, amount and VAT, how it was sent."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import round_cents
from debiteur_desk.domain.references import is_valid_kenmerk
from debiteur_desk.services.invoices import TEXT_LIMITS, InvoiceInput
from debiteur_desk.ui.dialogs.fields import (
    AmountField,
    DateField,
    ErrorLine,
    FormDialog,
    ValidatedLineEdit,
    error_text,
)
from debiteur_desk.ui.dialogs.name_search import search_names
from debiteur_desk.ui.dialogs.validated import cleaned_text

DEFAULT_TERM_DAYS = 14
VAT_RATE = Decimal("0.21")


def _kenmerk(text: str) -> str:
    digits = re.sub(r"\s", "", text)
    if not is_valid_kenmerk(digits):
        raise InvalidInput("kenmerk_format", text=text.strip())
    return digits


def _text_field(name: str, **kwargs: Any) -> ValidatedLineEdit:
    """The field for ``InvoiceInput.<name>``: cleaned and limited as the service does."""
    limit = TEXT_LIMITS[name]
    parse = cleaned_text(limit, kwargs.get("required"))
    return ValidatedLineEdit(parse, max_length=limit.maximum, **kwargs)


class InvoiceDialog(FormDialog):
    """Collects an :class:`InvoiceInput`; the caller runs ``add_invoice``/``update_invoice``.

    ``payment_terms`` (client id -> days) sets the default due date; without it the due date
    is the invoice date + 14 days. The due date follows the invoice date until it is edited.
    ``suggested_number`` (``services.invoices.suggested_invoice_number``) fills in the
    number of a new invoice; the user may type another.
    """

    def __init__(
        self,
        parent: QWidget | None,
        clients: list[tuple[int, str]],
        initial: InvoiceInput | None = None,
        client_id: int | None = None,
        *,
        payment_terms: Mapping[int, int] | None = None,
        suggested_number: str | None = None,
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("New invoice") if initial is None else self.tr("Edit invoice"))
        self._terms = dict(payment_terms or {})
        self._due_edited = initial is not None
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for cid, name in clients:
            self.client.addItem(name, cid)
        self.client_names = search_names(self.client)  # "celik" offers Çelik
        self.client.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.client_error = ErrorLine()
        self.number = _text_field("number", required="invoice_number_empty")
        self.number.make_narrow(200)
        self.invoice_date = DateField()
        self.due_date = DateField()
        self.amount = AmountField()
        self.vat = AmountField(required=None, allow_zero=True)
        self.vat_button = QPushButton(self.tr("Work out VAT (21% included)"))
        self.vat_button.setToolTip(
            self.tr(
                "Fills in the VAT contained in the amount above, for an amount that includes "
                "21% VAT: 21/121 of it (for € 121.00 that is € 21.00)."
            )
        )
        self.vat.row.insertWidget(2, self.vat_button)
        self.description = _text_field("description")
        self.kenmerk = ValidatedLineEdit(_kenmerk, max_length=limits.KENMERK_TYPED)
        self.kenmerk.make_narrow(200)
        self.sent_on = DateField(required=None)
        self.sent_via = QComboBox()
        self.sent_via.addItem(self.tr("(not sent)"), None)
        self.sent_via.addItem(self.tr("Email"), "email")
        self.sent_via.addItem(self.tr("Post"), "post")
        self.sent_via.addItem(self.tr("Portal"), "portal")
        self.sent_via.addItem(self.tr("By hand"), "hand")
        self.sent_to = _text_field("sent_to")

        client_box = QVBoxLayout()
        client_box.setSpacing(2)
        client_box.addWidget(self.client)
        client_box.addWidget(self.client_error)
        form = QFormLayout()
        form.addRow(self.tr("Client *"), client_box)
        form.addRow(self.tr("Invoice number *"), self.number)
        form.addRow(self.tr("Invoice date *"), self.invoice_date)
        form.addRow(self.tr("Due date *"), self.due_date)
        form.addRow(self.tr("Amount incl. VAT *"), self.amount)
        form.addRow(self.tr("of which VAT"), self.vat)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Payment reference"), self.kenmerk)
        form.addRow(QLabel(self.tr("<b>Sending</b>")))
        form.addRow(self.tr("Sent on"), self.sent_on)
        form.addRow(self.tr("Sent by"), self.sent_via)
        form.addRow(self.tr("Sent to"), self.sent_to)
        layout = QVBoxLayout()
        layout.addLayout(form)
        hint = QHBoxLayout()
        hint.addWidget(QLabel(self.tr("* required")))
        layout.addLayout(hint)

        if initial is not None:
            self._fill(initial)
        else:
            self._select_client(client_id)
            self.number.setText(suggested_number or "")
            self.invoice_date.set_date(clock.today())
            self._follow_invoice_date()
        self.due_date.line_edit.textEdited.connect(self._due_touched)
        self.invoice_date.changed.connect(self._follow_invoice_date)
        self.client.currentIndexChanged.connect(self._follow_invoice_date)
        self.client.editTextChanged.connect(self._follow_invoice_date)
        self.vat_button.clicked.connect(self._fill_vat)
        self.watch(
            self.client.currentIndexChanged,
            self.client.editTextChanged,
            self.sent_via.currentIndexChanged,
            *(f.changed for f in self._fields()),
        )
        self.finish(layout)
        self.setMinimumWidth(520)

    def _fields(self) -> tuple[ValidatedLineEdit, ...]:
        return (
            self.number,
            self.invoice_date,
            self.due_date,
            self.amount,
            self.vat,
            self.description,
            self.kenmerk,
            self.sent_on,
            self.sent_to,
        )

    def _select_client(self, client_id: int | None) -> None:
        self.client.setCurrentIndex(self.client.findData(client_id) if client_id else -1)

    def _fill(self, data: InvoiceInput) -> None:
        self._select_client(data.client_id)
        self.number.setText(data.number)
        self.invoice_date.set_date(data.invoice_date)
        self.due_date.set_date(data.due_date)
        self.amount.set_amount(data.amount)
        self.vat.set_amount(data.vat or None)
        self.description.setText(data.description)
        self.kenmerk.setText(data.kenmerk or "")
        self.sent_on.set_date(data.sent_on)
        self.sent_via.setCurrentIndex(max(0, self.sent_via.findData(data.sent_via)))
        self.sent_to.setText(data.sent_to)

    # -- behaviour ---------------------------------------------------------------------
    def _due_touched(self, _text: str) -> None:
        self._due_edited = True

    def _follow_invoice_date(self, *_args: object) -> None:
        """The due date is the invoice date + the client's term, until the user sets it."""
        if self._due_edited or self.invoice_date.date is None:
            return
        days = self._terms.get(self.client_id or 0, DEFAULT_TERM_DAYS)
        self.due_date.set_date(self.invoice_date.date + timedelta(days=days))

    def _fill_vat(self) -> None:
        if self.amount.amount is not None:
            vat = round_cents(self.amount.amount * VAT_RATE / (1 + VAT_RATE))
            self.vat.set_amount(vat)

    @property
    def client_id(self) -> int | None:
        """The chosen client: the selected item, or the one whose name was typed in full."""
        text = self.client.currentText().strip()
        index = self.client.currentIndex()
        if index < 0 or self.client.itemText(index) != text:
            index = self.client.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.client.itemData(index) if index >= 0 and text else None

    def is_valid(self) -> bool:
        chosen = self.client_id is not None
        self.client_error.show_message(
            "" if chosen else error_text(InvalidInput("client_not_chosen"))
        )
        start, due = self.invoice_date.date, self.due_date.date
        self.due_date.set_problem(
            InvalidInput("due_before_invoice_date") if start and due and due < start else None
        )
        amount, vat = self.amount.amount, self.vat.amount
        self.vat.set_problem(
            InvalidInput("vat_out_of_range", text=str(vat))
            if amount and vat and vat > amount
            else None
        )
        return self.client_id is not None and all(f.is_valid for f in self._fields())

    @property
    def value(self) -> InvoiceInput:
        return InvoiceInput(
            number=self.number.value or "",
            client_id=self.client_id,
            invoice_date=self.invoice_date.date,
            due_date=self.due_date.date,
            amount=self.amount.amount,
            vat=self.vat.amount or Decimal("0"),
            description=self.description.value or "",
            kenmerk=self.kenmerk.value or None,
            sent_on=self.sent_on.date,
            sent_via=self.sent_via.currentData(),
            sent_to=self.sent_to.value or "",
        )
