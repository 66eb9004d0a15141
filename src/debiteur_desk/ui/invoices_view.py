"""The Invoices view: every invoice open on the as-of date, with the totals under it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from debiteur_desk.services.overview_lines import InvoiceLine, OpenInvoices
from debiteur_desk.ui.book_view import BookView, Read
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.column_fit import Hide, Shrink, Step
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.invoices_model import InvoicesModel, invoice_matches

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from debiteur_desk.ui.actions import WindowActions

overview_service = lazy_module("debiteur_desk.services.overview")  # on the worker

BY_DAYS_LATE = (8, Qt.SortOrder.DescendingOrder)  # the longest overdue first


class InvoicesView(BookView):
    # Its lines: number, client, dates, amounts, bucket and status (open, partly paid,
    # disputed); letters, plans and calls do not show here.
    concerns = Change.CLIENTS | Change.INVOICES | Change.PAYMENTS | Change.SETTINGS
    icon_name = "invoices"

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        self.language = language
        model = InvoicesModel(language)
        super().__init__(model, RowFilterProxy(invoice_matches), "invoices", BY_DAYS_LATE, parent)
        self.invoice_model = model
        self.rows_changed.connect(self._update_totals)

    def title(self) -> str:
        return self.tr("Invoices")

    def menu_title(self) -> str:
        return self.tr("&Invoices")

    def reads(self) -> Sequence[Read[Any]]:
        return (
            Read(lambda db, as_of: overview_service.open_invoices(db, as_of), self.set_invoices),
        )

    def context_actions(self, actions: WindowActions) -> Sequence[QAction]:
        return (actions.open_client, actions.record_payment, actions.delete_invoice)

    def set_invoices(self, invoices: OpenInvoices) -> None:
        self.invoice_model.set_data(invoices.lines, invoices.buckets)

    def client_of(self, row_id: int) -> int | None:
        line = self.line(row_id)
        return line.client_id if line else None

    def selected_client_id(self) -> int | None:
        invoice = self.selected_invoice()
        return invoice.client_id if invoice else None

    def selected_invoice(self) -> InvoiceLine | None:
        invoice_id = self.current_id()
        return self.line(invoice_id) if invoice_id is not None else None

    def line(self, invoice_id: int) -> InvoiceLine | None:
        row = self.invoice_model.row_of_id(invoice_id)
        return None if row is None else self.invoice_model.row(row)

    def fit_steps(self) -> Sequence[Step]:
        return (
            Shrink("client", 160),
            Shrink("city", 90),
            Hide("kind"),
            Hide("city"),
            Hide("invoice_date"),
            Hide("bucket"),
            Shrink("client", 120),
            Hide("amount"),
            Hide("status"),
        )

    def empty_text(self, state: FilterState) -> str:
        if state.status == "paid":  # the window loads the invoices open on the as-of date
            return self.tr(
                "This list shows the invoices open on the as-of date. A client's paid "
                "invoices are in the client's own view (All invoices)."
            )
        if state.text.strip():
            return self.tr("No invoices found for “{text}”.").format(text=state.text.strip())
        if state.active:
            return self.tr("No invoices match the chosen filters.")
        return self.tr("No invoices were open on this date.")

    def _update_totals(self) -> None:
        rows: list[InvoiceLine] = self.visible_rows()
        self.set_totals_text(
            "   ·   ".join(
                [
                    self.tr("Invoices: {count}").format(count=QLocale().toString(len(rows))),
                    self.tr("invoiced {amount}").format(
                        amount=money(sum(r.amount_cents for r in rows), self.language)
                    ),
                    self.tr("open {amount}").format(
                        amount=money(sum(r.open_cents for r in rows), self.language)
                    ),
                ]
            )
        )
