"""Handing a client's unpaid invoices over for collection: to a collection agency
(incassobureau), a bailiff (gerechtsdeurwaarder) or a lawyer.

The hand-over is the last step of the escalation ladder: once it is recorded, the
worklist stops proposing letters for those invoices and the timeline shows who has the
file. It is a contact event of kind ``handover`` (who: ``contact_name``, what kind of
party: ``outcome``), so it needs no table of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, ContactEvent, Invoice

PARTIES = ("collection_agency", "bailiff", "lawyer")


@dataclass(frozen=True)
class HandoverInput:
    client_id: int
    handed_over_on: date
    party_kind: str  # one of PARTIES
    party_name: str  # e.g. "Incassobureau Noord B.V."
    notes: str = ""  # a file number, what was agreed on fees, ...


def _check(data: HandoverInput, today: date) -> None:
    if data.party_kind not in PARTIES:
        raise InvalidInput("handover_party_kind", text=data.party_kind)
    if not data.party_name.strip():
        raise InvalidInput("handover_party_missing")
    if data.handed_over_on > today:
        raise InvalidInput("handover_in_future")


def record_handover(db: Database, data: HandoverInput, *, today: date | None = None) -> int:
    """Records the hand-over of the client's overdue invoices; returns the event's id."""
    _check(data, today or clock.today())
    with db.transaction() as session:
        if session.get(Client, data.client_id) is None:
            raise NotFound("client_not_found", id=data.client_id)
        overdue = session.scalars(
            select(Invoice.number)
            .where(
                Invoice.client_id == data.client_id,
                Invoice.open_cents > 0,
                Invoice.due_date < data.handed_over_on,
            )
            .order_by(Invoice.due_date, Invoice.number)
        ).all()
        if not overdue:
            raise RuleViolation("handover_nothing_overdue")
        event = ContactEvent(
            client_id=data.client_id,
            kind="handover",
            # Noon: a day, not a moment, and safe from any time-zone shift.
            occurred_at=datetime.combine(data.handed_over_on, time(12)),
            contact_name=data.party_name.strip(),
            outcome=data.party_kind,
            notes=data.notes.strip(),
        )
        session.add(event)
        session.flush()
        audit.record(
            session,
            "contact.handover",
            "contact_event",
            event.id,
            party=event.contact_name,
            party_kind=data.party_kind,
            invoices=list(overdue),
        )
        return event.id
