"""The invoices of one client (open, paid, written off) for the client view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from debiteur_desk.domain import clock
from debiteur_desk.domain.money import to_cents
from debiteur_desk.domain.prescription import prescribes_soon
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.labels import STATUSES, label
from debiteur_desk.ui.models.cells import day, money
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.table_model import Column, RowTableModel

# Which invoices to show: FilterState.status is one of these (None: all).
SHOW_OPEN = "open"
SHOW_SETTLED = "settled"


def invoice_shown(row: InvoiceRow, state: FilterState) -> bool:
    if state.status == SHOW_OPEN:
        return row.open > 0
    if state.status == SHOW_SETTLED:
        return row.open == 0
    return True


class ClientInvoicesModel(RowTableModel[InvoiceRow]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self.as_of = clock.today()
        self.paid_on: Mapping[int, date] = {}
        self.last_days: Mapping[int, date] = {}
        lang = language
        columns = [
            Column[InvoiceRow](
                "number",
                QT_TRANSLATE_NOOP("Columns", "Invoice"),
                lambda r: r.number,
                lambda r: r.number,
            ),
            Column[InvoiceRow](
                "invoice_date",
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda r: day(r.invoice_date, lang),
                lambda r: r.invoice_date,
            ),
            Column[InvoiceRow](
                "due_date",
                QT_TRANSLATE_NOOP("Columns", "Due"),
                lambda r: day(r.due_date, lang),
                lambda r: r.due_date,
            ),
            Column[InvoiceRow](
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Amount"),
                lambda r: money(to_cents(r.amount), lang),
                lambda r: r.amount,
                numeric=True,
            ),
            Column[InvoiceRow](
                "open",
                QT_TRANSLATE_NOOP("Columns", "Open"),
                lambda r: money(to_cents(r.open), lang) if r.open else "",
                lambda r: r.open,
                numeric=True,
            ),
            Column[InvoiceRow](
                "days_late",
                QT_TRANSLATE_NOOP("Columns", "Days late"),
                lambda r: str(self.days_late(r) or ""),
                self.days_late,
                numeric=True,
                alert=lambda r: r.open > 0 and self.days_late(r) > 0,
            ),
            Column[InvoiceRow](
                "last_day",
                QT_TRANSLATE_NOOP("Columns", "Expires after"),
                lambda r: day(self.last_days.get(r.id), lang),
                lambda r: self.last_days.get(r.id) or date.max,
                alert=self._expires_soon,
                tooltip=lambda r: self._expiry_note if r.id in self.last_days else "",
            ),
            Column[InvoiceRow](
                "paid_on",
                QT_TRANSLATE_NOOP("Columns", "Paid on"),
                lambda r: day(self.paid_on.get(r.id), lang),
                lambda r: self.paid_on.get(r.id) or date.min,
            ),
            Column[InvoiceRow](
                "status",
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda r: label(STATUSES, r.status.value),
                lambda r: r.status.value,
            ),
        ]
        super().__init__(columns, lambda r: r.id, parent)
        self._expiry_note = self.tr(
            "The last day before the claim may prescribe: 2 years after the due date for "
            "goods sold to a consumer (the app assumes so for every consumer), otherwise 5. "
            "A written demand sent, a payment or a signed payment plan starts a new term."
        )

    def set_invoices(
        self,
        rows: Sequence[InvoiceRow],
        paid_on: Mapping[int, date],
        as_of: date,
        last_days: Mapping[int, date] | None = None,
    ) -> None:
        self.paid_on, self.as_of, self.last_days = paid_on, as_of, last_days or {}
        self.set_rows(rows)

    def _expires_soon(self, row: InvoiceRow) -> bool:
        last = self.last_days.get(row.id)
        return last is not None and prescribes_soon(last, self.as_of)

    def days_late(self, row: InvoiceRow) -> int:
        """Open: days past due on the as-of date; paid: days after due it was paid."""
        end = self.as_of if row.open > 0 else self.paid_on.get(row.id)
        return max(0, (end - row.due_date).days) if end is not None else 0


def client_invoices_proxy(
    model: ClientInvoicesModel, parent: QObject | None = None
) -> RowFilterProxy:
    proxy = RowFilterProxy(invoice_shown, parent)
    proxy.setSourceModel(model)
    return proxy
