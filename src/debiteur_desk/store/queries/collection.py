"""The rows behind promises, plans and the worklist: a few set-wise queries, never one per
client. Plain SQLAlchemy, so the same queries run on SQLite and PostgreSQL.

Open amounts are today's kept ``open_cents``: the worklist is about what to do now; with an
earlier as-of date they are what was open then, and only what had happened by that day
counts (letters made, contacts, plans).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from debiteur_desk.domain.instalments import LIVE_PLANS
from debiteur_desk.store.models import (
    Agreement,
    Client,
    ContactEvent,
    Instalment,
    Invoice,
    Letter,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    agreement_invoices,
    letter_invoices,
    payment_plan_invoices,
)
from debiteur_desk.store.queries.aging import open_as_of


class PromiseRow(NamedTuple):
    id: int
    client_id: int
    status: str
    promised_cents: int
    promised_by: date
    made_on: date
    open_cents: int  # open now on the promised invoices
    invoice_ids: frozenset[int]
    open_invoice_ids: frozenset[int]


def promise_rows(
    session: Session, *, client_id: int | None = None, statuses: Collection[str] = ()
) -> list[PromiseRow]:
    """Agreements (of one client, or all) with their invoices and what is open on them."""
    query = (
        select(
            Agreement.id,
            Agreement.client_id,
            Agreement.status,
            Agreement.promised_cents,
            Agreement.promised_by,
            ContactEvent.occurred_at,
            Agreement.created_at,
            agreement_invoices.c.invoice_id,
            Invoice.open_cents,
        )
        .join(agreement_invoices, agreement_invoices.c.agreement_id == Agreement.id)
        .join(Invoice, Invoice.id == agreement_invoices.c.invoice_id)
        .outerjoin(ContactEvent, ContactEvent.id == Agreement.contact_event_id)
        .order_by(Agreement.id)
    )
    if client_id is not None:
        query = query.where(Agreement.client_id == client_id)
    if statuses:
        query = query.where(Agreement.status.in_(statuses))
    grouped: dict[int, list[tuple]] = defaultdict(list)
    for row in session.execute(query):
        grouped[row[0]].append(tuple(row))
    rows = []
    for agreement_id, parts in grouped.items():
        _, client, status, cents, by, occurred, created, _, _ = parts[0]
        rows.append(
            PromiseRow(
                agreement_id,
                client,
                status,
                cents,
                by,
                (occurred or created).date(),
                sum(p[8] for p in parts),
                frozenset(p[7] for p in parts),
                frozenset(p[7] for p in parts if p[8] > 0),
            )
        )
    return rows


def promise_payments(
    session: Session, agreement_ids: Iterable[int]
) -> dict[int, list[tuple[date, int]]]:
    """Per agreement: (received on, cents) allocated to its invoices, every payment."""
    ids = list(agreement_ids)
    result: dict[int, list[tuple[date, int]]] = defaultdict(list)
    if not ids:
        return result
    query = (
        select(
            agreement_invoices.c.agreement_id, Payment.received_on, PaymentAllocation.amount_cents
        )
        .join(PaymentAllocation, PaymentAllocation.invoice_id == agreement_invoices.c.invoice_id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(agreement_invoices.c.agreement_id.in_(ids))
    )
    for agreement_id, day, cents in session.execute(query):
        result[agreement_id].append((day, cents))
    return result


class PlanMoney(NamedTuple):
    allocated: list[tuple[date, int]]  # to the plan's invoices, recorded after the plan
    credit: list[tuple[date, int]]  # the client's unallocated credit, recorded after the plan


def plan_money_rows(session: Session, plan: PaymentPlan) -> PlanMoney:
    """The payments that may count toward a plan (``domain/instalments.py`` says how)."""
    after = Payment.created_at > plan.created_at
    allocated = session.execute(
        select(Payment.received_on, PaymentAllocation.amount_cents)
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .join(
            payment_plan_invoices,
            payment_plan_invoices.c.invoice_id == PaymentAllocation.invoice_id,
        )
        .where(payment_plan_invoices.c.payment_plan_id == plan.id, after)
    )
    credit = session.execute(
        select(Payment.received_on, Payment.unallocated_cents).where(
            Payment.client_id == plan.client_id, Payment.unallocated_cents > 0, after
        )
    )
    return PlanMoney([(day, cents) for day, cents in allocated], [(d, c) for d, c in credit])


# --- the worklist: everything about every client that owes something, in six queries ---


class OpenInvoiceRow(NamedTuple):
    client_id: int
    id: int
    due_date: date
    open_cents: int
    disputed: bool
    sent_on: date | None


class ClientRow(NamedTuple):
    id: int
    name: str
    kind: str


class LetterRow(NamedTuple):
    id: int
    client_id: int
    kind: str
    sent_on: date | None
    created_at: datetime
    invoice_id: int


class ContactRow(NamedTuple):
    client_id: int
    last_reached_call: datetime | None
    last_call_attempt: datetime | None
    last_unreached_call: datetime | None
    last_handover: datetime | None
    last_dispute_call: datetime | None
    last_contact: datetime | None  # any contact except an unanswered call


class LivePlanRow(NamedTuple):
    id: int
    client_id: int
    invoice_ids: frozenset[int]
    # (number, due date, amount, paid, paid on)
    instalments: tuple[tuple[int, date, int, int, date | None], ...]


_OPEN = Invoice.open_cents > 0


def open_invoices(
    session: Session, client_id: int | None = None, as_of: date | None = None
) -> list[OpenInvoiceRow]:
    """Open invoices now, or (``as_of``) those open on that day with what was open then."""
    if as_of is None:
        query = select(
            Invoice.client_id,
            Invoice.id,
            Invoice.due_date,
            Invoice.open_cents,
            Invoice.disputed,
            Invoice.sent_on,
        ).where(_OPEN)
    else:
        then = open_as_of(as_of)
        query = (
            select(
                Invoice.client_id,
                Invoice.id,
                Invoice.due_date,
                then.c.open_cents,
                Invoice.disputed,
                Invoice.sent_on,
            )
            .join(then, then.c.invoice_id == Invoice.id)
            .where(then.c.open_cents > 0)
        )
    if client_id is not None:
        query = query.where(Invoice.client_id == client_id)
    return [OpenInvoiceRow(*row) for row in session.connection().execute(query)]


def owing_clients(
    session: Session, client_id: int | None = None, among: Collection[int] | None = None
) -> list[ClientRow]:
    """Clients owing something now, or (``among``) these clients, that owed something then."""
    if among is not None:
        query = select(Client.id, Client.name, Client.kind).where(Client.id.in_(list(among)))
    else:
        owes = select(Invoice.id).where(Invoice.client_id == Client.id, _OPEN).exists()
        query = select(Client.id, Client.name, Client.kind).where(owes)
    if client_id is not None:
        query = query.where(Client.id == client_id)
    return [ClientRow(*row) for row in session.execute(query)]


def letters_on_open_invoices(
    session: Session, client_id: int | None = None, until: date | None = None
) -> list[LetterRow]:
    """Letters about open invoices; ``until``: made by that day, about any invoice (the
    caller keeps those open then)."""
    if until is not None:
        query = (
            select(
                Letter.id,
                Letter.client_id,
                Letter.kind,
                Letter.sent_on,
                Letter.created_at,
                letter_invoices.c.invoice_id,
            )
            .join(letter_invoices, letter_invoices.c.letter_id == Letter.id)
            .where(Letter.created_at < _end_of(until))
        )
        if client_id is not None:
            query = query.where(Letter.client_id == client_id)
        return [LetterRow(*row) for row in session.execute(query)]
    query = (
        select(
            Letter.id,
            Letter.client_id,
            Letter.kind,
            Letter.sent_on,
            Letter.created_at,
            letter_invoices.c.invoice_id,
        )
        .join(letter_invoices, letter_invoices.c.letter_id == Letter.id)
        .join(Invoice, Invoice.id == letter_invoices.c.invoice_id)
        .where(_OPEN)
    )
    if client_id is not None:
        query = query.where(Letter.client_id == client_id)
    return [LetterRow(*row) for row in session.execute(query)]


def _last(condition: ColumnElement[bool]) -> ColumnElement[datetime]:
    return func.max(ContactEvent.occurred_at).filter(condition)


def _end_of(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time())


def contact_summary(
    session: Session, client_id: int | None = None, until: date | None = None
) -> list[ContactRow]:
    """Per client, the latest contact of each sort that the escalation rules look at
    (``until``: up to the end of that day)."""
    phone = ContactEvent.kind == "phone"
    reached = ContactEvent.outcome == "reached"
    query = select(
        ContactEvent.client_id,
        _last(and_(phone, reached)),
        _last(phone),
        _last(and_(phone, ~reached)),
        _last(ContactEvent.kind == "handover"),
        _last(and_(phone, ContactEvent.reason == "dispute")),
        _last(or_(~phone, reached)),
    ).group_by(ContactEvent.client_id)
    if client_id is not None:
        query = query.where(ContactEvent.client_id == client_id)
    if until is not None:
        query = query.where(ContactEvent.occurred_at < _end_of(until))
    return [ContactRow(*row) for row in session.execute(query)]


def live_plans(
    session: Session, client_id: int | None = None, until: date | None = None
) -> list[LivePlanRow]:
    """Draft and active plans with their invoices and instalments (two queries);
    ``until``: made by that day."""
    query = (
        select(PaymentPlan.id, PaymentPlan.client_id, payment_plan_invoices.c.invoice_id)
        .join(payment_plan_invoices, payment_plan_invoices.c.payment_plan_id == PaymentPlan.id)
        .where(PaymentPlan.status.in_(LIVE_PLANS))
    )
    if client_id is not None:
        query = query.where(PaymentPlan.client_id == client_id)
    if until is not None:
        query = query.where(PaymentPlan.created_at < _end_of(until))
    owners: dict[int, int] = {}
    invoices: dict[int, set[int]] = defaultdict(set)
    for plan_id, owner, invoice_id in session.execute(query):
        owners[plan_id] = owner
        invoices[plan_id].add(invoice_id)
    parts: dict[int, list[tuple[int, date, int, int, date | None]]] = defaultdict(list)
    if owners:
        rows = session.execute(
            select(
                Instalment.plan_id,
                Instalment.number,
                Instalment.due_date,
                Instalment.amount_cents,
                Instalment.paid_cents,
                Instalment.paid_on,
            )
            .join(PaymentPlan, PaymentPlan.id == Instalment.plan_id)
            .where(PaymentPlan.status.in_(LIVE_PLANS))
        )
        for plan_id, *values in rows:
            if plan_id in owners:
                parts[plan_id].append(tuple(values))  # type: ignore[arg-type]
    return [
        LivePlanRow(plan_id, owner, frozenset(invoices[plan_id]), tuple(sorted(parts[plan_id])))
        for plan_id, owner in owners.items()
    ]


# Written demands for payment (art. 3:317 BW); counted once marked sent, as only a letter
# that went out can be shown to have reached the debtor.
_DEMANDS = ("reminder", "second-reminder", "fourteen-day-letter", "final-demand")


def claim_interruptions(session: Session, client_id: int | None = None) -> dict[int, list[date]]:
    """Per open invoice, the days its prescription was interrupted (domain/prescription.py):
    demand letters sent, payments on it, and payment plans including it that were signed
    (an acknowledgement, art. 3:318)."""
    demands = (
        select(letter_invoices.c.invoice_id, Letter.sent_on)
        .join(Letter, Letter.id == letter_invoices.c.letter_id)
        .join(Invoice, Invoice.id == letter_invoices.c.invoice_id)
        .where(_OPEN, Letter.kind.in_(_DEMANDS), Letter.sent_on.is_not(None))
    )
    payments = (
        select(PaymentAllocation.invoice_id, Payment.received_on)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(_OPEN)
    )
    plans = (
        select(payment_plan_invoices.c.invoice_id, PaymentPlan.signed_on)
        .join(PaymentPlan, PaymentPlan.id == payment_plan_invoices.c.payment_plan_id)
        .join(Invoice, Invoice.id == payment_plan_invoices.c.invoice_id)
        .where(_OPEN, PaymentPlan.signed_on.is_not(None))
    )
    parts: list[Select[*tuple[Any, ...]]] = [demands, payments, plans]
    if client_id is not None:
        parts = [part.where(Invoice.client_id == client_id) for part in parts]
    days: dict[int, list[date]] = defaultdict(list)
    for invoice_id, day in session.execute(union_all(*parts)):
        days[invoice_id].append(day)
    return days
