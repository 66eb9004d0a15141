"""User actions on invoices: add, change, delete (with undo), credit notes and write-offs.
Disputes are in ``services/disputes.py``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.dates import check_date
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.invoice_numbers import next_invoice_number
from debiteur_desk.domain.money import check_amount, from_cents, to_cents
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.clients import existing_client_ids
from debiteur_desk.services.concurrent_edits import refuse_if_changed
from debiteur_desk.services.ledger import refresh_open_amount
from debiteur_desk.store.bulk import insert_returning_ids
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import (
    Client,
    CreditNote,
    Dispute,
    Invoice,
    Payment,
    PaymentAllocation,
    agreement_invoices,
    letter_invoices,
    payment_plan_invoices,
)


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


# InvoiceInput attribute -> how long its text may be (the dialog's maxLength too).
TEXT_LIMITS: dict[str, limits.TextLimit] = {
    "number": limits.INVOICE_NUMBER,
    "description": limits.DESCRIPTION,
    "kenmerk": limits.PAYMENT_REFERENCE,
    "sent_to": limits.SENT_TO,
}


def cleaned_invoice(data: InvoiceInput) -> InvoiceInput:
    """The texts as they are stored (``TextLimit.clean``), each checked against its limit;
    the amounts and dates checked by the domain's one rule for each."""
    texts: dict[str, Any] = {
        field: limit.clean(getattr(data, field) or "") for field, limit in TEXT_LIMITS.items()
    }
    if not texts["number"]:
        raise InvalidInput("invoice_number_empty")
    check_amount(data.amount)
    check_amount(data.vat, allow_zero=True)
    for day in (data.invoice_date, data.due_date, data.sent_on):
        if day is not None:
            check_date(day)
    return replace(data, **{**texts, "kenmerk": texts["kenmerk"] or None})


def checked_invoice(data: InvoiceInput) -> InvoiceInput:
    """``cleaned_invoice``, and the rules between its values (no book needed)."""
    data = cleaned_invoice(data)
    if data.vat > data.amount:
        raise InvalidInput("vat_out_of_range", text=str(data.vat))
    if data.due_date < data.invoice_date:
        raise InvalidInput("due_before_invoice_date")
    return data


def _check_invoice(session: Session, data: InvoiceInput, invoice_id: int | None = None) -> None:
    """``data`` as ``checked_invoice`` left it, checked against the book."""
    if session.get(Client, data.client_id) is None:
        raise NotFound("client_not_found", id=data.client_id)
    same_number = session.scalar(select(Invoice.id).where(Invoice.number == data.number.strip()))
    if same_number is not None and same_number != invoice_id:
        raise InvalidInput("invoice_number_taken", number=data.number)


def _columns(data: InvoiceInput) -> dict[str, Any]:
    """The invoice's columns as ``data`` gives them."""
    return {
        "number": data.number.strip(),
        "client_id": data.client_id,
        "invoice_date": data.invoice_date,
        "due_date": data.due_date,
        "amount_cents": to_cents(data.amount),
        "vat_cents": to_cents(data.vat),
        "description": data.description,
        "kenmerk": data.kenmerk or None,
        "sent_on": data.sent_on,
        "sent_via": data.sent_via,
        "sent_to": data.sent_to,
    }


def _apply(invoice: Invoice, data: InvoiceInput) -> None:
    for column, value in _columns(data).items():
        setattr(invoice, column, value)


def add_invoice(db: Database, data: InvoiceInput) -> int:
    with db.transaction() as session:
        return add_invoice_in(session, data).id


def add_invoice_in(session: Session, data: InvoiceInput) -> Invoice:
    """``add_invoice`` inside the caller's transaction."""
    data = checked_invoice(data)
    _check_invoice(session, data)
    invoice = Invoice(paid_cents=0, credited_cents=0, written_off_cents=0)
    _apply(invoice, data)
    invoice.open_cents = invoice.amount_cents
    session.add(invoice)
    session.flush()
    audit.record(
        session,
        "invoice.create",
        "invoice",
        invoice.id,
        number=invoice.number,
        amount_cents=invoice.amount_cents,
    )
    return invoice


def add_invoices_in(
    session: Session, checked: Sequence[InvoiceInput], *, import_batch_id: int | None = None
) -> list[int]:
    """Many invoices inside the caller's transaction (an export's tens of thousands), as
    ``add_invoice_in`` one after the other would add them: the same rows and audit rows,
    but read in a few queries and written in a few statements. Their ids, in order.

    ``checked``: each as ``checked_invoice`` returned it (the caller checks each itself,
    to say which row of its file is wrong). Here the book is checked: ``InvalidInput``
    names the first number that is taken (in the book or twice here)."""
    numbers = [data.number for data in checked]
    twice = next((number for number, n in Counter(numbers).items() if n > 1), None)
    if twice is not None:
        raise InvalidInput("invoice_number_taken", number=twice)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        taken = session.scalars(select(Invoice.number).where(Invoice.number.in_(chunk))).first()
        if taken is not None:
            raise InvalidInput("invoice_number_taken", number=taken)
    client_ids = {data.client_id for data in checked}
    missing = client_ids - existing_client_ids(session, client_ids)
    if missing:
        raise NotFound("client_not_found", id=min(missing))
    rows = [
        {**_columns(data), "paid_cents": 0, "credited_cents": 0, "written_off_cents": 0,
         "open_cents": to_cents(data.amount), "import_batch_id": import_batch_id}
        for data in checked
    ]  # fmt: skip
    ids = insert_returning_ids(session, Invoice, rows)
    audit.record_many(session, "invoice.create", "invoice", (
        (invoice_id, {"number": row["number"], "amount_cents": row["amount_cents"]})
        for invoice_id, row in zip(ids, rows, strict=True)
    ))  # fmt: skip
    return ids


_RECENT_NUMBERS = 500  # the newest invoices looked at for the highest number


def suggested_invoice_number(db: Database) -> str | None:
    """The number a new invoice most likely gets: the highest so far + 1 (``None``: no
    invoice has a number ending in digits). Looks at the newest invoices and the highest
    number as text, so that a book of a million invoices answers at once."""
    with db.reading() as session:
        recent = session.scalars(
            select(Invoice.number).order_by(Invoice.id.desc()).limit(_RECENT_NUMBERS)
        ).all()
        highest_text = session.scalar(select(func.max(Invoice.number)))
    return next_invoice_number([*recent, *([highest_text] if highest_text else [])])


def _get(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=invoice_id)
    return invoice


def invoice_input_of(db: Database, invoice_id: int) -> InvoiceInput:
    """The invoice's current details, to fill an edit dialog."""
    with db.reading() as session:
        return _input_from(_get(session, invoice_id))


def _input_from(inv: Invoice) -> InvoiceInput:
    return InvoiceInput(
        inv.number,
        inv.client_id,
        inv.invoice_date,
        inv.due_date,
        from_cents(inv.amount_cents),
        from_cents(inv.vat_cents),
        inv.description,
        inv.kenmerk,
        inv.sent_on,
        inv.sent_via,
        inv.sent_to,
    )


def update_invoice(
    db: Database, invoice_id: int, data: InvoiceInput, *, based_on: InvoiceInput | None = None
) -> None:
    """Change an invoice; the amount may not drop below what was paid and credited.
    ``based_on``: what the user saw when editing began (``concurrent_edits``)."""
    data = cleaned_invoice(data)
    with db.transaction() as session:
        _check_invoice(session, data, invoice_id)
        invoice = _get(session, invoice_id)
        if based_on is not None:
            refuse_if_changed(session, "invoice", invoice_id, based_on, _input_from(invoice))
        if invoice.client_id != data.client_id and invoice.paid_cents:
            raise RuleViolation("invoice_client_change_paid", number=invoice.number)
        before = {c: getattr(invoice, c) for c in _INVOICE_FIELDS}
        _apply(invoice, data)
        if invoice.amount_cents < invoice.paid_cents + invoice.credited_cents:
            raise InvalidInput("amount_below_paid", number=invoice.number)
        refresh_open_amount(invoice)
        changes = {
            c: {"old": before[c], "new": getattr(invoice, c)}
            for c in _INVOICE_FIELDS
            if before[c] != getattr(invoice, c)
        }
        if changes:
            audit.record(session, "invoice.update", "invoice", invoice_id, changes=changes)


@dataclass(frozen=True)
class DeletedInvoice:
    """Everything needed to put a deleted invoice back exactly as it was."""

    row: dict[str, Any]
    allocations: tuple[tuple[int, int], ...]  # (payment id, cents): back as credit meanwhile
    credit_notes: tuple[dict[str, Any], ...]


_INVOICE_FIELDS = tuple(c.key for c in Invoice.__table__.columns)
_CREDIT_NOTE_FIELDS = tuple(c.key for c in CreditNote.__table__.columns)


def delete_invoice(db: Database, invoice_id: int) -> DeletedInvoice:
    """Delete an invoice typed in by mistake. Money allocated to it becomes the client's credit.

    Refused when a letter, agreement, payment plan or dispute names the invoice: those are
    records of what was said to the client and must keep pointing at it.
    """
    with db.transaction() as session:
        invoice = _get(session, invoice_id)
        for link in (letter_invoices, agreement_invoices, payment_plan_invoices):
            if session.scalar(select(link.c.invoice_id).where(link.c.invoice_id == invoice_id)):
                raise RuleViolation("invoice_in_use", number=invoice.number)
        if session.scalar(select(Dispute.id).where(Dispute.invoice_id == invoice_id).limit(1)):
            raise RuleViolation("invoice_in_use", number=invoice.number)
        snapshot = DeletedInvoice(
            {c: getattr(invoice, c) for c in _INVOICE_FIELDS},
            tuple((a.payment_id, a.amount_cents) for a in invoice.allocations),
            tuple({c: getattr(n, c) for c in _CREDIT_NOTE_FIELDS} for n in invoice.credit_notes),
        )
        for allocation in list(invoice.allocations):
            allocation.payment.unallocated_cents += allocation.amount_cents
            session.delete(allocation)
        for note in list(invoice.credit_notes):
            session.delete(note)
        session.delete(invoice)
        audit.record(
            session,
            "invoice.delete",
            "invoice",
            invoice_id,
            number=snapshot.row["number"],
            amount_cents=snapshot.row["amount_cents"],
        )
        return snapshot


def restore_invoice(db: Database, snapshot: DeletedInvoice) -> int:
    """Undo :func:`delete_invoice`, taking back the credit its payments had become."""
    with db.transaction() as session:
        number = snapshot.row["number"]
        if session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
            raise InvalidInput("undo_no_longer_possible")
        invoice = Invoice(**{k: v for k, v in snapshot.row.items() if k != "id"})
        session.add(invoice)
        for payment_id, cents in snapshot.allocations:
            payment = session.get(Payment, payment_id)
            if payment is None or payment.unallocated_cents < cents:
                raise InvalidInput("undo_no_longer_possible")
            payment.unallocated_cents -= cents
            session.add(PaymentAllocation(payment=payment, invoice=invoice, amount_cents=cents))
        for note in snapshot.credit_notes:
            values = {k: v for k, v in note.items() if k not in ("id", "invoice_id")}
            session.add(CreditNote(invoice=invoice, **values))
        session.flush()
        session.refresh(invoice, ["allocations", "credit_notes"])
        refresh_open_amount(invoice)
        audit.record(session, "invoice.restore", "invoice", invoice.id, number=invoice.number)
        return invoice.id


def add_credit_note(
    db: Database, invoice_id: int, number: str, issued_on: date, amount: Decimal, reason: str = ""
) -> int:
    with db.transaction() as session:
        return add_credit_note_in(session, invoice_id, number, issued_on, amount, reason).id


def add_credit_note_in(
    session: Session, invoice_id: int, number: str, issued_on: date, amount: Decimal,
    reason: str = "",
) -> CreditNote:  # fmt: skip
    """``add_credit_note`` inside the caller's transaction."""
    cents = to_cents(amount)
    if cents <= 0:
        raise InvalidInput("amount_zero", text=str(amount))
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=invoice_id)
    if cents > invoice.open_cents:
        raise InvalidInput("credit_exceeds_open", number=invoice.number)
    number = number.strip()
    if not number:
        raise InvalidInput("credit_note_number_empty")
    if session.scalar(select(CreditNote.id).where(CreditNote.number == number)) is not None:
        raise InvalidInput("credit_note_number_taken", number=number)
    note = CreditNote(
        number=number, invoice=invoice, issued_on=issued_on, amount_cents=cents, reason=reason
    )
    session.add(note)
    session.flush()
    refresh_open_amount(invoice)
    # Less owed can settle (or cancel) a promise and changes what a plan still covers.
    collection_state.after_payment_change(session, invoice.client_id, clock.today())
    audit.record(
        session,
        "credit_note.create",
        "credit_note",
        note.id,
        invoice=invoice.number,
        amount_cents=cents,
    )
    return note


def write_off(db: Database, invoice_id: int, on: date, reason: str) -> None:
    """Write off what is still open on an invoice (e.g. bankruptcy); the reason is required."""
    with db.transaction() as session:
        write_off_in(session, invoice_id, on, reason)


def write_off_in(session: Session, invoice_id: int, on: date, reason: str) -> Invoice:
    """``write_off`` inside the caller's transaction (a dispute upheld writes off too)."""
    if not reason.strip():
        raise InvalidInput("write_off_reason_empty")
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=invoice_id)
    if invoice.open_cents <= 0:
        raise RuleViolation("nothing_to_write_off", number=invoice.number)
    invoice.written_off_cents = invoice.open_cents
    invoice.written_off_on = on
    invoice.write_off_reason = reason.strip()
    refresh_open_amount(invoice)
    collection_state.after_payment_change(session, invoice.client_id, clock.today())
    audit.record(
        session,
        "invoice.write_off",
        "invoice",
        invoice.id,
        amount_cents=invoice.written_off_cents,
        reason=reason,
    )
    return invoice
