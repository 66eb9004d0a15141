"""The Invoices view: every invoice open on the as-of date, with its bucket and status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from debiteur_desk.domain.aging import Bucket
from debiteur_desk.domain.search_text import contains
from debiteur_desk.services.overview_lines import InvoiceLine
from debiteur_desk.ui.labels import KINDS, STATUSES, bucket_label, label
from debiteur_desk.ui.models.cells import day, money, text_key
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.models.table_model import Column, RowTableModel


def invoice_matches(line: InvoiceLine, state: FilterState) -> bool:
    if state.kind is not None and line.client_kind != state.kind:
        return False
    if state.bucket is not None and line.bucket != state.bucket:
        return False
    if state.status == "overdue" and line.days_overdue <= 0:
        return False
    if state.status in ("partly_paid", "disputed", "paid") and line.status != state.status:
        return False
    return contains(state.needle, line.number, line.client_name, line.city)


class InvoicesModel(RowTableModel[InvoiceLine]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self._buckets: Sequence[Bucket] = ()
        super().__init__(self._make_columns(), lambda line: line.id, parent)

    def set_data(self, invoices: Sequence[InvoiceLine], buckets: Sequence[Bucket]) -> None:
        self._buckets = buckets
        self.set_rows(invoices)

    def _bucket_text(self, line: InvoiceLine) -> str:
        return bucket_label(self._buckets[line.bucket]) if self._buckets else ""

    def _make_columns(self) -> list[Column[InvoiceLine]]:
        lang = self.language
        last_bucket = lambda line: line.bucket == len(self._buckets) - 1  # noqa: E731
        return [
            Column[InvoiceLine](
                "number",
                QT_TRANSLATE_NOOP("Columns", "Invoice"),
                lambda line: line.number,
                lambda line: line.number,
            ),
            Column[InvoiceLine](
                "client",
                QT_TRANSLATE_NOOP("Columns", "Client"),
                lambda line: line.client_name,
                lambda line: text_key(line.client_name),
                tooltip=lambda line: line.client_name,  # the whole name where it is elided
            ),
            Column[InvoiceLine](
                "kind",
                QT_TRANSLATE_NOOP("Columns", "Kind"),
                lambda line: label(KINDS, line.client_kind),
                lambda line: line.client_kind,
            ),
            Column[InvoiceLine](
                "city",
                QT_TRANSLATE_NOOP("Columns", "City"),
                lambda line: line.city,
                lambda line: text_key(line.city),
            ),
            Column[InvoiceLine](
                "invoice_date",
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda line: day(line.invoice_date, lang),
                lambda line: line.invoice_date,
            ),
            Column[InvoiceLine](
                "due_date",
                QT_TRANSLATE_NOOP("Columns", "Due"),
                lambda line: day(line.due_date, lang),
                lambda line: line.due_date,
            ),
            Column[InvoiceLine](
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Amount"),
                lambda line: money(line.amount_cents, lang),
                lambda line: line.amount_cents,
                numeric=True,
            ),
            Column[InvoiceLine](
                "open",
                QT_TRANSLATE_NOOP("Columns", "Open"),
                lambda line: money(line.open_cents, lang),
                lambda line: line.open_cents,
                numeric=True,
            ),
            Column[InvoiceLine](
                "days_overdue",
                QT_TRANSLATE_NOOP("Columns", "Days late"),
                lambda line: str(line.days_overdue) if line.days_overdue > 0 else "",
                lambda line: line.days_overdue,
                numeric=True,
                alert=last_bucket,
            ),
            Column[InvoiceLine](
                "bucket",
                QT_TRANSLATE_NOOP("Columns", "Age"),
                self._bucket_text,
                lambda line: line.bucket,
                alert=last_bucket,
            ),
            Column[InvoiceLine](
                "status",
                QT_TRANSLATE_NOOP("Columns", "Status"),
                lambda line: label(STATUSES, line.status.value),
                lambda line: line.status.value,
            ),
        ]
