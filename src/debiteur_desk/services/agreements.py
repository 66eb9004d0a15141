"""Recording a phone call and the promise made in it, and how a client keeps promises.

One call is one user action and one transaction: the contact event, the agreement (if
one was made), a corrected e-mail address, invoices marked disputed or re-sent, earlier
open promises on the same invoices cancelled (the new deadline replaces them), each with
its audit entry. Whether a promise is kept is decided by ``domain/promises.py`` and kept
up to date by ``services/collection_state.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from debiteur_desk.domain import clock
from debiteur_desk.domain.disputes import DisputeReason
from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.money import from_cents, to_cents
from debiteur_desk.domain.promises import CallOutcome, CallReason, PromiseStatus
from debiteur_desk.domain.promises import promise_record as count_promises
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.disputes import open_dispute_in
from debiteur_desk.services.invoice_lookup import open_client_invoices
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Agreement, Client, ContactEvent, Invoice

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ClientCallInfo:
    """What the call dialog shows about the client being called."""

    id: int
    name: str
    kind: str
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PromiseInput:
    invoice_ids: tuple[int, ...]
    amount: Decimal
    promised_by: date  # the new deadline
    one_time_exception: bool = True


@dataclass(frozen=True)
class PhoneCallInput:
    client_id: int
    occurred_at: datetime
    outcome: CallOutcome
    contact_name: str = ""
    phone_number: str = ""
    reason: CallReason | None = None  # only when the client was reached
    notes: str = ""
    invoice_ids: tuple[int, ...] = ()  # the invoices talked about
    resend_invoices: bool = False  # "not received": the invoices are sent again today
    new_email: str | None = None  # ... to this corrected address
    promise: PromiseInput | None = None


@dataclass(frozen=True)
class PhoneCallResult:
    contact_event_id: int
    agreement_id: int | None


@dataclass(frozen=True)
class AgreementView:
    id: int
    client_id: int
    made_on: date
    promised_by: date
    amount: Decimal
    status: PromiseStatus
    resolved_on: date | None
    one_time_exception: bool
    invoice_ids: tuple[int, ...]


def call_info(db: Database, client_id: int) -> ClientCallInfo:
    with db.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        return ClientCallInfo(
            client.id, client.name, client.kind, client.contact_person, client.phone, client.email
        )


def _invoices(session: Session, client_id: int, ids: Sequence[int]) -> list[Invoice]:
    return open_client_invoices(
        session,
        client_id,
        ids,
        other_client="allocation_other_client",
        not_open="call_invoice_not_open",
    )


def _check(data: PhoneCallInput) -> None:
    reached = data.outcome is CallOutcome.REACHED
    if not reached and (data.reason is not None or data.promise is not None):
        raise InvalidInput("call_not_reached_no_agreement")
    if data.reason is CallReason.DISPUTE and not data.invoice_ids:
        raise InvalidInput("call_dispute_needs_invoices")
    if (data.resend_invoices or data.new_email) and data.reason is not CallReason.NOT_RECEIVED:
        raise InvalidInput("call_resend_only_not_received")
    if data.resend_invoices and not data.invoice_ids:
        raise InvalidInput("call_resend_needs_invoices")
    if data.new_email is not None and not _EMAIL.match(data.new_email.strip()):
        raise InvalidInput("call_email_invalid", text=data.new_email)
    promise = data.promise
    if promise is None:
        return
    if not promise.invoice_ids:
        raise InvalidInput("promise_needs_invoices")
    if to_cents(promise.amount) <= 0:
        raise InvalidInput("amount_zero", text=str(promise.amount))
    if promise.promised_by < data.occurred_at.date():
        raise InvalidInput("promise_date_past")
    if data.reason is CallReason.DISPUTE and set(promise.invoice_ids) & set(data.invoice_ids):
        raise InvalidInput("promise_on_disputed")


def _correct_email(session: Session, client: Client, email: str) -> None:
    email = email.strip()
    if email != client.email:
        audit.record(
            session,
            "client.update",
            "client",
            client.id,
            changes={"email": {"old": client.email, "new": email}},
        )
        client.email = email


def _mark(session: Session, data: PhoneCallInput, invoices: list[Invoice], email: str) -> None:
    """What the reason asks for: a dispute held out of escalation, or invoices re-sent."""
    for invoice in invoices:
        if data.reason is CallReason.DISPUTE and not invoice.disputed:
            day = data.occurred_at.date()
            open_dispute_in(session, invoice, day, DisputeReason.QUALITY, data.notes)
        if data.resend_invoices:
            invoice.sent_on = data.occurred_at.date()
            invoice.sent_via = "email"
            invoice.sent_to = email or invoice.sent_to
            audit.record(session, "invoice.resend", "invoice", invoice.id, sent_to=invoice.sent_to)


def _agreement(
    session: Session, data: PhoneCallInput, event: ContactEvent, promise: PromiseInput
) -> Agreement:
    invoices = _invoices(session, data.client_id, promise.invoice_ids)
    cents = to_cents(promise.amount)
    if cents > sum(i.open_cents for i in invoices):
        raise InvalidInput("promise_exceeds_open")
    day = data.occurred_at.date()
    collection_state.cancel_open_promises(session, [i.id for i in invoices], day, "promise")
    agreement = Agreement(
        client_id=data.client_id,
        contact_event_id=event.id,
        promised_cents=cents,
        promised_by=promise.promised_by,
        one_time_exception=promise.one_time_exception,
        status=PromiseStatus.OPEN.value,
        notes=data.notes,
        invoices=invoices,
    )
    session.add(agreement)
    session.flush()
    audit.record(
        session,
        "agreement.create",
        "agreement",
        agreement.id,
        promised_cents=cents,
        promised_by=promise.promised_by,
        invoices=[i.number for i in invoices],
    )
    return agreement


def record_phone_call(db: Database, data: PhoneCallInput) -> PhoneCallResult:
    """The call, what it changes and the promise made in it, in one transaction."""
    _check(data)
    with db.transaction() as session:
        client = session.get(Client, data.client_id)
        if client is None:
            raise NotFound("client_not_found", id=data.client_id)
        invoices = _invoices(session, client.id, data.invoice_ids)
        if data.new_email is not None:
            _correct_email(session, client, data.new_email)
        event = ContactEvent(
            client_id=client.id,
            kind="phone",
            occurred_at=data.occurred_at,
            contact_name=data.contact_name.strip(),
            phone_number=data.phone_number.strip(),
            outcome=data.outcome.value,
            reason=data.reason.value if data.reason else "",
            notes=data.notes,
        )
        session.add(event)
        session.flush()
        audit.record(
            session,
            "contact.phone",
            "contact_event",
            event.id,
            outcome=event.outcome,
            reason=event.reason,
            invoices=[i.number for i in invoices],
        )
        _mark(session, data, invoices, client.email)
        agreement = _agreement(session, data, event, data.promise) if data.promise else None
        collection_state.refresh_client(session, client.id, clock.today())
        return PhoneCallResult(event.id, agreement.id if agreement else None)


def client_agreements(db: Database, client_id: int) -> list[AgreementView]:
    """A client's promises, newest first."""
    query = (
        select(Agreement, ContactEvent.occurred_at)
        .outerjoin(ContactEvent, ContactEvent.id == Agreement.contact_event_id)
        .where(Agreement.client_id == client_id)
        .options(selectinload(Agreement.invoices))
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
    )
    with db.reading() as session:
        return [
            AgreementView(
                a.id,
                a.client_id,
                (occurred_at or a.created_at).date(),
                a.promised_by,
                from_cents(a.promised_cents),
                PromiseStatus(a.status),
                a.resolved_on,
                a.one_time_exception,
                tuple(sorted(i.id for i in a.invoices)),
            )
            for a, occurred_at in session.execute(query)
        ]


def promise_record(db: Database, client_id: int) -> tuple[int, int]:
    """(kept, broken) promises of a client, for the payment-behaviour summary."""
    with db.reading() as session:
        statuses = session.scalars(select(Agreement.status).where(Agreement.client_id == client_id))
        return count_promises(statuses)


__all__ = [
    "AgreementView",
    "CallOutcome",
    "CallReason",
    "ClientCallInfo",
    "PhoneCallInput",
    "PhoneCallResult",
    "PromiseInput",
    "call_info",
    "client_agreements",
    "promise_record",
    "record_phone_call",
]
