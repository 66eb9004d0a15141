"""Queries about letters: who is due a first reminder."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from debiteur_desk.store.models import Client, Invoice, Letter


def clients_needing_first_reminder(session: Session, today: date) -> list[int]:
    """Clients with an overdue, undisputed open invoice and no letter at all yet."""
    overdue = exists().where(
        Invoice.client_id == Client.id,
        Invoice.open_cents > 0,
        Invoice.due_date < today,
        Invoice.disputed.is_(False),
    )
    any_letter = exists().where(Letter.client_id == Client.id)
    return list(
        session.scalars(select(Client.id).where(overdue, ~any_letter).order_by(Client.name))
    )
