"""User actions on payments: record one (allocated to invoices, the rest kept as credit),
delete one, and undo that delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain.dates import check_date
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.money import check_amount, to_cents
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.clients import existing_client_ids
from debiteur_desk.services.invoice_lookup import client_invoice
from debiteur_desk.services.ledger import (
    KeptTotals,
    refresh_open_amount,
    store_totals,
    totals_from_rows,
)
from debiteur_desk.store.bulk import insert_returning_ids, insert_rows
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, Payment, PaymentAllocation
from debiteur_desk.store.types import utcnow


@dataclass(frozen=True)
class PaymentInput:
    received_on: date
    amount: Decimal
    client_id: int | None = None
    # (invoice id, amount); empty = oldest open invoices of the client first
    allocations: Sequence[tuple[int, Decimal]] = field(default_factory=tuple)
    method: str = "bank"
    counterparty_name: str = ""
    counterparty_iban: str = ""
    description: str = ""
    bank_reference: str | None = None
    # All of it stays as the client's credit, e.g. money meant for a payment plan's
    # instalments, which must not pay off the oldest invoices outside the plan.
    keep_as_credit: bool = False


def _auto_allocations(session: Session, client_id: int, cents: int) -> list[tuple[Invoice, int]]:
    """Oldest due first, as art. 6:43 BW suggests when the debtor designates nothing."""
    invoices = session.scalars(
        select(Invoice)
        .where(Invoice.client_id == client_id, Invoice.open_cents > 0)
        .order_by(Invoice.due_date, Invoice.id)
    )
    plan: list[tuple[Invoice, int]] = []
    for invoice in invoices:
        if cents <= 0:
            break
        part = min(cents, invoice.open_cents)
        plan.append((invoice, part))
        cents -= part
    return plan


def _explicit_allocations(session: Session, data: PaymentInput) -> list[tuple[Invoice, int]]:
    plan = []
    for invoice_id, amount in data.allocations:
        invoice = client_invoice(
            session, invoice_id, data.client_id, other_client="allocation_other_client"
        )
        cents = to_cents(amount)
        if cents <= 0:
            raise InvalidInput("amount_zero", text=str(amount))
        if cents > invoice.open_cents:
            raise InvalidInput("allocation_exceeds_open", number=invoice.number)
        plan.append((invoice, cents))
    return plan


def record_payment(db: Database, data: PaymentInput) -> int:
    """A payment, allocated to one or more invoices; what is left stays as credit."""
    with db.transaction() as session:
        return record_payment_in(session, data)


def record_payment_in(session: Session, data: PaymentInput, *, settle: bool = True) -> int:
    """``record_payment`` inside a transaction the caller holds (an import books many).

    ``settle=False``: the caller brings the client's promises and plans up to date itself
    (``collection_state.after_payment_change``) once it has booked all its payments."""
    cents = _checked_cents(data)
    if data.client_id is not None and session.get(Client, data.client_id) is None:
        raise NotFound("client_not_found", id=data.client_id)
    payment, plan = _new_payment(session, data, cents)
    session.flush()
    for invoice, _ in plan:
        refresh_open_amount(invoice)
    if settle:  # promises kept or broken, instalments matched: same transaction (issue 4)
        collection_state.after_payment_change(session, payment.client_id, clock.today())
    _audit_recorded(session, payment, plan)
    return payment.id


def record_payments_in(session: Session, inputs: Sequence[PaymentInput]) -> list[int]:
    """Many payments inside a transaction the caller holds (a bank statement's thousands),
    as ``record_payment_in(..., settle=False)`` one after the other would record them: the
    same checks (each against what the payments before it left open, with the same
    errors), rows, kept totals and audit rows, in the same order; but read in a few
    queries and written in a few statements, without the ORM's per-row work. The kept
    totals go through ``ledger`` (``totals_from_rows``, ``store_totals``). Returns the
    payments' ids in the order given. The caller settles the clients' promises and plans
    (``collection_state.after_payment_change``) once it has booked all its payments.

    Only payments allocated as given or kept as credit: one to allocate automatically
    (oldest first) reads what the payments before it left open, so then all are recorded
    one by one."""
    if any(not data.allocations and not data.keep_as_credit for data in inputs):
        return [record_payment_in(session, data, settle=False) for data in inputs]
    client_ids = {data.client_id for data in inputs if data.client_id is not None}
    known = existing_client_ids(session, client_ids)
    totals = totals_from_rows(session, {i for data in inputs for i, _ in data.allocations})
    rows, plans = [], []
    for data in inputs:
        cents = _checked_cents(data)
        if data.client_id is not None and data.client_id not in known:
            raise NotFound("client_not_found", id=data.client_id)
        if data.keep_as_credit and (data.allocations or data.client_id is None):
            raise InvalidInput("credit_needs_client_only")
        plan = [] if data.keep_as_credit else _checked_plan(totals, data)
        allocated = sum(part for _, part in plan)
        if allocated > cents:
            raise InvalidInput("allocations_exceed_payment")
        for invoice_id, part in plan:
            totals[invoice_id].add_paid(part)
        client_id = data.client_id
        if client_id is None and plan:
            client_id = totals[plan[0][0]].client_id
        rows.append({
            "client_id": client_id,
            "received_on": data.received_on,
            "amount_cents": cents,
            "method": data.method,
            "counterparty_name": data.counterparty_name,
            "counterparty_iban": data.counterparty_iban,
            "description": data.description,
            "bank_reference": data.bank_reference,
            "unallocated_cents": cents - allocated,
            "created_at": utcnow(),
        })  # fmt: skip
        plans.append(plan)
    if not rows:
        return []
    ids = insert_returning_ids(session, Payment, rows)
    allocations = [
        {"payment_id": payment_id, "invoice_id": invoice_id, "amount_cents": part}
        for payment_id, plan in zip(ids, plans, strict=True)
        for invoice_id, part in plan
    ]
    if allocations:
        insert_rows(session, PaymentAllocation, allocations)
    store_totals(session, {i: totals[i] for plan in plans for i, _ in plan})
    audit.record_many(session, "payment.record", "payment", (
        (payment_id, {"amount_cents": row["amount_cents"],
                      "allocations": {totals[i].number: part for i, part in plan}})
        for payment_id, row, plan in zip(ids, rows, plans, strict=True)
    ))  # fmt: skip
    return ids


def _checked_plan(totals: Mapping[int, KeptTotals], data: PaymentInput) -> list[tuple[int, int]]:
    """``_explicit_allocations`` against the totals as the payments before left them."""
    plan = []
    for invoice_id, amount in data.allocations:
        invoice = totals.get(invoice_id)
        if invoice is None:
            raise NotFound("invoice_not_found", id=invoice_id)
        if data.client_id is not None and invoice.client_id != data.client_id:
            raise InvalidInput("allocation_other_client", number=invoice.number)
        cents = to_cents(amount)
        if cents <= 0:
            raise InvalidInput("amount_zero", text=str(amount))
        if cents > invoice.open_cents:
            raise InvalidInput("allocation_exceeds_open", number=invoice.number)
        plan.append((invoice_id, cents))
    return plan


def _checked_cents(data: PaymentInput) -> int:
    """The amount in cents, after the domain's rules for an amount and a date."""
    check_date(data.received_on)
    return to_cents(check_amount(data.amount))


def _new_payment(
    session: Session, data: PaymentInput, cents: int
) -> tuple[Payment, list[tuple[Invoice, int]]]:
    """The payment (added to the session, not flushed) and its allocations, checked."""
    if data.keep_as_credit:
        if data.allocations or data.client_id is None:
            raise InvalidInput("credit_needs_client_only")
        plan = []
    elif data.allocations:
        plan = _explicit_allocations(session, data)
    elif data.client_id is not None:
        plan = _auto_allocations(session, data.client_id, cents)
    else:
        plan = []
    allocated = sum(part for _, part in plan)
    if allocated > cents:
        raise InvalidInput("allocations_exceed_payment")
    payment = Payment(
        client_id=data.client_id
        if data.client_id is not None
        else (plan[0][0].client_id if plan else None),
        received_on=data.received_on,
        amount_cents=cents,
        method=data.method,
        counterparty_name=data.counterparty_name,
        counterparty_iban=data.counterparty_iban,
        description=data.description,
        bank_reference=data.bank_reference,
        unallocated_cents=cents - allocated,
    )
    session.add(payment)
    for invoice, part in plan:
        payment.allocations.append(PaymentAllocation(invoice=invoice, amount_cents=part))
    return payment, plan


def _audit_recorded(session: Session, payment: Payment, plan: list[tuple[Invoice, int]]) -> None:
    audit.record(
        session,
        "payment.record",
        "payment",
        payment.id,
        amount_cents=payment.amount_cents,
        allocations={inv.number: part for inv, part in plan},
    )


@dataclass(frozen=True)
class DeletedPayment:
    """Everything needed to put a deleted payment back exactly as it was."""

    row: dict[str, Any]
    allocations: tuple[tuple[int, int], ...]  # (invoice id, cents)


_PAYMENT_FIELDS = (
    "id",
    "client_id",
    "received_on",
    "amount_cents",
    "method",
    "counterparty_name",
    "counterparty_iban",
    "description",
    "bank_reference",
    "unallocated_cents",
    "created_at",
)


def delete_payment(db: Database, payment_id: int) -> DeletedPayment:
    """Remove a payment and its allocations; the invoices it paid are open again."""
    with db.transaction() as session:
        return delete_payment_in(session, payment_id)


def delete_payment_in(session: Session, payment_id: int) -> DeletedPayment:
    """``delete_payment`` inside a transaction the caller holds (undoing an import)."""
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFound("payment_not_found", id=payment_id)
    snapshot = DeletedPayment(
        {name: getattr(payment, name) for name in _PAYMENT_FIELDS},
        tuple((a.invoice_id, a.amount_cents) for a in payment.allocations),
    )
    invoices = [a.invoice for a in payment.allocations]
    session.delete(payment)
    session.flush()
    for invoice in invoices:
        session.refresh(invoice, ["allocations"])
        refresh_open_amount(invoice)
    # promises kept or broken, instalments matched: same transaction (issue 4)
    collection_state.after_payment_change(session, snapshot.row["client_id"], clock.today())
    audit.record(
        session, "payment.delete", "payment", payment_id, amount_cents=snapshot.row["amount_cents"]
    )
    return snapshot


def restore_payment(db: Database, snapshot: DeletedPayment) -> int:
    """Undo :func:`delete_payment`, if the invoices still have that much open."""
    with db.transaction() as session:
        # A new id: SQLite may already have given the old one to a later payment.
        payment = Payment(**{k: v for k, v in snapshot.row.items() if k != "id"})
        session.add(payment)
        for invoice_id, cents in snapshot.allocations:
            invoice = session.get(Invoice, invoice_id)
            if invoice is None or invoice.open_cents < cents:
                raise InvalidInput("undo_no_longer_possible")
            payment.allocations.append(PaymentAllocation(invoice=invoice, amount_cents=cents))
        session.flush()
        for allocation in payment.allocations:
            refresh_open_amount(allocation.invoice)
        # promises kept or broken, instalments matched: same transaction (issue 4)
        collection_state.after_payment_change(session, payment.client_id, clock.today())
        audit.record(session, "payment.restore", "payment", payment.id)
        return payment.id


def apply_credit(db: Database, client_id: int) -> int:
    """The client's credit (money received but allocated to nothing) pays its open
    invoices: the oldest money first, to the invoice due first. Returns the cents applied."""
    with db.transaction() as session:
        if session.get(Client, client_id) is None:
            raise NotFound("client_not_found", id=client_id)
        payments = session.scalars(
            select(Payment)
            .where(Payment.client_id == client_id, Payment.unallocated_cents > 0)
            .order_by(Payment.received_on, Payment.id)
        ).all()
        applied: dict[str, int] = {}
        for payment in payments:
            plan = _auto_allocations(session, client_id, payment.unallocated_cents)
            by_invoice = {a.invoice_id: a for a in payment.allocations}
            for invoice, part in plan:
                if invoice.id in by_invoice:  # one allocation per payment and invoice
                    by_invoice[invoice.id].amount_cents += part
                else:
                    payment.allocations.append(
                        PaymentAllocation(invoice=invoice, amount_cents=part)
                    )
                payment.unallocated_cents -= part
                applied[invoice.number] = applied.get(invoice.number, 0) + part
            session.flush()
            for invoice, _ in plan:
                refresh_open_amount(invoice)
        if not applied:
            raise RuleViolation("no_credit_to_apply")
        collection_state.after_payment_change(session, client_id, clock.today())
        audit.record(session, "payment.apply_credit", "client", client_id, allocations=applied)
        return sum(applied.values())
