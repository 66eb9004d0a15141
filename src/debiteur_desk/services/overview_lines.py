"""The lines the main window shows, and how they are made from the overview query's rows.

No database code here: the window imports these types at start-up, before the database
layer is loaded (``services/quick_open.py`` reads the first overview without it).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from debiteur_desk.domain.aging import Bucket, bucket_index
from debiteur_desk.domain.dates import day_number, from_day_number
from debiteur_desk.domain.invoice_status import InvoiceStatus


class ClientLine(NamedTuple):
    id: int
    name: str
    kind: str
    city: str
    amounts_cents: tuple[int, ...]  # per bucket
    counts: tuple[int, ...]  # open invoices per bucket
    open_cents: int
    days_overdue: int | None  # of the oldest open invoice; None when nothing is open
    last_contact: date | None
    disputed: int  # open invoices under dispute
    partly_paid: int  # open invoices partly paid or credited

    @property
    def overdue(self) -> bool:
        return any(self.amounts_cents[1:])


class InvoiceLine(NamedTuple):
    id: int
    number: str
    client_id: int
    client_name: str
    client_kind: str
    city: str
    invoice_date: date
    due_date: date
    amount_cents: int
    open_cents: int
    days_overdue: int
    bucket: int  # index into the buckets
    status: InvoiceStatus


@dataclass(frozen=True)
class OpenInvoices:
    buckets: tuple[Bucket, ...]  # what ``InvoiceLine.bucket`` points into
    lines: list[InvoiceLine]


@dataclass(frozen=True)
class BucketSummary:
    bucket: Bucket
    cents: int
    count: int


@dataclass(frozen=True)
class ClientOverview:
    as_of: date
    buckets: tuple[Bucket, ...]
    totals: tuple[BucketSummary, ...]
    clients: list[ClientLine]

    @property
    def open_cents(self) -> int:
        return sum(t.cents for t in self.totals)


def _day(value: datetime | str | None) -> date | None:
    """A timestamp column's day: PostgreSQL gives a datetime, SQLite its text."""
    if value is None:
        return None
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value.date()


def _client_line(row: Sequence[Any], n: int, today: int) -> ClientLine:
    amounts = tuple(row[4 : 4 + n])
    oldest_due: int | None = row[4 + 2 * n]  # a day number
    return ClientLine(
        row[0],
        row[1],
        row[2],
        row[3],
        amounts,
        tuple(row[4 + n : 4 + 2 * n]),
        sum(amounts),
        None if oldest_due is None else max(0, today - oldest_due),
        _day(row[7 + 2 * n]),
        row[5 + 2 * n],
        row[6 + 2 * n],
    )


def client_overview_from_rows(
    rows: Iterable[Sequence[Any]], buckets: tuple[Bucket, ...], as_of: date
) -> ClientOverview:
    """The overview from the rows of ``store/queries/overview_sql.client_overview``."""
    n, today = len(buckets), day_number(as_of)
    clients = [_client_line(row, n, today) for row in rows]
    totals = tuple(
        BucketSummary(
            bucket,
            sum(c.amounts_cents[i] for c in clients),
            sum(c.counts[i] for c in clients),
        )
        for i, bucket in enumerate(buckets)
    )
    return ClientOverview(as_of, buckets, totals, clients)


def _status(amount_cents: int, open_cents: int, disputed: bool) -> InvoiceStatus:
    if disputed:
        return InvoiceStatus.DISPUTED
    return InvoiceStatus.PARTLY_PAID if open_cents < amount_cents else InvoiceStatus.OPEN


def invoice_lines(
    rows: Iterable[Sequence[Any]], buckets: tuple[Bucket, ...], as_of: date
) -> list[InvoiceLine]:
    """The open invoices from the rows of ``store/queries/overview_sql.open_invoices``."""
    today = day_number(as_of)
    by_days: dict[int, int] = {}  # days overdue -> bucket; a few hundred distinct values
    lines = []
    for row in rows:
        days = today - row[7]
        bucket = by_days.get(days)
        if bucket is None:
            bucket = by_days[days] = bucket_index(from_day_number(row[7]), as_of, buckets)
        lines.append(
            InvoiceLine(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                from_day_number(row[6]),
                from_day_number(row[7]),
                row[8],
                row[9],
                days,
                bucket,
                _status(row[8], row[9], bool(row[10])),
            )
        )
    return lines


@dataclass(frozen=True)
class NextAction:
    action: str  # a worklist action code, e.g. "send-reminder"
    due_on: date
