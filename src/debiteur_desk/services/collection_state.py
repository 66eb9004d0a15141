"""Keeping promises and plans up to date: after every payment change, and as days pass.

``after_payment_change`` runs inside the transaction that recorded, deleted or restored
a payment (``services/payments.py``); ``refresh_collection_state`` runs at start-up and on
refresh, to break the promises whose day has passed. The rules themselves are pure:
``domain/promises.py`` and ``domain/instalments.py``. Status changes are audited.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.instalments import (
    InstalmentDue,
    MatchResult,
    PlanStatus,
    match_instalments,
    next_plan_status,
    plan_money,
)
from debiteur_desk.domain.promises import PromiseFacts, PromiseStatus, evaluate_promise
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Agreement, PaymentPlan, agreement_invoices
from debiteur_desk.store.queries.collection import (
    PromiseRow,
    plan_money_rows,
    promise_payments,
    promise_rows,
)

# Statuses that payments can still change (cancelled promises, replaced or broken plans
# are history).
_PROMISE_LIVE = (PromiseStatus.OPEN, PromiseStatus.KEPT, PromiseStatus.BROKEN)
_PLAN_TRACKED = (PlanStatus.DRAFT, PlanStatus.ACTIVE, PlanStatus.COMPLETED)


@dataclass(frozen=True)
class RefreshResult:
    kept: int
    broken: int
    cancelled: int


def _settle_promises(session: Session, rows: list[PromiseRow], as_of: date) -> RefreshResult:
    payments = promise_payments(session, [row.id for row in rows])
    changed = {PromiseStatus.KEPT: 0, PromiseStatus.BROKEN: 0, PromiseStatus.CANCELLED: 0}
    for row in rows:
        money = tuple(payments.get(row.id, ()))
        # a payment already recorded is a fact, even when dated after "today"
        day = max([as_of, *(d for d, _ in money)])
        facts = PromiseFacts(
            row.promised_cents, row.made_on, row.promised_by, row.open_cents, money
        )
        outcome = evaluate_promise(facts, day)
        if outcome.status == row.status:
            continue
        agreement = session.get(Agreement, row.id)
        assert agreement is not None
        agreement.status = outcome.status
        agreement.resolved_on = outcome.resolved_on
        audit.record(
            session,
            f"agreement.{outcome.status.value}",
            "agreement",
            row.id,
            old=row.status,
            paid_cents=outcome.paid_in_time_cents,
        )
        if outcome.status in changed:
            changed[outcome.status] += 1
    return RefreshResult(
        changed[PromiseStatus.KEPT], changed[PromiseStatus.BROKEN], changed[PromiseStatus.CANCELLED]
    )


def match_plan(session: Session, plan: PaymentPlan) -> MatchResult:
    """Match the plan's money to its instalments and store the result on each of them."""
    rows = plan_money_rows(session, plan)
    money = plan_money(rows.allocated, rows.credit, plan.interest_cents + plan.costs_cents)
    result = match_instalments(
        [InstalmentDue(i.number, i.due_date, i.amount_cents) for i in plan.instalments], money
    )
    by_number = {m.number: m for m in result.instalments}
    for instalment in plan.instalments:
        match = by_number[instalment.number]
        instalment.paid_cents = match.paid_cents
        instalment.paid_on = match.paid_on
    return result


def _update_plan(session: Session, plan: PaymentPlan) -> None:
    result = match_plan(session, plan)
    old = PlanStatus(plan.status)
    new = next_plan_status(old, signed=plan.signed_on is not None, complete=result.complete)
    if new is not old:
        plan.status = new
        audit.record(session, f"payment_plan.{new.value}", "payment_plan", plan.id, old=old.value)


def after_payment_change(session: Session, client_id: int | None, today: date) -> None:
    """Promises and plans of one client, brought up to date inside the caller's session."""
    if client_id is None:
        return
    session.flush()
    rows = promise_rows(session, client_id=client_id, statuses=_PROMISE_LIVE)
    _settle_promises(session, rows, today)
    plans = session.scalars(
        select(PaymentPlan).where(
            PaymentPlan.client_id == client_id, PaymentPlan.status.in_(_PLAN_TRACKED)
        )
    )
    for plan in plans:
        _update_plan(session, plan)


def _with_agreements(session: Session, client_ids: Collection[int]) -> set[int]:
    """The clients among these with a promise or a payment plan (in any status): for any
    other client ``after_payment_change`` has nothing to bring up to date (it settles
    only promises and plans), so the import does not spend two queries on each of them."""
    ids, found = sorted(client_ids), set[int]()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            session.scalars(select(Agreement.client_id).where(Agreement.client_id.in_(chunk)))
        )
        found.update(
            session.scalars(select(PaymentPlan.client_id).where(PaymentPlan.client_id.in_(chunk)))
        )
    return found


def after_payments(session: Session, client_ids: Collection[int], today: date) -> None:
    """``after_payment_change`` for each of these clients that has something to bring up
    to date (an import's thousands, of which few have a promise or plan)."""
    for client_id in sorted(_with_agreements(session, client_ids)):
        after_payment_change(session, client_id, today)


def cancel_open_promises(
    session: Session, invoice_ids: Collection[int], day: date, replaced_by: str
) -> None:
    """A new promise or a plan about an invoice replaces the open promises about it."""
    linked = select(agreement_invoices.c.agreement_id).where(
        agreement_invoices.c.invoice_id.in_(invoice_ids)
    )
    open_ones = select(Agreement).where(Agreement.id.in_(linked), Agreement.status == "open")
    for agreement in session.scalars(open_ones):
        agreement.status, agreement.resolved_on = PromiseStatus.CANCELLED, day
        audit.record(
            session, "agreement.cancelled", "agreement", agreement.id, replaced_by=replaced_by
        )


def refresh_client(session: Session, client_id: int, today: date) -> None:
    """The same, for a service that changed a client's promises or plans."""
    after_payment_change(session, client_id, today)


def refresh_collection_state(db: Database, as_of: date) -> RefreshResult:
    """Bring every open promise and every plan up to date as of a day (one transaction).

    Open promises whose day has passed become broken (or kept, or cancelled); plans are
    matched again, which also catches payments written by a path that bypassed the hook.
    """
    with db.transaction() as session:
        result = _settle_promises(session, promise_rows(session, statuses=("open",)), as_of)
        plans = session.scalars(select(PaymentPlan).where(PaymentPlan.status.in_(_PLAN_TRACKED)))
        for plan in plans:
            _update_plan(session, plan)
        return result
