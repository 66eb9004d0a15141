"""Payment plans (betalingsregelingen): what may be added, making one, signing, breaking and
renegotiating it, and reading it back with each instalment's fate.

A plan covers open invoices of one client. Statutory interest (per invoice, from its first
day of default, on what is open) and the collection costs owed may be added up to a day,
each by choice; ``domain/letter_rules.py`` decides both, as it does for the letters.
A client has at most one live (draft or active) plan; to change it, renegotiate: the new
plan replaces the old one, which stays as history. Money is matched to instalments by
``services/collection_state.py`` (rules in ``domain/instalments.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from debiteur_desk.domain import clock
from debiteur_desk.domain.bik import BikResult
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.instalments import (
    LIVE_PLANS,
    InstalmentMatch,
    InstalmentStatus,
    PlanStatus,
)
from debiteur_desk.domain.interest import InterestBreakdown, InterestKind, calculate_interest
from debiteur_desk.domain.letter_rules import claim_basis
from debiteur_desk.domain.money import ZERO, from_cents, to_cents
from debiteur_desk.domain.payment_plan import Frequency, ScheduledInstalment, plan_schedule
from debiteur_desk.domain.rate_warnings import RateWarning, rate_warnings
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.invoice_lookup import open_client_invoices
from debiteur_desk.services.letter_facts import client_facts
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import (
    Client,
    Instalment,
    Invoice,
    PaymentPlan,
    payment_plan_invoices,
)
from debiteur_desk.store.rates import load_rates


@dataclass(frozen=True)
class PaymentPlanInput:
    client_id: int
    invoice_ids: tuple[int, ...]
    frequency: Frequency
    first_due: date
    count: int | None = None  # either the number of instalments ...
    instalment: Decimal | None = None  # ... or the amount of each
    down_payment: Decimal = ZERO
    down_payment_date: date | None = None  # the first due date when not given
    add_interest: bool = False
    add_costs: bool = False
    additions_as_of: date | None = None  # interest and costs up to this day (today)
    notes: str = ""


@dataclass(frozen=True)
class InterestLine:
    invoice_id: int
    number: str
    principal: Decimal
    breakdown: InterestBreakdown | None  # None when the invoice is not yet overdue

    @property
    def amount(self) -> Decimal:
        return self.breakdown.total if self.breakdown else ZERO


@dataclass(frozen=True)
class PlanAdditions:
    """What may be added to a plan, with the breakdowns to show (from :func:`plan_additions`)."""

    as_of: date
    client_kind: str
    principal: Decimal
    interest_lines: tuple[InterestLine, ...]
    bik: BikResult | None  # the staffel on the principal
    costs: Decimal  # what adding the costs adds (BTW included when that setting is on)
    costs_allowed: bool
    per_invoice_minimum: bool = False  # a business's EUR 40 per invoice is more than the staffel
    rate_warnings: tuple[RateWarning, ...] = ()  # rates behind the interest to check first

    @property
    def interest(self) -> Decimal:
        return sum((line.amount for line in self.interest_lines), ZERO)

    def chosen(self, add_interest: bool, add_costs: bool) -> tuple[Decimal, Decimal, Decimal]:
        """(interest, costs, total) for the additions the user ticked."""
        interest = self.interest if add_interest else ZERO
        costs = self.costs if add_costs and self.costs_allowed else ZERO
        return interest, costs, self.principal + interest + costs


def schedule_for(data: PaymentPlanInput, total: Decimal) -> tuple[ScheduledInstalment, ...]:
    """The schedule a plan input gives for a total (the dialog shows it live; raises
    ``InvalidInput`` for plans that never finish, instalments of zero and the like)."""
    return plan_schedule(
        total,
        data.first_due,
        data.frequency,
        count=data.count,
        instalment=data.instalment,
        down_payment=data.down_payment,
        down_payment_date=data.down_payment_date,
    )


def _additions(
    session: Session, invoices: list[Invoice], as_of: date, replacing: int | None = None
) -> PlanAdditions:
    """What the rules (``domain/letter_rules.py``) allow to be added up to ``as_of``: interest
    from each invoice's first day of default, and the costs owed on that day."""
    client_id = invoices[0].client_id
    facts = client_facts(session, client_id)
    facts = replace(facts, plans=tuple(p for p in facts.plans if p.id != replacing))
    basis = claim_basis(facts, [i.id for i in invoices], as_of)
    kind = facts.kind
    rates = load_rates(session)
    lines = []
    for invoice in invoices:
        principal = from_cents(invoice.open_cents)
        start = basis.interest_from.get(invoice.id)
        breakdown = (
            calculate_interest(principal, start, as_of, InterestKind.for_client(kind), rates)
            if start is not None
            else None
        )
        lines.append(InterestLine(invoice.id, invoice.number, principal, breakdown))
    principal = sum((line.principal for line in lines), ZERO)
    costs = basis.costs
    breakdowns = [line.breakdown for line in lines if line.breakdown is not None]
    return PlanAdditions(
        as_of,
        kind.value,
        principal,
        tuple(lines),
        costs.bik if costs else None,
        costs.total if costs else ZERO,
        costs is not None,
        costs.per_invoice_minimum if costs else False,
        tuple(rate_warnings(breakdowns, rates)),
    )


def _plan_invoices(
    session: Session, client_id: int, ids: tuple[int, ...], replacing: int | None = None
) -> list[Invoice]:
    if not ids:
        raise InvalidInput("plan_needs_invoices")
    if session.get(Client, client_id) is None:
        raise NotFound("client_not_found", id=client_id)
    live = select(payment_plan_invoices.c.invoice_id).join(
        PaymentPlan, PaymentPlan.id == payment_plan_invoices.c.payment_plan_id
    )
    live = live.where(PaymentPlan.status.in_(LIVE_PLANS), PaymentPlan.id != replacing)
    in_plans = set(session.scalars(live.where(payment_plan_invoices.c.invoice_id.in_(ids))))
    invoices = open_client_invoices(
        session, client_id, ids, other_client="plan_one_client", not_open="plan_invoice_not_open"
    )
    for invoice in invoices:
        if invoice.disputed:
            raise RuleViolation("plan_invoice_disputed", number=invoice.number)
        if invoice.id in in_plans:
            raise RuleViolation("plan_invoice_in_plan", number=invoice.number)
    return invoices


def plan_additions(
    db: Database, invoice_ids: tuple[int, ...], as_of: date, *, replacing: int | None = None
) -> PlanAdditions:
    """Interest and costs that may be added to a plan for these invoices, up to ``as_of``
    (``replacing``: the plan a renegotiated one takes the place of)."""
    with db.reading() as session:
        first = session.get(Invoice, invoice_ids[0]) if invoice_ids else None
        if first is None:
            raise InvalidInput("plan_needs_invoices")
        invoices = _plan_invoices(session, first.client_id, invoice_ids, replacing)
        return _additions(session, invoices, as_of, replacing)


def _create(session: Session, data: PaymentPlanInput, replaces: int | None = None) -> int:
    invoices = _plan_invoices(session, data.client_id, data.invoice_ids, replaces)
    others = select(PaymentPlan.id).where(
        PaymentPlan.client_id == data.client_id,
        PaymentPlan.status.in_(LIVE_PLANS),
        PaymentPlan.id != replaces,
    )
    if session.scalar(others) is not None:
        raise RuleViolation("plan_client_has_plan")
    today = clock.today()
    additions = _additions(session, invoices, data.additions_as_of or today, replaces)
    if data.add_costs and not additions.costs_allowed:
        raise RuleViolation("plan_costs_not_allowed")
    interest, costs, total = additions.chosen(data.add_interest, data.add_costs)
    schedule = schedule_for(data, total)
    plan = PaymentPlan(
        client_id=data.client_id,
        status=PlanStatus.DRAFT,
        principal_cents=to_cents(additions.principal),
        interest_cents=to_cents(interest),
        costs_cents=to_cents(costs),
        total_cents=to_cents(total),
        down_payment_cents=to_cents(data.down_payment),
        frequency=data.frequency.value,
        first_due=data.first_due,
        replaces_id=replaces,
        notes=data.notes,
        invoices=invoices,
        instalments=[
            Instalment(
                number=s.number, due_date=s.due_date, amount_cents=to_cents(s.amount), paid_cents=0
            )
            for s in schedule
        ],
    )
    session.add(plan)
    session.flush()
    collection_state.cancel_open_promises(session, [i.id for i in invoices], today, "plan")
    audit.record(
        session,
        "payment_plan.create",
        "payment_plan",
        plan.id,
        total_cents=plan.total_cents,
        interest_cents=plan.interest_cents,
        costs_cents=plan.costs_cents,
        instalments=len(schedule),
        invoices=[i.number for i in invoices],
        replaces=replaces,
    )
    return plan.id


def create_payment_plan(db: Database, data: PaymentPlanInput) -> int:
    """A new plan in draft (the letter is made next; it becomes active once signed)."""
    with db.transaction() as session:
        return _create(session, data)


def _plan(session: Session, plan_id: int) -> PaymentPlan:
    plan = session.get(PaymentPlan, plan_id)
    if plan is None:
        raise NotFound("plan_not_found", id=plan_id)
    return plan


def renegotiate_plan(db: Database, old_plan_id: int, data: PaymentPlanInput) -> int:
    """A new plan that replaces an old one; the old one stays, marked replaced."""
    with db.transaction() as session:
        old = _plan(session, old_plan_id)
        if old.status not in (*LIVE_PLANS, PlanStatus.BROKEN):
            raise RuleViolation("plan_cannot_renegotiate", status=old.status)
        if old.client_id != data.client_id:
            raise InvalidInput("plan_one_client", number="")
        previous = old.status
        old.status = PlanStatus.REPLACED
        session.flush()
        new_id = _create(session, data, replaces=old.id)
        audit.record(
            session, "payment_plan.replaced", "payment_plan", old.id, old=previous, by=new_id
        )
        return new_id


def mark_plan_signed(db: Database, plan_id: int, on: date) -> None:
    """The signed copy came back: a draft plan becomes active."""
    with db.transaction() as session:
        plan = _plan(session, plan_id)
        if plan.status not in (PlanStatus.DRAFT, PlanStatus.COMPLETED):
            raise RuleViolation("plan_not_draft", status=plan.status)
        plan.signed_on = on
        if plan.status is PlanStatus.DRAFT:
            plan.status = PlanStatus.ACTIVE
        audit.record(session, "payment_plan.signed", "payment_plan", plan.id, signed_on=on)


def mark_plan_broken(db: Database, plan_id: int, on: date, note: str = "") -> None:
    """The vervalclausule: after a missed instalment and a reminder, all that remains is due;
    the plan's invoices go back to the ordinary collection path."""
    with db.transaction() as session:
        plan = _plan(session, plan_id)
        if plan.status not in LIVE_PLANS:
            raise RuleViolation("plan_not_live", status=plan.status)
        plan.status = PlanStatus.BROKEN
        plan.notes = "\n".join(filter(None, [plan.notes, note.strip()]))
        audit.record(session, "payment_plan.broken", "payment_plan", plan.id, on=on, note=note)


@dataclass(frozen=True)
class InstalmentView:
    number: int  # 0 = down payment
    due_date: date
    amount: Decimal
    paid: Decimal
    paid_on: date | None
    status: InstalmentStatus
    paid_late: bool


@dataclass(frozen=True)
class PlanView:
    id: int
    client_id: int
    status: PlanStatus
    made_on: date
    principal: Decimal
    interest: Decimal
    costs: Decimal
    total: Decimal
    down_payment: Decimal
    frequency: Frequency
    first_due: date
    signed_on: date | None
    replaces_id: int | None
    replaced_by_id: int | None
    invoice_ids: tuple[int, ...]
    instalments: tuple[InstalmentView, ...]

    @property
    def paid(self) -> Decimal:
        return sum((i.paid for i in self.instalments), ZERO)

    @property
    def remaining(self) -> Decimal:
        return self.total - self.paid


def _view(plan: PaymentPlan, replaced_by: PaymentPlan | None, as_of: date) -> PlanView:
    # a replaced plan's instalments are judged as of the day it was replaced
    day = min(as_of, replaced_by.created_at.date()) if replaced_by else as_of
    instalments = []
    for part in plan.instalments:
        match = InstalmentMatch(
            part.number, part.due_date, part.amount_cents, part.paid_cents, part.paid_on
        )
        instalments.append(
            InstalmentView(
                part.number,
                part.due_date,
                from_cents(part.amount_cents),
                from_cents(part.paid_cents),
                part.paid_on,
                match.status(day),
                match.paid_late,
            )
        )
    return PlanView(
        plan.id,
        plan.client_id,
        PlanStatus(plan.status),
        plan.created_at.date(),
        from_cents(plan.principal_cents),
        from_cents(plan.interest_cents),
        from_cents(plan.costs_cents),
        from_cents(plan.total_cents),
        from_cents(plan.down_payment_cents),
        Frequency(plan.frequency),
        plan.first_due,
        plan.signed_on,
        plan.replaces_id,
        replaced_by.id if replaced_by else None,
        tuple(sorted(i.id for i in plan.invoices)),
        tuple(instalments),
    )


def client_plans(db: Database, client_id: int, as_of: date) -> list[PlanView]:
    """A client's plans, newest first, each instalment with its status on ``as_of``."""
    query = (
        select(PaymentPlan)
        .where(PaymentPlan.client_id == client_id)
        .options(selectinload(PaymentPlan.invoices), selectinload(PaymentPlan.instalments))
        .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id.desc())
    )
    with db.reading() as session:
        plans = list(session.scalars(query))
        successors = {p.replaces_id: p for p in plans if p.replaces_id is not None}
        return [_view(p, successors.get(p.id), as_of) for p in plans]


def plan_view(db: Database, plan_id: int, as_of: date) -> PlanView:
    with db.reading() as session:
        plan = _plan(session, plan_id)
        successor = session.scalars(
            select(PaymentPlan).where(PaymentPlan.replaces_id == plan_id)
        ).first()
        return _view(plan, successor, as_of)
