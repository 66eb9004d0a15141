"""Past imports, and undoing one as a whole (issue 12): its payments, its bank lines, the
invoices, credit notes, opening balances and clients it brought, as long as nothing made
later depends on them. Values an import changed on invoices the book already had (only
after the user confirmed them) stay as they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import NotFound, RuleViolation
from debiteur_desk.services import audit
from debiteur_desk.services.invoice_import import OPENING_BALANCE
from debiteur_desk.services.ledger import refresh_open_amount
from debiteur_desk.services.payments import delete_payment_in
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import (
    BankLine,
    Client,
    ContactEvent,
    CreditNote,
    ImportBatch,
    Invoice,
    Letter,
    Payment,
    PaymentAllocation,
    letter_invoices,
)
from debiteur_desk.store.types import utcnow


@dataclass(frozen=True)
class ImportSummary:
    id: int
    kind: str
    file_name: str
    imported_at: datetime
    undone: bool
    lines: int  # bank lines or invoices it brought
    booked: int  # payments it booked (statements)


def list_imports(db: Database) -> list[ImportSummary]:
    with db.reading() as session:
        lines = dict(
            session.execute(
                select(BankLine.batch_id, func.count()).group_by(BankLine.batch_id)
            ).all()
        )
        booked = dict(
            session.execute(
                select(BankLine.batch_id, func.count())
                .where(BankLine.payment_id.is_not(None))
                .group_by(BankLine.batch_id)
            ).all()
        )
        invoices = dict(
            session.execute(
                select(Invoice.import_batch_id, func.count()).group_by(Invoice.import_batch_id)
            ).all()
        )
        return [
            ImportSummary(b.id, b.kind, b.file_name, b.imported_at, b.undone_at is not None,
                          lines.get(b.id, 0) + invoices.get(b.id, 0), booked.get(b.id, 0))
            for b in session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        ]  # fmt: skip


def _dependants(session: Session, batch_id: int) -> list[str]:
    """What keeps the batch: payments from elsewhere or letters on its invoices, and
    reversals in it (the payment a reversal took back is not put back by an undo)."""
    invoice_ids = select(Invoice.id).where(Invoice.import_batch_id == batch_id)
    batch_payments = (
        select(BankLine.payment_id)
        .where(BankLine.batch_id == batch_id, BankLine.payment_id.is_not(None))
        .union(_opening_balances(batch_id))
    )
    credited = session.scalars(
        select(Invoice.number)
        .join(CreditNote, CreditNote.invoice_id == Invoice.id)
        .where(
            Invoice.id.in_(invoice_ids),
            (CreditNote.import_batch_id != batch_id) | CreditNote.import_batch_id.is_(None),
        )
    ).all()
    paid = session.scalars(
        select(Invoice.number).join(PaymentAllocation, PaymentAllocation.invoice_id == Invoice.id)
        .where(Invoice.id.in_(invoice_ids), PaymentAllocation.payment_id.not_in(batch_payments))
    ).all()  # fmt: skip
    lettered = session.scalars(
        select(Invoice.number).join(letter_invoices, letter_invoices.c.invoice_id == Invoice.id)
        .join(Letter, Letter.id == letter_invoices.c.letter_id).where(Invoice.id.in_(invoice_ids))
    ).all()  # fmt: skip
    reversed_elsewhere = session.scalars(
        select(BankLine.counterparty_name).where(
            BankLine.batch_id == batch_id, BankLine.state == "reversal", BankLine.reversal.is_(True)
        )
    ).all()
    return sorted(set(paid) | set(lettered) | set(credited)
                  | {f"({name})" for name in reversed_elsewhere})  # fmt: skip


def _opening_balances(batch_id: int) -> Select[int]:
    """The opening-balance payments on the invoices the batch brought."""
    return (
        select(Payment.id)
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(Invoice.import_batch_id == batch_id, Payment.method == OPENING_BALANCE)
    )


def _unused_clients(session: Session, batch_id: int) -> list[Client]:
    """The clients the batch created that nothing else refers to any more."""
    used = (
        select(Invoice.client_id).union(select(Payment.client_id), select(ContactEvent.client_id))
    ).subquery()
    return list(session.scalars(select(Client).where(
        Client.import_batch_id == batch_id, Client.id.not_in(select(used))
    )))  # fmt: skip


def undo_import(db: Database, batch_id: int) -> None:
    """Take a whole import back; refused (saying what depends on it) when later work
    rests on its invoices."""
    with db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise NotFound("import_not_found", id=batch_id)
        blocking = _dependants(session, batch_id)
        if blocking:
            raise RuleViolation("import_has_dependants", invoices=", ".join(blocking[:10]))
        for line in session.scalars(select(BankLine).where(BankLine.batch_id == batch_id)):
            if line.payment_id is not None:
                delete_payment_in(session, line.payment_id)
            session.delete(line)
        for payment_id in session.scalars(_opening_balances(batch_id)).all():
            delete_payment_in(session, payment_id)
        for note in session.scalars(
            select(CreditNote).where(CreditNote.import_batch_id == batch_id)
        ):
            invoice = note.invoice
            session.delete(note)
            session.flush()
            refresh_open_amount(invoice)
        for invoice in session.scalars(select(Invoice).where(Invoice.import_batch_id == batch_id)):
            session.delete(invoice)
        session.flush()
        for client in _unused_clients(session, batch_id):
            session.delete(client)
        batch.undone_at = utcnow()
        audit.record(session, "import.undo", "import_batch", batch_id)
