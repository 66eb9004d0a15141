"""The rows behind a client's timeline: one query per kind of record, never one per row.

Every function takes the client id and returns plain rows; ``services/timeline.py`` turns
them into events. Plain SQLAlchemy only, so the same queries run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, Table, select
from sqlalchemy.orm import Session

from debiteur_desk.store.models import (
    Agreement,
    BankLine,
    ContactEvent,
    CreditNote,
    Dispute,
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


class InvoiceFacts(NamedTuple):
    id: int
    number: str
    invoice_date: date
    due_date: date
    sent_on: date | None
    sent_via: str | None
    sent_to: str
    amount_cents: int
    description: str
    written_off_cents: int
    written_off_on: date | None
    write_off_reason: str


class PaymentFacts(NamedTuple):
    id: int
    received_on: date
    amount_cents: int
    unallocated_cents: int
    method: str
    counterparty_name: str
    description: str
    counterparty_iban: str
    matched_by: str | None  # how an imported bank line was matched ("" / None: typed in)
    invoice_numbers: tuple[str, ...]


class CreditNoteFacts(NamedTuple):
    id: int
    number: str
    issued_on: date
    amount_cents: int
    reason: str
    invoice_id: int
    invoice_number: str


class DisputeFacts(NamedTuple):
    id: int
    opened_on: date
    reason: str
    note: str
    resolved_on: date | None
    outcome: str | None
    resolution_note: str
    invoice_id: int
    invoice_number: str


class LetterFacts(NamedTuple):
    id: int
    kind: str
    created_at: datetime
    sent_on: date | None
    sent_via: str | None
    tracking_number: str
    file_path: str
    invoice_numbers: tuple[str, ...]


class ContactFacts(NamedTuple):
    id: int
    kind: str
    occurred_at: datetime
    contact_name: str
    phone_number: str
    outcome: str
    reason: str
    notes: str


class AgreementFacts(NamedTuple):
    id: int
    created_at: datetime
    promised_cents: int
    promised_by: date
    status: str
    resolved_on: date | None
    notes: str
    invoice_numbers: tuple[str, ...]


class PlanFacts(NamedTuple):
    id: int
    status: str
    created_at: datetime
    signed_on: date | None
    total_cents: int
    frequency: str
    notes: str
    invoice_numbers: tuple[str, ...]


class ReversalFacts(NamedTuple):
    """A bank line that took an earlier payment of the client back (a storno)."""

    id: int
    booking_date: date
    amount_cents: int  # what was taken back, positive
    counterparty_name: str
    counterparty_iban: str
    return_reason: str  # the bank's code (MD06, AC04, …), often empty
    remittance: str


class InstalmentFacts(NamedTuple):
    id: int
    plan_id: int
    number: int
    due_date: date
    amount_cents: int
    paid_cents: int
    paid_on: date | None


def _numbers_by_owner(
    session: Session, link: Table, owner_column: str, owner_ids: Select[Any]
) -> dict[int, tuple[str, ...]]:
    """Which invoice numbers each letter, agreement or plan of the client names (one query)."""
    owner = link.c[owner_column]
    rows = session.execute(
        select(owner, Invoice.number)
        .join(Invoice, Invoice.id == link.c.invoice_id)
        .where(owner.in_(owner_ids))
        .order_by(owner, Invoice.number)
    )
    numbers: dict[int, list[str]] = defaultdict(list)
    for owner_id, number in rows:
        numbers[owner_id].append(number)
    return {key: tuple(value) for key, value in numbers.items()}


def client_invoices(session: Session, client_id: int) -> list[InvoiceFacts]:
    query = select(
        Invoice.id,
        Invoice.number,
        Invoice.invoice_date,
        Invoice.due_date,
        Invoice.sent_on,
        Invoice.sent_via,
        Invoice.sent_to,
        Invoice.amount_cents,
        Invoice.description,
        Invoice.written_off_cents,
        Invoice.written_off_on,
        Invoice.write_off_reason,
    ).where(Invoice.client_id == client_id)
    return [InvoiceFacts(*row) for row in session.execute(query)]  # type: ignore[call-arg]  # the query's columns are the fields, in order


def client_payments(session: Session, client_id: int) -> list[PaymentFacts]:
    """The client's payments, with the invoice numbers each one paid (two queries)."""
    payments = session.execute(
        select(
            Payment.id,
            Payment.received_on,
            Payment.amount_cents,
            Payment.unallocated_cents,
            Payment.method,
            Payment.counterparty_name,
            Payment.description,
            Payment.counterparty_iban,
            BankLine.reason,
        )
        .outerjoin(BankLine, BankLine.payment_id == Payment.id)
        .where(Payment.client_id == client_id)
    ).all()
    numbers: dict[int, list[str]] = defaultdict(list)
    for payment_id, number in session.execute(
        select(PaymentAllocation.payment_id, Invoice.number)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(Payment.client_id == client_id)
        .order_by(PaymentAllocation.payment_id, Invoice.number)
    ):
        numbers[payment_id].append(number)
    return [PaymentFacts(*row, tuple(numbers.get(row[0], ()))) for row in payments]


def client_reversals(session: Session, client_id: int) -> list[ReversalFacts]:
    query = select(
        BankLine.id,
        BankLine.booking_date,
        -BankLine.amount_cents,
        BankLine.counterparty_name,
        BankLine.counterparty_iban,
        BankLine.return_reason,
        BankLine.remittance,
    ).where(BankLine.client_id == client_id, BankLine.reversal.is_(True))
    return [ReversalFacts(*row) for row in session.execute(query)]


def client_credit_notes(session: Session, client_id: int) -> list[CreditNoteFacts]:
    query = (
        select(
            CreditNote.id,
            CreditNote.number,
            CreditNote.issued_on,
            CreditNote.amount_cents,
            CreditNote.reason,
            Invoice.id,
            Invoice.number,
        )
        .join(Invoice, Invoice.id == CreditNote.invoice_id)
        .where(Invoice.client_id == client_id)
    )
    return [CreditNoteFacts(*row) for row in session.execute(query)]


def client_disputes(session: Session, client_id: int) -> list[DisputeFacts]:
    query = (
        select(
            Dispute.id,
            Dispute.opened_on,
            Dispute.reason,
            Dispute.note,
            Dispute.resolved_on,
            Dispute.outcome,
            Dispute.resolution_note,
            Invoice.id,
            Invoice.number,
        )
        .join(Invoice, Invoice.id == Dispute.invoice_id)
        .where(Invoice.client_id == client_id)
    )
    return [DisputeFacts(*row) for row in session.execute(query)]


def client_letters(session: Session, client_id: int) -> list[LetterFacts]:
    rows = session.execute(
        select(
            Letter.id,
            Letter.kind,
            Letter.created_at,
            Letter.sent_on,
            Letter.sent_via,
            Letter.tracking_number,
            Letter.file_path,
        ).where(Letter.client_id == client_id)
    ).all()
    ids = select(Letter.id).where(Letter.client_id == client_id)
    numbers = _numbers_by_owner(session, letter_invoices, "letter_id", ids) if rows else {}
    return [LetterFacts(*row, numbers.get(row[0], ())) for row in rows]


def client_contacts(session: Session, client_id: int) -> list[ContactFacts]:
    query = select(
        ContactEvent.id,
        ContactEvent.kind,
        ContactEvent.occurred_at,
        ContactEvent.contact_name,
        ContactEvent.phone_number,
        ContactEvent.outcome,
        ContactEvent.reason,
        ContactEvent.notes,
    ).where(ContactEvent.client_id == client_id)
    return [ContactFacts(*row) for row in session.execute(query)]


def client_agreements(session: Session, client_id: int) -> list[AgreementFacts]:
    rows = session.execute(
        select(
            Agreement.id,
            Agreement.created_at,
            Agreement.promised_cents,
            Agreement.promised_by,
            Agreement.status,
            Agreement.resolved_on,
            Agreement.notes,
        ).where(Agreement.client_id == client_id)
    ).all()
    ids = select(Agreement.id).where(Agreement.client_id == client_id)
    numbers = _numbers_by_owner(session, agreement_invoices, "agreement_id", ids) if rows else {}
    return [AgreementFacts(*row, numbers.get(row[0], ())) for row in rows]


def client_plans(session: Session, client_id: int) -> tuple[list[PlanFacts], list[InstalmentFacts]]:
    """The client's payment plans and all their instalments (three queries in all)."""
    rows = session.execute(
        select(
            PaymentPlan.id,
            PaymentPlan.status,
            PaymentPlan.created_at,
            PaymentPlan.signed_on,
            PaymentPlan.total_cents,
            PaymentPlan.frequency,
            PaymentPlan.notes,
        ).where(PaymentPlan.client_id == client_id)
    ).all()
    if not rows:
        return [], []
    ids = select(PaymentPlan.id).where(PaymentPlan.client_id == client_id)
    numbers = _numbers_by_owner(session, payment_plan_invoices, "payment_plan_id", ids)
    instalments = session.execute(
        select(
            Instalment.id,
            Instalment.plan_id,
            Instalment.number,
            Instalment.due_date,
            Instalment.amount_cents,
            Instalment.paid_cents,
            Instalment.paid_on,
        ).where(Instalment.plan_id.in_(ids))
    )
    return (
        [PlanFacts(*row, numbers.get(row[0], ())) for row in rows],
        [InstalmentFacts(*row) for row in instalments],
    )
