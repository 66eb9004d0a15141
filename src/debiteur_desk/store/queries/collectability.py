"""Collectability in the database: per client and category, the open amount and count
per aging bucket, in one grouped query (``domain/collectability.py`` says what each
category means and which one wins).

Every invoice open on the as-of day (``overview_sql.open_on``, the one definition) gets
its category from a ``CASE`` over a few small derived tables joined once, never a query
per invoice: the client's latest hand-over, the latest letter about each invoice of a
client that was handed over, the invoices in a live plan, and per invoice whether a
promise was running and how the latest one ended. Only what had happened by the end of
the as-of day counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from debiteur_desk.domain.aging import Bucket
from debiteur_desk.domain.collectability import Category
from debiteur_desk.domain.dates import day_number
from debiteur_desk.domain.instalments import LIVE_PLANS
from debiteur_desk.store.queries import overview_sql
from debiteur_desk.store.queries.overview_sql import Statement, contact_moment


class CategoryRow(NamedTuple):
    client_id: int
    category: Category
    amounts_cents: tuple[int, ...]  # per bucket
    counts: tuple[int, ...]


def _day_of(column: str, dialect: str) -> str:
    """The day number (``date.toordinal``) of a timestamp column."""
    if dialect == "sqlite":  # SQLAlchemy keeps "YYYY-MM-DD HH:MM:SS.ffffff" text
        return f"CAST(julianday(substr({column}, 1, 10)) - 1721424.5 AS INTEGER)"
    return f"(CAST({column} AS DATE) - DATE '0001-01-01' + 1)"


def collectability_statement(
    as_of: date, buckets: Sequence[Bucket], *, history: bool, dialect: str
) -> Statement:
    """``(client_id, category, *bucket cents, *bucket counts)`` for every client and
    category that has something open on ``as_of``."""
    conditions, params = overview_sql._bucket_filters(as_of, buckets)  # noqa: SLF001 - one copy
    sums = ", ".join(
        f"CAST(COALESCE(SUM(open_cents) FILTER (WHERE {c}), 0) AS BIGINT)" for c in conditions
    )
    counts = ", ".join(f"COUNT(*) FILTER (WHERE {c})" for c in conditions)
    live = ", ".join(f"'{status.value}'" for status in LIVE_PLANS)
    created_day = _day_of("l.created_at", dialect)
    sql = f"""
        SELECT client_id, category, {sums}, {counts}
        FROM (
            SELECT o.client_id, o.due_date, o.open_cents,
                CASE
                    WHEN h.day IS NOT NULL AND o.due_date < h.day
                         AND (t.last_day IS NULL OR t.last_day <= h.day) THEN 'handed_over'
                    WHEN o.disputed THEN 'disputed'
                    WHEN p.invoice_id IS NOT NULL THEN 'plan'
                    WHEN pr.running = 1 THEN 'promised'
                    WHEN la.status = 'broken' AND la.resolved_on <= :as_of
                        THEN 'broken_promise'
                    ELSE 'plain'
                END AS category
            FROM ({overview_sql.open_on(history)}) AS o
            LEFT JOIN (
                SELECT client_id, {_day_of("MAX(occurred_at)", dialect)} AS day
                FROM contact_events
                WHERE kind = 'handover' AND occurred_at < :day_after
                GROUP BY client_id
            ) AS h ON h.client_id = o.client_id
            LEFT JOIN (
                SELECT li.invoice_id,
                       MAX(CASE WHEN l.sent_on <= :as_of THEN l.sent_on
                                ELSE {created_day} END) AS last_day
                FROM letter_invoices li JOIN letters l ON l.id = li.letter_id
                WHERE l.created_at < :day_after AND l.client_id IN (
                    SELECT client_id FROM contact_events WHERE kind = 'handover')
                GROUP BY li.invoice_id
            ) AS t ON t.invoice_id = o.invoice_id
            LEFT JOIN (
                SELECT DISTINCT pi.invoice_id
                FROM payment_plan_invoices pi
                JOIN payment_plans pp ON pp.id = pi.payment_plan_id
                WHERE pp.status IN ({live}) AND pp.created_at < :day_after
            ) AS p ON p.invoice_id = o.invoice_id
            LEFT JOIN (
                SELECT ai.invoice_id,
                       MAX(CASE WHEN a.status = 'open' OR a.resolved_on > :as_of
                                THEN 1 ELSE 0 END) AS running,
                       MAX(a.id) AS latest
                FROM agreement_invoices ai
                JOIN agreements a ON a.id = ai.agreement_id
                LEFT JOIN contact_events ce ON ce.id = a.contact_event_id
                WHERE COALESCE(ce.occurred_at, a.created_at) < :day_after
                GROUP BY ai.invoice_id
            ) AS pr ON pr.invoice_id = o.invoice_id
            LEFT JOIN agreements la ON la.id = pr.latest
        ) AS x
        GROUP BY client_id, category"""
    day_after = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    values: dict[str, Any] = {**params, "as_of": day_number(as_of)}
    values["day_after"] = contact_moment(day_after, dialect)
    return Statement(sql, values)


def collectability_rows(
    session: Session, as_of: date, buckets: Sequence[Bucket]
) -> list[CategoryRow]:
    dialect = session.get_bind().dialect.name
    history_check = overview_sql.history_after(as_of)
    history = bool(session.scalar(text(history_check.sql), history_check.params))
    statement = collectability_statement(as_of, buckets, history=history, dialect=dialect)
    n = len(buckets)
    rows = session.connection().execute(text(statement.sql), statement.params)
    return [
        CategoryRow(row[0], Category(row[1]), tuple(row[2 : 2 + n]), tuple(row[2 + n :]))
        for row in rows
    ]
