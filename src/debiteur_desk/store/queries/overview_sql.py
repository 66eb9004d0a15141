"""The rows behind the main window, as plain SQL: one row per client (the Debiteuren
overview) and one per open invoice, each one aggregate query for SQLite and PostgreSQL.

Plain SQL rather than SQLAlchemy Core, and nothing imported but the standard library,
so that the window can read its first overview through the ``sqlite3`` module while
SQLAlchemy is still loading (``services/quick_open.py``); the app runs the very same
statements through SQLAlchemy afterwards (``store/queries/overview.py``).

Both read the open amount *as it stood* on the as-of date. When nothing was paid,
credited or written off after that day, today's kept ``open_cents`` is that amount
(the fast path, which reads the partial index of open invoices); otherwise it is
rebuilt per invoice from the later rows, as the aging query does. Dates are day
numbers (``store/types.Day``); sums are cast to BIGINT so PostgreSQL returns integers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from debiteur_desk.domain.aging import Bucket, due_date_range
from debiteur_desk.domain.dates import day_number


@dataclass(frozen=True)
class Statement:
    """SQL with ``:name`` parameters (the form both ``sqlite3`` and ``sqlalchemy.text`` take)."""

    sql: str
    params: dict[str, Any]
    columns: tuple[str, ...] = ()  # the names of the result's columns, where given


def history_after(as_of: date) -> Statement:
    """Is anything paid, credited or written off after ``as_of``? (each test reads an index)"""
    return Statement(
        "SELECT EXISTS (SELECT 1 FROM payments WHERE received_on > :as_of)"
        " OR EXISTS (SELECT 1 FROM credit_notes WHERE issued_on > :as_of)"
        " OR EXISTS (SELECT 1 FROM invoices WHERE written_off_on > :as_of)",
        {"as_of": day_number(as_of)},
    )


_OPEN_TODAY = """
    SELECT id AS invoice_id, client_id, due_date, amount_cents, disputed, open_cents
    FROM invoices WHERE open_cents > 0 AND invoice_date <= :as_of"""

_OPEN_THEN = """
    SELECT invoice_id, client_id, due_date, amount_cents, disputed,
           CAST(SUM(cents) AS BIGINT) AS open_cents
    FROM (
        SELECT id AS invoice_id, client_id, due_date, amount_cents, disputed,
               open_cents AS cents
        FROM invoices WHERE open_cents > 0 AND invoice_date <= :as_of
        UNION ALL
        SELECT i.id, i.client_id, i.due_date, i.amount_cents, i.disputed, a.amount_cents
        FROM payment_allocations a
        JOIN payments p ON p.id = a.payment_id
        JOIN invoices i ON i.id = a.invoice_id
        WHERE p.received_on > :as_of AND i.invoice_date <= :as_of
        UNION ALL
        SELECT i.id, i.client_id, i.due_date, i.amount_cents, i.disputed, c.amount_cents
        FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id
        WHERE c.issued_on > :as_of AND i.invoice_date <= :as_of
        UNION ALL
        SELECT id, client_id, due_date, amount_cents, disputed, written_off_cents
        FROM invoices WHERE written_off_on > :as_of AND invoice_date <= :as_of
    ) AS parts
    GROUP BY invoice_id, client_id, due_date, amount_cents, disputed
    HAVING SUM(cents) > 0"""


def open_on(history: bool) -> str:
    """Every invoice open on ``:as_of`` (a day number): ``(invoice_id, client_id, due_date,
    amount_cents, disputed, open_cents)``; ``history`` says whether rows dated after that
    day must be added back. The one definition of "open on a day": the aging report and
    the worklist read it too (``store/queries/aging.py``)."""
    return _OPEN_THEN if history else _OPEN_TODAY


def _bucket_filters(as_of: date, buckets: Sequence[Bucket]) -> tuple[list[str], dict[str, int]]:
    """Per bucket, a ``FILTER`` condition on the due date, and its parameters."""
    conditions: list[str] = []
    params: dict[str, int] = {}
    for i, bucket in enumerate(buckets):
        earliest, latest = due_date_range(bucket, as_of)
        parts = []
        if latest is not None:
            parts.append(f"due_date <= :latest{i}")
            params[f"latest{i}"] = day_number(latest)
        if earliest is not None:
            parts.append(f"due_date >= :earliest{i}")
            params[f"earliest{i}"] = day_number(earliest)
        conditions.append(" AND ".join(parts) or "1 = 1")
    return conditions, params


def contact_moment(moment: datetime, dialect: str) -> datetime | str:
    """A timestamp as a parameter: SQLite keeps SQLAlchemy's text form, which sorts."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else moment


def client_overview(
    as_of: date, buckets: Sequence[Bucket], *, history: bool, dialect: str
) -> Statement:
    """Every client, ordered by name: ``(id, name, kind, city, *bucket cents, *bucket counts,
    oldest open due day number, open disputed count, open partly-paid count, last contact)``.

    Clients who owe nothing have zeros and ``NULL``; last contact is the latest contact
    event on or before ``as_of`` (a timestamp, or its text on SQLite).
    """
    conditions, params = _bucket_filters(as_of, buckets)
    n = len(buckets)
    sums = "".join(
        f"CAST(SUM(open_cents) FILTER (WHERE {c}) AS BIGINT) AS a{i}, "
        for i, c in enumerate(conditions)
    )
    counts = "".join(f"COUNT(*) FILTER (WHERE {c}) AS n{i}, " for i, c in enumerate(conditions))
    amounts = "".join(f"COALESCE(o.a{i}, 0) AS a{i}, " for i in range(n))
    numbers = "".join(f"COALESCE(o.n{i}, 0) AS n{i}, " for i in range(n))
    day_after = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    sql = f"""
        SELECT c.id, c.name, c.kind, c.city, {amounts}{numbers}
               o.oldest_due, COALESCE(o.disputed, 0) AS disputed,
               COALESCE(o.partly, 0) AS partly, t.last_contact
        FROM clients c
        LEFT OUTER JOIN (
            SELECT client_id, {sums}{counts}
                   MIN(due_date) AS oldest_due,
                   COUNT(*) FILTER (WHERE disputed) AS disputed,
                   COUNT(*) FILTER (WHERE open_cents < amount_cents) AS partly
            FROM ({open_on(history)}) AS open_on
            GROUP BY client_id
        ) AS o ON o.client_id = c.id
        LEFT OUTER JOIN (
            SELECT client_id, MAX(occurred_at) AS last_contact FROM contact_events
            WHERE occurred_at < :day_after GROUP BY client_id
        ) AS t ON t.client_id = c.id
        ORDER BY c.name, c.id"""
    values: dict[str, Any] = {**params, "as_of": day_number(as_of)}
    values["day_after"] = contact_moment(day_after, dialect)
    columns = ("id", "name", "kind", "city", *(f"a{i}" for i in range(n)))
    columns += (*(f"n{i}" for i in range(n)), "oldest_due", "disputed", "partly", "last_contact")
    return Statement(sql, values, columns)


def open_invoices(as_of: date, *, history: bool) -> Statement:
    """Every invoice open on ``as_of``, oldest due first: ``(id, number, client_id,
    client name, client kind, city, invoice day number, due day number, amount cents,
    open cents, disputed)``."""
    sql = f"""
        SELECT i.id, i.number, i.client_id, c.name, c.kind, c.city, i.invoice_date,
               i.due_date, o.amount_cents, o.open_cents, o.disputed
        FROM ({open_on(history)}) AS o
        JOIN invoices i ON i.id = o.invoice_id
        JOIN clients c ON c.id = i.client_id
        ORDER BY i.due_date, i.number"""
    return Statement(sql, {"as_of": day_number(as_of)})
