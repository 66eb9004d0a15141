"""Aging in the database, in one aggregate query.

The fast path reads only the partial index ``ix_invoices_open_aging`` (open
invoices, with the open amount kept per invoice). When payments or credit notes
dated after the as-of date exist, today's open amounts are not the book as it
stood, so the open amount at that date is rebuilt from the rows, by the one statement
that says what "open on a day" means (``overview_sql.open_on``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple, overload

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Integer,
    and_,
    func,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session

from debiteur_desk.domain.aging import Bucket, due_date_range
from debiteur_desk.domain.dates import day_number
from debiteur_desk.domain.money import from_cents
from debiteur_desk.store.models import Client, Invoice
from debiteur_desk.store.queries import overview_sql
from debiteur_desk.store.types import Day


class ClientAging(NamedTuple):
    """One client's open amounts per bucket; kept in cents, made Decimal when read.

    A named tuple, not a dataclass: 50,000 of these are made per aging run.
    """

    id: int
    name: str
    kind: str
    amounts_cents: tuple[int, ...]
    counts: tuple[int, ...]

    @property
    def amounts(self) -> tuple[Decimal, ...]:
        return tuple(from_cents(c) for c in self.amounts_cents)

    @property
    def total_cents(self) -> int:
        return sum(self.amounts_cents)

    @property
    def total(self) -> Decimal:
        return from_cents(self.total_cents)


def _bucket_conditions(
    due: ColumnElement[date], as_of: date, buckets: Sequence[Bucket]
) -> list[ColumnElement[bool]]:
    """For each bucket, a range on the due date (stored as a day number, so an integer test)."""
    conditions = []
    for bucket in buckets:
        earliest, latest = due_date_range(bucket, as_of)
        parts = []
        if latest is not None:
            parts.append(due <= latest)
        if earliest is not None:
            parts.append(due >= earliest)
        conditions.append(and_(*parts) if parts else literal(True))
    return conditions


def _history_after(session: Session, as_of: date) -> bool:
    statement = overview_sql.history_after(as_of)
    return bool(session.scalar(text(statement.sql), statement.params))


def open_as_of(as_of: date, *, history: bool = True):  # noqa: ANN202 - a SQLAlchemy subquery
    """Per invoice open on ``as_of``, what was open then: the statement of
    ``overview_sql.open_on`` as a subquery (``invoice_id``, ``client_id``, ``due_date``,
    ``amount_cents``, ``disputed``, ``open_cents``)."""
    statement = text(overview_sql.open_on(history)).bindparams(as_of=day_number(as_of))
    return statement.columns(
        invoice_id=Integer,
        client_id=Integer,
        due_date=Day,
        amount_cents=BigInteger,
        disputed=Boolean,
        open_cents=BigInteger,
    ).subquery()


class ClientAgingList(Sequence[ClientAging]):
    """The query's rows, each made a :class:`ClientAging` only when it is read.

    A screen shows a few dozen of 50,000 rows at a time; building them all up
    front cost more than the query itself (benchmarks/bench_aging.py).
    """

    def __init__(self, rows: Sequence[Sequence[Any]], buckets: int) -> None:
        self._rows = rows
        self._n = buckets

    def _make(self, row: Sequence[Any]) -> ClientAging:
        n = self._n
        return ClientAging(row[0], row[1], row[2], tuple(row[3 : 3 + n]), tuple(row[3 + n :]))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> ClientAging: ...
    @overload
    def __getitem__(self, index: slice) -> list[ClientAging]: ...
    def __getitem__(self, index: int | slice) -> ClientAging | list[ClientAging]:
        if isinstance(index, slice):
            return [self._make(row) for row in self._rows[index]]
        return self._make(self._rows[index])


class AgingRows(NamedTuple):
    clients: ClientAgingList
    amounts_cents: tuple[int, ...]  # per bucket, all clients
    counts: tuple[int, ...]


def aging_by_client(session: Session, as_of: date, buckets: Sequence[Bucket]) -> AgingRows:
    """Open amount and invoice count per bucket for every client that owes something."""
    if _history_after(session, as_of):
        source = open_as_of(as_of)
        client_id, due, open_cents = source.c.client_id, source.c.due_date, source.c.open_cents
        where: ColumnElement[bool] = literal(True)  # only invoices open then
    else:
        source = Invoice.__table__
        client_id, due, open_cents = Invoice.client_id, Invoice.due_date, Invoice.open_cents
        where = and_(Invoice.open_cents > 0, Invoice.invoice_date <= as_of)
    conditions = _bucket_conditions(due, as_of, buckets)
    # Aggregate FILTER (SQLite 3.30+, PostgreSQL) is the fastest form measured in
    # benchmarks/bench_aging.py, ahead of SUM(CASE ...) and GROUP BY bucket.
    columns: list[ColumnElement[Any]] = [
        func.coalesce(func.sum(open_cents).filter(cond), 0) for cond in conditions
    ]
    columns += [func.count().filter(cond) for cond in conditions]
    per_client = (
        select(client_id.label("client_id"), *columns)
        .select_from(source)
        .where(where)
        .group_by(client_id)
        .subquery()
    )
    rows = session.connection().execute(
        select(Client.id, Client.name, Client.kind, *list(per_client.c)[1:])
        .join(per_client, per_client.c.client_id == Client.id)
        .order_by(Client.name, Client.id)
    )
    n = len(buckets)
    raw = rows.all()
    totals = [sum(map(itemgetter(3 + i), raw)) for i in range(2 * n)]
    return AgingRows(ClientAgingList(raw, n), tuple(totals[:n]), tuple(totals[n:]))
