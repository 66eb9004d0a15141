"""The rows behind the main window: one per client (the Debiteuren overview) and one per
open invoice, each in one aggregate query that runs on SQLite and PostgreSQL.

Both read the open amount *as it stood* on the as-of date. When nothing was paid,
credited or written off after that day, today's kept ``open_cents`` is that amount
(the fast path, which reads the partial index of open invoices); otherwise it is
rebuilt per invoice from the later rows, as the aging query does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Subquery, func, select, union_all
from sqlalchemy.orm import Session

from debiteur_desk.domain.aging import Bucket
from debiteur_desk.store.models import (
    Client,
    ContactEvent,
    CreditNote,
    Invoice,
    Payment,
    PaymentAllocation,
)

# The aging query's bucket ranges and its "anything dated later?" test: shared, so the
# overview and the aging report can never disagree about a bucket.
from debiteur_desk.store.queries.aging import _bucket_conditions, _history_after


def _open_on(session: Session, as_of: date) -> Subquery:
    """Every invoice that was open on ``as_of``: ``(invoice_id, client_id, due_date,
    amount_cents, disputed, open_cents)``."""
    existed = Invoice.invoice_date <= as_of
    columns = (
        Invoice.id.label("invoice_id"),
        Invoice.client_id,
        Invoice.due_date,
        Invoice.amount_cents,
        Invoice.disputed,
    )
    if not _history_after(session, as_of):
        return (
            select(*columns, Invoice.open_cents.label("open_cents"))
            .where(Invoice.open_cents > 0, existed)
            .subquery()
        )
    parts = union_all(
        select(Invoice.id.label("invoice_id"), Invoice.open_cents.label("cents")).where(
            Invoice.open_cents > 0, existed
        ),
        select(PaymentAllocation.invoice_id, PaymentAllocation.amount_cents)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(Payment.received_on > as_of, existed),
        select(CreditNote.invoice_id, CreditNote.amount_cents)
        .join(Invoice, Invoice.id == CreditNote.invoice_id)
        .where(CreditNote.issued_on > as_of, existed),
        select(Invoice.id, Invoice.written_off_cents).where(
            Invoice.written_off_on > as_of, existed
        ),
    ).subquery()
    summed = (
        select(parts.c.invoice_id, func.sum(parts.c.cents).label("open_cents"))
        .group_by(parts.c.invoice_id)
        .subquery()
    )
    return (
        select(*columns, summed.c.open_cents)
        .join(summed, summed.c.invoice_id == Invoice.id)
        .where(summed.c.open_cents > 0)
        .subquery()
    )


def client_overview_rows(session: Session, as_of: date, buckets: Sequence[Bucket]) -> Sequence[Any]:
    """Every client, ordered by name: ``(id, name, kind, city, *bucket cents, *bucket counts,
    oldest open due date, open disputed count, open partly-paid count, last contact)``.

    Clients who owe nothing have zeros and ``None``; last contact is the latest contact
    event on or before ``as_of``.
    """
    open_on = _open_on(session, as_of)
    due, cents = open_on.c.due_date, open_on.c.open_cents
    conditions = _bucket_conditions(due, as_of, buckets)
    per_client = (
        select(
            open_on.c.client_id,
            *[func.sum(cents).filter(c).label(f"a{i}") for i, c in enumerate(conditions)],
            *[func.count().filter(c).label(f"n{i}") for i, c in enumerate(conditions)],
            func.min(due).label("oldest_due"),
            func.count().filter(open_on.c.disputed).label("disputed"),
            func.count().filter(cents < open_on.c.amount_cents).label("partly"),
        )
        .group_by(open_on.c.client_id)
        .subquery()
    )
    day_after = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    contacts = (
        select(
            ContactEvent.client_id.label("client_id"),
            func.max(ContactEvent.occurred_at).label("last_contact"),
        )
        .where(ContactEvent.occurred_at < day_after)
        .group_by(ContactEvent.client_id)
        .subquery()
    )
    n = len(buckets)
    query = (
        select(
            Client.id,
            Client.name,
            Client.kind,
            Client.city,
            *[func.coalesce(per_client.c[f"a{i}"], 0) for i in range(n)],
            *[func.coalesce(per_client.c[f"n{i}"], 0) for i in range(n)],
            per_client.c.oldest_due,
            func.coalesce(per_client.c.disputed, 0),
            func.coalesce(per_client.c.partly, 0),
            contacts.c.last_contact,
        )
        .outerjoin(per_client, per_client.c.client_id == Client.id)
        .outerjoin(contacts, contacts.c.client_id == Client.id)
        .order_by(Client.name, Client.id)
    )
    return list(session.connection().execute(query).all())


def open_invoice_rows(session: Session, as_of: date) -> Sequence[Any]:
    """Every invoice open on ``as_of``, oldest due first: ``(id, number, client_id,
    client name, client kind, city, invoice date, due date, amount cents, open cents,
    disputed)``."""
    open_on = _open_on(session, as_of)
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.client_id,
            Client.name,
            Client.kind,
            Client.city,
            Invoice.invoice_date,
            Invoice.due_date,
            open_on.c.amount_cents,
            open_on.c.open_cents,
            open_on.c.disputed,
        )
        .select_from(open_on)
        .join(Invoice, Invoice.id == open_on.c.invoice_id)
        .join(Client, Client.id == Invoice.client_id)
        .order_by(Invoice.due_date, Invoice.number)
    )
    return list(session.connection().execute(query).all())
