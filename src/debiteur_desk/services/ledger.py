"""User actions on the ledger: clients, invoices, payments, credit notes, write-offs.

Each public function is one user action in one transaction, with an audit entry.
``Invoice.paid_cents / credited_cents / open_cents`` are updated here and only here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.money import to_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.references import (
    validate_btw_id,
    validate_iban,
    validate_kvk,
    validate_postcode,
)
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, CreditNote, Invoice, Payment, PaymentAllocation


@dataclass(frozen=True)
class ClientInput:
    name: str
    kind: ClientKind
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    kvk: str = ""
    btw_id: str = ""
    iban: str = ""
    payment_term_days: int = 14
    language: str = "nl"
    notes: str = ""


@dataclass(frozen=True)
class InvoiceInput:
    number: str
    client_id: int
    invoice_date: date
    due_date: date
    amount: Decimal
    vat: Decimal = Decimal("0")
    description: str = ""
    kenmerk: str | None = None
    sent_on: date | None = None
    sent_via: str | None = None
    sent_to: str = ""


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


def normalised_client(data: ClientInput) -> ClientInput:
    """Validate and normalise what a user typed; raises :class:`InvalidInput`."""
    if not data.name.strip():
        raise InvalidInput("client_name_empty")
    if data.language not in ("nl", "en"):
        raise InvalidInput("language_unknown", text=data.language)
    if not 0 <= data.payment_term_days <= 365:
        raise InvalidInput("payment_term", days=data.payment_term_days)
    nl = data.country.upper() == "NL"
    return ClientInput(
        **{
            **data.__dict__,
            "name": data.name.strip(),
            "country": data.country.upper(),
            "postcode": validate_postcode(data.postcode) if nl and data.postcode else data.postcode,
            "kvk": validate_kvk(data.kvk) if data.kvk else "",
            "btw_id": validate_btw_id(data.btw_id) if data.btw_id else "",
            "iban": validate_iban(data.iban) if data.iban else "",
        }
    )


def add_client(db: Database, data: ClientInput) -> int:
    clean = normalised_client(data)
    with db.transaction() as session:
        client = Client(**{**clean.__dict__, "kind": clean.kind.value})
        session.add(client)
        session.flush()
        audit.record(session, "client.create", "client", client.id, name=client.name)
        return client.id


def _check_invoice(session: Session, data: InvoiceInput) -> None:
    if not data.number.strip():
        raise InvalidInput("invoice_number_empty")
    if data.amount <= 0:
        raise InvalidInput(
            "amount_zero" if data.amount == 0 else "amount_negative", text=str(data.amount)
        )
    if data.vat < 0 or data.vat > data.amount:
        raise InvalidInput("vat_out_of_range", text=str(data.vat))
    if data.due_date < data.invoice_date:
        raise InvalidInput("due_before_invoice_date")
    if session.get(Client, data.client_id) is None:
        raise NotFound("client_not_found", id=data.client_id)
    if session.scalar(select(Invoice.id).where(Invoice.number == data.number.strip())):
        raise InvalidInput("invoice_number_taken", number=data.number)


def add_invoice(db: Database, data: InvoiceInput) -> int:
    with db.transaction() as session:
        _check_invoice(session, data)
        amount = to_cents(data.amount)
        invoice = Invoice(
            number=data.number.strip(),
            client_id=data.client_id,
            invoice_date=data.invoice_date,
            due_date=data.due_date,
            amount_cents=amount,
            vat_cents=to_cents(data.vat),
            description=data.description,
            kenmerk=data.kenmerk,
            sent_on=data.sent_on,
            sent_via=data.sent_via,
            sent_to=data.sent_to,
            open_cents=amount,
        )
        session.add(invoice)
        session.flush()
        audit.record(
            session,
            "invoice.create",
            "invoice",
            invoice.id,
            number=invoice.number,
            amount_cents=amount,
        )
        return invoice.id


def refresh_open_amount(invoice: Invoice) -> None:
    """Recompute the kept totals of one invoice from its rows (inside the caller's session)."""
    invoice.paid_cents = sum(a.amount_cents for a in invoice.allocations)
    invoice.credited_cents = sum(c.amount_cents for c in invoice.credit_notes)
    invoice.open_cents = max(
        0,
        invoice.amount_cents
        - invoice.paid_cents
        - invoice.credited_cents
        - invoice.written_off_cents,
    )


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
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound("invoice_not_found", id=invoice_id)
        if data.client_id is not None and invoice.client_id != data.client_id:
            raise InvalidInput("allocation_other_client", number=invoice.number)
        cents = to_cents(amount)
        if cents <= 0:
            raise InvalidInput("amount_zero", text=str(amount))
        if cents > invoice.open_cents:
            raise InvalidInput("allocation_exceeds_open", number=invoice.number)
        plan.append((invoice, cents))
    return plan


def record_payment(db: Database, data: PaymentInput) -> int:
    """A payment, allocated to one or more invoices; what is left stays as credit."""
    cents = to_cents(data.amount)
    if cents <= 0:
        raise InvalidInput(
            "amount_zero" if cents == 0 else "amount_negative", text=str(data.amount)
        )
    with db.transaction() as session:
        if data.client_id is not None and session.get(Client, data.client_id) is None:
            raise NotFound("client_not_found", id=data.client_id)
        if data.allocations:
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
        session.flush()
        for invoice, _ in plan:
            refresh_open_amount(invoice)
        audit.record(
            session,
            "payment.record",
            "payment",
            payment.id,
            amount_cents=cents,
            allocations={inv.number: part for inv, part in plan},
        )
        return payment.id


def add_credit_note(
    db: Database, invoice_id: int, number: str, issued_on: date, amount: Decimal, reason: str = ""
) -> int:
    cents = to_cents(amount)
    if cents <= 0:
        raise InvalidInput("amount_zero", text=str(amount))
    with db.transaction() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound("invoice_not_found", id=invoice_id)
        if cents > invoice.open_cents:
            raise InvalidInput("credit_exceeds_open", number=invoice.number)
        note = CreditNote(
            number=number, invoice=invoice, issued_on=issued_on, amount_cents=cents, reason=reason
        )
        session.add(note)
        session.flush()
        refresh_open_amount(invoice)
        audit.record(
            session,
            "credit_note.create",
            "credit_note",
            note.id,
            invoice=invoice.number,
            amount_cents=cents,
        )
        return note.id


def write_off(db: Database, invoice_id: int, on: date, reason: str) -> None:
    """Write off what is still open on an invoice (e.g. bankruptcy); the reason is required."""
    if not reason.strip():
        raise InvalidInput("write_off_reason_empty")
    with db.transaction() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound("invoice_not_found", id=invoice_id)
        if invoice.open_cents <= 0:
            raise RuleViolation("nothing_to_write_off", number=invoice.number)
        invoice.written_off_cents = invoice.open_cents
        invoice.written_off_on = on
        invoice.write_off_reason = reason.strip()
        refresh_open_amount(invoice)
        audit.record(
            session,
            "invoice.write_off",
            "invoice",
            invoice.id,
            amount_cents=invoice.written_off_cents,
            reason=reason,
        )


@dataclass(frozen=True)
class LedgerMismatch:
    invoice_id: int
    number: str
    kept_open_cents: int
    computed_open_cents: int


def check_ledger(db: Database) -> list[LedgerMismatch]:
    """Compare each invoice's kept open amount with what its rows say (one query)."""
    paid = (
        select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_cents).label("s"))
        .group_by(PaymentAllocation.invoice_id)
        .subquery()
    )
    credited = (
        select(CreditNote.invoice_id, func.sum(CreditNote.amount_cents).label("s"))
        .group_by(CreditNote.invoice_id)
        .subquery()
    )
    computed = (
        Invoice.amount_cents
        - func.coalesce(paid.c.s, 0)
        - func.coalesce(credited.c.s, 0)
        - Invoice.written_off_cents
    )
    computed = (
        func.max(computed, 0) if db.engine.dialect.name == "sqlite" else func.greatest(computed, 0)
    )
    query = (
        select(Invoice.id, Invoice.number, Invoice.open_cents, computed)
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .outerjoin(credited, credited.c.invoice_id == Invoice.id)
        .where(Invoice.open_cents != computed)
        .order_by(Invoice.id)
    )
    with db.reading() as session:
        return [LedgerMismatch(*row) for row in session.execute(query)]
