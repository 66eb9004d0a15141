"""A client's whole story as one list of events, newest first.

Built from a handful of queries (``store/queries/timeline.py``), never one per row. Events
carry codes, not sentences: the screen turns ``kind`` + ``title`` into words in the user's
language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.snooze import Snooze
from debiteur_desk.store.database import Database
from debiteur_desk.store.queries import timeline as q
from debiteur_desk.store.queries import worklist as wq

# Event kinds, in the order things happen on one day (later in the list = later that day).
KINDS = (
    "invoice_made",
    "invoice_sent",
    "letter",
    "phone",
    "email",
    "letter_contact",  # a letter noted by hand as a contact (not one the app made)
    "visit",
    "note",
    "step_snoozed",  # a worklist step put off until a date (``title``: that date)
    "snooze_lifted",
    "dispute_opened",
    "agreement_made",
    "plan_made",
    "instalment_due",
    "payment",
    "payment_reversed",
    "instalment_paid",
    "agreement_kept",
    "agreement_broken",
    "agreement_cancelled",
    "dispute_resolved",  # before the credit note or write-off it brings
    "credit_note",
    "write_off",
    "handover",
)
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class TimelineEvent:
    """``title`` is the subject as a code or number (an invoice number, a letter kind, a call
    outcome); ``ref_kind``/``ref_id`` name the record behind the event; ``details`` are extra
    (key, value) pairs for a read-only details box."""

    when: date
    kind: str
    title: str
    amount: Decimal | None
    note: str
    ref_kind: str
    ref_id: int
    details: tuple[tuple[str, str], ...] = ()


def _money(cents: int) -> str:
    return str(from_cents(cents))


def _pairs(**values: object) -> tuple[tuple[str, str], ...]:
    """Only the values that say something, as text."""
    return tuple(
        (key, ", ".join(value) if isinstance(value, tuple) else str(value))
        for key, value in values.items()
        if value not in (None, "", (), 0)
    )


def _invoice_events(rows: list[q.InvoiceFacts]) -> Iterator[TimelineEvent]:
    for inv in rows:
        sent = inv.sent_on is not None
        yield TimelineEvent(
            inv.sent_on or inv.invoice_date,
            "invoice_sent" if sent else "invoice_made",
            inv.number,
            from_cents(inv.amount_cents),
            inv.description,
            "invoice",
            inv.id,
            _pairs(
                invoice_date=inv.invoice_date.isoformat(),
                due_date=inv.due_date.isoformat(),
                sent_via=inv.sent_via,
                sent_to=inv.sent_to,
            ),
        )
        if inv.written_off_cents:
            yield TimelineEvent(
                inv.written_off_on or inv.invoice_date,
                "write_off",
                inv.number,
                from_cents(inv.written_off_cents),
                inv.write_off_reason,
                "invoice",
                inv.id,
            )


def _payment_events(rows: list[q.PaymentFacts]) -> Iterator[TimelineEvent]:
    for pay in rows:
        yield TimelineEvent(
            pay.received_on,
            "payment",
            ", ".join(pay.invoice_numbers),
            from_cents(pay.amount_cents),
            pay.description,
            "payment",
            pay.id,
            _pairs(
                method=pay.method,
                counterparty=pay.counterparty_name,
                iban=pay.counterparty_iban,
                matched_by=pay.matched_by,
                invoices=pay.invoice_numbers,
                credit=_money(pay.unallocated_cents) if pay.unallocated_cents else None,
            ),
        )


def _reversal_events(rows: list[q.ReversalFacts]) -> Iterator[TimelineEvent]:
    for line in rows:
        yield TimelineEvent(
            line.booking_date,
            "payment_reversed",
            "",
            from_cents(line.amount_cents),
            line.remittance,
            "bank_line",
            line.id,
            _pairs(
                counterparty=line.counterparty_name,
                iban=line.counterparty_iban,
                return_reason=line.return_reason,
            ),
        )


def _credit_note_events(rows: list[q.CreditNoteFacts]) -> Iterator[TimelineEvent]:
    for note in rows:
        yield TimelineEvent(
            note.issued_on,
            "credit_note",
            note.number,
            from_cents(note.amount_cents),
            note.reason,
            "credit_note",
            note.id,
            _pairs(invoices=(note.invoice_number,)),
        )


def _dispute_events(rows: list[q.DisputeFacts]) -> Iterator[TimelineEvent]:
    """Opened, and resolved when it was: ``title`` is the invoice number."""
    for dispute in rows:
        opened = _pairs(dispute_reason=dispute.reason, invoices=(dispute.invoice_number,))
        yield TimelineEvent(
            dispute.opened_on,
            "dispute_opened",
            dispute.invoice_number,
            None,
            dispute.note,
            "dispute",
            dispute.id,
            opened,
        )
        if dispute.resolved_on is not None and dispute.outcome is not None:
            yield TimelineEvent(
                dispute.resolved_on,
                "dispute_resolved",
                dispute.invoice_number,
                None,
                dispute.resolution_note,
                "dispute",
                dispute.id,
                _pairs(dispute_outcome=dispute.outcome, opened_on=dispute.opened_on.isoformat())
                + opened,
            )


def _letter_events(rows: list[q.LetterFacts]) -> Iterator[TimelineEvent]:
    for letter in rows:
        yield TimelineEvent(
            letter.sent_on or letter.created_at.date(),
            "letter",
            letter.kind,
            None,
            "",
            "letter",
            letter.id,
            _pairs(
                invoices=letter.invoice_numbers,
                sent_via=letter.sent_via,
                tracking_number=letter.tracking_number,
                file=letter.file_path,
            ),
        )


def _contact_events(rows: list[q.ContactFacts]) -> Iterator[TimelineEvent]:
    for contact in rows:
        yield TimelineEvent(
            contact.occurred_at.date(),
            "letter_contact" if contact.kind == "letter" else contact.kind,
            contact.outcome,
            None,
            contact.notes,
            "contact_event",
            contact.id,
            _pairs(
                time=contact.occurred_at.strftime("%H:%M"),
                contact=contact.contact_name,
                phone=contact.phone_number,
                reason=contact.reason,
            ),
        )


def _agreement_events(rows: list[q.AgreementFacts]) -> Iterator[TimelineEvent]:
    for deal in rows:
        details = _pairs(promised_by=deal.promised_by.isoformat(), invoices=deal.invoice_numbers)
        amount = from_cents(deal.promised_cents)
        yield TimelineEvent(
            deal.created_at.date(),
            "agreement_made",
            deal.promised_by.isoformat(),
            amount,
            deal.notes,
            "agreement",
            deal.id,
            details + _pairs(status=deal.status),
        )
        if deal.status in ("kept", "broken", "cancelled") and deal.resolved_on is not None:
            yield TimelineEvent(
                deal.resolved_on,
                f"agreement_{deal.status}",
                deal.promised_by.isoformat(),
                amount,
                "",
                "agreement",
                deal.id,
                details,
            )


def _plan_events(
    plans: list[q.PlanFacts], instalments: list[q.InstalmentFacts]
) -> Iterator[TimelineEvent]:
    made_on = {plan.id: plan.signed_on or plan.created_at.date() for plan in plans}
    for plan in plans:
        yield TimelineEvent(
            made_on[plan.id],
            "plan_made",
            plan.status,
            from_cents(plan.total_cents),
            plan.notes,
            "payment_plan",
            plan.id,
            _pairs(frequency=plan.frequency, invoices=plan.invoice_numbers, status=plan.status),
        )
    for part in instalments:
        plan_day = made_on.get(part.plan_id)
        details = _pairs(
            plan_made_on=plan_day.isoformat() if plan_day else None,
            due_date=part.due_date.isoformat(),
        )
        if part.paid_cents and part.paid_on is not None:
            yield TimelineEvent(
                part.paid_on,
                "instalment_paid",
                str(part.number),
                from_cents(part.paid_cents),
                "",
                "instalment",
                part.id,
                details,
            )
        if part.paid_cents < part.amount_cents:
            yield TimelineEvent(
                part.due_date,
                "instalment_due",
                str(part.number),
                from_cents(part.amount_cents - part.paid_cents),
                "",
                "instalment",
                part.id,
                details,
            )


def _snooze_events(
    rows: list[tuple[Snooze, str]], numbers: dict[int, str]
) -> Iterator[TimelineEvent]:
    """Snoozed (``title``: the day it ends), and lifted when that was done early."""
    for snooze, invoice_ids in rows:
        ids = [int(i) for i in invoice_ids.split(",") if i]
        details = _pairs(
            step=snooze.action, invoices=tuple(numbers[i] for i in ids if i in numbers)
        )
        until = snooze.until.isoformat()
        yield TimelineEvent(
            snooze.snoozed_on,
            "step_snoozed",
            until,
            None,
            snooze.reason,
            "snooze",
            snooze.id,
            details,
        )
        if snooze.lifted_on is not None:
            yield TimelineEvent(
                snooze.lifted_on, "snooze_lifted", until, None, "", "snooze", snooze.id, details
            )


def sort_newest_first(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """By date, then by the order things happen on one day, then by record id; newest first."""
    return sorted(events, key=lambda e: (e.when, _RANK.get(e.kind, 0), e.ref_id), reverse=True)


def client_timeline(db: Database, client_id: int) -> list[TimelineEvent]:
    """Every event in one client's history, newest first (about ten queries in all)."""
    with db.reading() as session:
        plans, instalments = q.client_plans(session, client_id)
        invoices = q.client_invoices(session, client_id)
        numbers = {inv.id: inv.number for inv in invoices}
        events = [
            *_invoice_events(invoices),
            *_payment_events(q.client_payments(session, client_id)),
            *_reversal_events(q.client_reversals(session, client_id)),
            *_credit_note_events(q.client_credit_notes(session, client_id)),
            *_dispute_events(q.client_disputes(session, client_id)),
            *_letter_events(q.client_letters(session, client_id)),
            *_contact_events(q.client_contacts(session, client_id)),
            *_agreement_events(q.client_agreements(session, client_id)),
            *_plan_events(plans, instalments),
            *_snooze_events(wq.client_snoozes(session, client_id), numbers),
        ]
    return sort_newest_first(events)
