"""The rows behind the worklist's own records: snoozed steps, and how invoices went out.

One query each, never one per row; the rules are pure (``domain/snooze.py``,
``domain/sent_check.py``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.snooze import Snooze
from debiteur_desk.store.models import Client, Invoice, InvoiceSentCheck, WorklistSnooze

_CHUNK = 500  # invoice ids per IN list (well under every database's limit)


def _snooze(row: WorklistSnooze) -> Snooze:
    return Snooze(
        row.id,
        row.client_id,
        row.action,
        row.reason,
        row.snoozed_on,
        row.snoozed_until,
        row.lifted_on,
    )


def snoozes_on(session: Session, day: date, client_id: int | None = None) -> list[Snooze]:
    """The snoozes that hid a step on ``day`` (made by then, not over, not lifted by then)."""
    query = select(WorklistSnooze).where(
        WorklistSnooze.snoozed_on <= day, WorklistSnooze.snoozed_until > day
    )
    if client_id is not None:
        query = query.where(WorklistSnooze.client_id == client_id)
    return [s for s in map(_snooze, session.scalars(query)) if s.hides_on(day)]


def client_snoozes(session: Session, client_id: int) -> list[tuple[Snooze, str]]:
    """Every snooze of one client, with the invoice ids of its step (for the timeline)."""
    rows = session.scalars(
        select(WorklistSnooze)
        .where(WorklistSnooze.client_id == client_id)
        .order_by(WorklistSnooze.id)
    )
    return [(_snooze(row), row.invoice_ids) for row in rows]


class SendingRow(NamedTuple):
    invoice_id: int
    number: str
    invoice_date: date
    due_date: date
    sent_on: date | None
    sent_via: str | None
    sent_to: str
    client_email: str
    payment_term_days: int
    client_kind: str
    large_company: bool
    checked_on: date | None


def sending_rows(session: Session, invoice_ids: Collection[int]) -> list[SendingRow]:
    """How these invoices went out, with their client's address and term, and when the
    user checked it (one query per 500 invoices)."""
    ids = sorted(set(invoice_ids))
    rows: list[SendingRow] = []
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(
                Invoice.id,
                Invoice.number,
                Invoice.invoice_date,
                Invoice.due_date,
                Invoice.sent_on,
                Invoice.sent_via,
                Invoice.sent_to,
                Client.email,
                Client.payment_term_days,
                Client.kind,
                Client.large_company,
                InvoiceSentCheck.checked_on,
            )
            .join(Client, Client.id == Invoice.client_id)
            .outerjoin(InvoiceSentCheck, InvoiceSentCheck.invoice_id == Invoice.id)
            .where(Invoice.id.in_(ids[start : start + _CHUNK]))
            .order_by(Invoice.due_date, Invoice.id)
        )
        rows += [SendingRow._make(row) for row in session.execute(query)]
    return rows
