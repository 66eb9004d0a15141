"""What the main window shows: one line per client and one per open invoice, as of a date.

Lines keep cents and day counts (plain named tuples, tens of thousands per screen);
the screens turn them into text only for the rows they draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from debiteur_desk.domain.aging import Bucket, bucket_index, make_buckets
from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services import worklist
from debiteur_desk.store.database import Database
from debiteur_desk.store.queries.overview import client_overview_rows, open_invoice_rows
from debiteur_desk.store.settings_store import get_setting


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


def _client_line(row: tuple[Any, ...], n: int, as_of: date) -> ClientLine:
    amounts = tuple(row[4 : 4 + n])
    oldest_due: date | None = row[4 + 2 * n]
    last: datetime | None = row[7 + 2 * n]
    return ClientLine(
        row[0],
        row[1],
        row[2],
        row[3],
        amounts,
        tuple(row[4 + n : 4 + 2 * n]),
        sum(amounts),
        None if oldest_due is None else max(0, (as_of - oldest_due).days),
        None if last is None else last.date(),
        row[5 + 2 * n],
        row[6 + 2 * n],
    )


def client_overview(db: Database, as_of: date) -> ClientOverview:
    """Every client with its open amount per aging bucket on ``as_of``."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        rows = client_overview_rows(session, as_of, buckets)
    n = len(buckets)
    clients = [_client_line(row, n, as_of) for row in rows]
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


def open_invoices(db: Database, as_of: date) -> list[InvoiceLine]:
    """Every invoice open on ``as_of`` with its bucket and status, oldest due first."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        rows = open_invoice_rows(session, as_of)
    today = as_of.toordinal()
    return [
        InvoiceLine(
            *row[:10],
            today - row[7].toordinal(),
            bucket_index(row[7], as_of, buckets),
            _status(row[8], row[9], row[10]),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class NextAction:
    action: str  # a worklist action code, e.g. "send-reminder"
    due_on: date


def next_actions(db: Database, as_of: date) -> dict[int, NextAction]:
    """Per client, the next collection step (the worklist's rules)."""
    return {
        client_id: NextAction(item.action, item.due_on)
        for client_id, item in worklist.next_actions(db, as_of).items()
    }
