"""Disputes: mark an invoice contested, and resolve it (``domain/disputes.py``).

An open dispute sets ``Invoice.disputed``; from then on the worklist holds the invoice out
of every collection track (``domain/escalation.py``) and no reminder or demand may name
it (``domain/letter_rules.py``). Resolving it clears the flag: upheld, a credit note or a
write-off takes away what is open (the same code as those actions on their own, in
``services/invoices.py``); rejected, the invoice goes back on the ladder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.disputes import DisputeOutcome, DisputeReason
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services import audit
from debiteur_desk.services.invoices import add_credit_note_in, write_off_in
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Dispute, Invoice


@dataclass(frozen=True)
class OpenDispute:
    """The dispute open on an invoice, for the dialog that resolves it."""

    invoice_id: int
    opened_on: date
    reason: DisputeReason
    note: str


def _invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=invoice_id)
    return invoice


def _reason(reason: str) -> DisputeReason:
    try:
        return DisputeReason(reason)
    except ValueError:
        raise InvalidInput("dispute_reason_unknown", text=reason) from None


def _outcome(outcome: str) -> DisputeOutcome:
    try:
        return DisputeOutcome(outcome)
    except ValueError:
        raise InvalidInput("dispute_outcome_unknown", text=outcome) from None


def _not_in_future(day: date) -> None:
    if day > clock.today():
        raise InvalidInput("dispute_date_future", date=day)


def _open_record(session: Session, invoice_id: int) -> Dispute | None:
    return session.scalar(
        select(Dispute)
        .where(Dispute.invoice_id == invoice_id, Dispute.resolved_on.is_(None))
        .order_by(Dispute.id.desc())
        .limit(1)
    )


def open_dispute(
    db: Database, invoice_id: int, opened_on: date, reason: str, note: str = ""
) -> int:
    """Mark an invoice disputed from ``opened_on``: it leaves the collection ladder."""
    with db.transaction() as session:
        return open_dispute_in(session, _invoice(session, invoice_id), opened_on, reason, note).id


def open_dispute_in(
    session: Session, invoice: Invoice, opened_on: date, reason: str, note: str = ""
) -> Dispute:
    """``open_dispute`` inside the caller's transaction (a phone call can raise one)."""
    code = _reason(reason)
    limits.NOTES.check(note.strip())
    if invoice.disputed:
        raise RuleViolation("dispute_already_open", number=invoice.number)
    if invoice.open_cents <= 0:
        raise RuleViolation("dispute_invoice_not_open", number=invoice.number)
    if opened_on < invoice.invoice_date:
        raise InvalidInput(
            "dispute_before_invoice", number=invoice.number, date=invoice.invoice_date
        )
    _not_in_future(opened_on)
    dispute = Dispute(
        invoice_id=invoice.id,
        opened_on=opened_on,
        reason=code,
        note=note.strip(),
        resolution_note="",
    )
    session.add(dispute)
    invoice.disputed = True
    session.flush()
    audit.record(
        session,
        "dispute.open",
        "invoice",
        invoice.id,
        dispute=dispute.id,
        opened_on=opened_on,
        reason=code.value,
        note=dispute.note,
    )
    return dispute


def resolve_dispute(
    db: Database,
    invoice_id: int,
    resolved_on: date,
    outcome: str,
    note: str = "",
    credit_note_number: str | None = None,
) -> int:
    """End the open dispute on an invoice.

    Upheld with a credit note (``credit_note_number`` required) or a write-off (``note``
    required: it is the write-off's reason), for everything still open; rejected, the
    invoice goes back on the collection ladder.
    """
    code = _outcome(outcome)
    limits.NOTES.check(note.strip())
    with db.transaction() as session:
        invoice = _invoice(session, invoice_id)
        if not invoice.disputed:
            raise RuleViolation("dispute_not_open", number=invoice.number)
        dispute = _open_record(session, invoice_id)
        if dispute is None:  # marked disputed before disputes had their own record
            dispute = Dispute(
                invoice_id=invoice.id,
                opened_on=resolved_on,
                reason=DisputeReason.OTHER,
                note="",
                resolution_note="",
            )
            session.add(dispute)
        if resolved_on < dispute.opened_on:
            raise InvalidInput("dispute_resolved_before_opened", date=dispute.opened_on)
        _not_in_future(resolved_on)
        open_cents = invoice.open_cents
        if code is not DisputeOutcome.REJECTED and open_cents <= 0:
            raise RuleViolation("dispute_nothing_open", number=invoice.number)
        # The flag goes first: what follows re-reads the client's promises and plans.
        invoice.disputed = False
        dispute.resolved_on = resolved_on
        dispute.outcome = code
        dispute.resolution_note = note.strip()
        if code is DisputeOutcome.UPHELD_CREDIT_NOTE:
            add_credit_note_in(
                session,
                invoice.id,
                credit_note_number or "",
                resolved_on,
                from_cents(open_cents),
                note.strip(),
            )
        elif code is DisputeOutcome.UPHELD_WRITE_OFF:
            write_off_in(session, invoice.id, resolved_on, note)
        session.flush()
        audit.record(
            session,
            "dispute.resolve",
            "invoice",
            invoice.id,
            dispute=dispute.id,
            resolved_on=resolved_on,
            outcome=code.value,
            amount_cents=0 if code is DisputeOutcome.REJECTED else open_cents,
            note=dispute.resolution_note,
        )
        return dispute.id


def open_dispute_of(db: Database, invoice_id: int) -> OpenDispute | None:
    """The dispute open on an invoice now (``None``: none, or one from before the record)."""
    with db.reading() as session:
        dispute = _open_record(session, invoice_id)
        if dispute is None:
            return None
        return OpenDispute(invoice_id, dispute.opened_on, dispute.reason, dispute.note)
