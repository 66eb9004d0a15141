"""Disputes: an invoice the client contests leaves every collection track and gets no
reminder or demand until the dispute is resolved; resolving it credits, writes off or
puts it back on the ladder; both ends show on the timeline."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.disputes import open_dispute, open_dispute_of, resolve_dispute
from debiteur_desk.services.invoices import delete_invoice
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter
from debiteur_desk.services.payment_plans import PaymentPlanInput, create_payment_plan
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.reports import list_invoices
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.timeline import client_timeline
from debiteur_desk.services.worklist import client_work, worklist
from debiteur_desk.store.models import AuditLog, CreditNote, Dispute, Invoice

from .factories import client, invoice

TODAY = date(2026, 11, 22)


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(db, tmp_path, monkeypatch, today_is):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    today_is(TODAY)
    return db


@pytest.fixture
def firm(book):
    """A business with two overdue invoices: 2026-0101 (€ 1.210) and 2026-0102 (€ 363)."""
    cid = client(book, name="Bouwbedrijf Kok B.V.", street="Kade 4", postcode="1234 AB",
                 city="Utrecht")  # fmt: skip
    first = invoice(book, cid, "2026-0101", "1210.00", invoice_date=days(-60), due=days(-30))
    second = invoice(book, cid, "2026-0102", "363.00", invoice_date=days(-50), due=days(-20))
    return cid, first, second


def steps_naming(db, cid, invoice_id):
    """The client's steps on every track that name this invoice: (action, reason)."""
    return [
        (s.action, s.reason) for s in client_work(db, cid, TODAY) if invoice_id in s.invoice_ids
    ]


def demand(db, kind, number):
    return make_letter(
        db, LetterRequest(kind, letter_date=TODAY, invoice_number=number), today=TODAY
    )


def open_of(db, invoice_id):
    with db.reading() as s:
        return s.get(Invoice, invoice_id).open_cents


def test_a_disputed_invoice_leaves_the_ladder_and_gets_no_letter(book, firm):
    """The app's rule (domain/letter_rules.py ``letter_invoice_disputed``,
    domain/escalation.py track 1): while a reasoned dispute is open the creditor does not
    escalate. No reminder, second reminder or final demand may name the invoice, and the
    worklist offers only ``resolve-dispute`` for it; the other invoice goes on."""
    cid, first, second = firm
    assert ("send-reminder", "overdue") in steps_naming(book, cid, first)
    open_dispute(book, first, days(-3), "quality", "Dakgoot lekt nog")
    assert steps_naming(book, cid, first) == [("resolve-dispute", "disputed")]
    assert [s.action for s in client_work(book, cid, TODAY) if second in s.invoice_ids] == [
        "send-reminder"
    ]
    for kind in (LetterKind.REMINDER, LetterKind.SECOND_REMINDER, LetterKind.FINAL_DEMAND):
        with pytest.raises(RuleViolation) as refused:
            demand(book, kind, "2026-0101")
        assert refused.value.code == "letter_invoice_disputed"
    assert list_invoices(book)[0].status == "disputed"
    dispute = open_dispute_of(book, first)
    assert (dispute.opened_on, dispute.reason, dispute.note) == (
        days(-3), "quality", "Dakgoot lekt nog",
    )  # fmt: skip


def test_a_disputed_invoice_leaves_the_promise_and_plan_tracks_too(book):
    """The app's rule (domain/escalation.py): a disputed invoice is held out of every
    track: no promise is checked and no instalment is chased for it."""
    person = client(book, name="Anna de Vries", kind=ClientKind.CONSUMER)
    planned = invoice(book, person, "2026-0201", "600.00", invoice_date=days(-90), due=days(-60))
    create_payment_plan(
        book, PaymentPlanInput(person, (planned,), Frequency.MONTHLY, days(-10), count=3)
    )
    assert ("chase-instalment", "instalment_missed") in steps_naming(book, person, planned)
    firm = client(book, name="Kok B.V.")
    promised = invoice(book, firm, "2026-0202", "300.00", invoice_date=days(-60), due=days(-30))
    record_phone_call(
        book,
        PhoneCallInput(
            firm, datetime.combine(days(-3), time(9)), CallOutcome.REACHED,
            reason=CallReason.FORGOT, invoice_ids=(promised,),
            promise=PromiseInput((promised,), Decimal("300"), days(5)),
        ),
    )  # fmt: skip
    assert steps_naming(book, firm, promised) == [("check-promise", "promise_due")]

    open_dispute(book, planned, days(-1), "amount")
    open_dispute(book, promised, days(-1), "not_received")
    assert steps_naming(book, person, planned) == [("resolve-dispute", "disputed")]
    assert steps_naming(book, firm, promised) == [("resolve-dispute", "disputed")]
    assert {(i.client_id, i.action) for i in worklist(book, TODAY)} == {
        (person, "resolve-dispute"),
        (firm, "resolve-dispute"),
    }


def test_upheld_with_a_credit_note_for_exactly_what_is_open(book, firm):
    """The app's rule (domain/disputes.py): a dispute upheld takes away what is still
    open, by a credit note (the same rule as a credit note on its own); what was paid
    stays paid."""
    cid, first, _ = firm
    record_payment(
        book, PaymentInput(days(-10), Decimal("210.55"), cid, ((first, Decimal("210.55")),))
    )
    open_dispute(book, first, days(-5), "quality")
    with pytest.raises(InvalidInput) as missing:
        resolve_dispute(book, first, TODAY, "upheld_credit_note", "Korting gegeven")
    assert missing.value.code == "credit_note_number_empty"
    assert open_of(book, first) == 99945  # nothing happened
    resolve_dispute(book, first, TODAY, "upheld_credit_note", "Korting gegeven", "CN-2026-7")
    with book.reading() as s:
        note = s.scalars(select(CreditNote)).one()
        assert (note.number, note.amount_cents, note.issued_on, note.reason) == (
            "CN-2026-7", 99945, TODAY, "Korting gegeven",
        )  # fmt: skip
        inv = s.get(Invoice, first)
        assert (inv.open_cents, inv.paid_cents, inv.disputed) == (0, 21055, False)
        dispute = s.scalars(select(Dispute)).one()
        assert (dispute.resolved_on, dispute.outcome) == (TODAY, "upheld_credit_note")
        assert {a.action for a in s.scalars(select(AuditLog))} >= {
            "dispute.open", "dispute.resolve", "credit_note.create",
        }  # fmt: skip
    assert check_ledger(book) == []
    assert steps_naming(book, cid, first) == []


def test_upheld_with_a_write_off_of_exactly_what_is_open(book, firm):
    """The app's rule (domain/disputes.py, services/invoices.write_off): the rest is
    written off on the day the dispute ends, and the write-off needs its reason."""
    cid, _, second = firm
    record_payment(
        book, PaymentInput(days(-10), Decimal("63.01"), cid, ((second, Decimal("63.01")),))
    )
    open_dispute(book, second, days(-5), "not_ordered", "Nooit besteld")
    with pytest.raises(InvalidInput) as missing:
        resolve_dispute(book, second, TODAY, "upheld_write_off", "  ")
    assert missing.value.code == "write_off_reason_empty"
    resolve_dispute(book, second, TODAY, "upheld_write_off", "Niet de moeite")
    with book.reading() as s:
        inv = s.get(Invoice, second)
        assert (inv.written_off_cents, inv.open_cents, inv.written_off_on) == (29999, 0, TODAY)
        assert inv.write_off_reason == "Niet de moeite" and not inv.disputed
    assert check_ledger(book) == []


def test_rejected_puts_it_back_on_the_ladder(book, firm):
    """The app's rule (domain/escalation.py): once the dispute is rejected the invoice is
    due as it was, and goes back on the ladder; letters may name it again."""
    cid, first, _ = firm
    open_dispute(book, first, days(-5), "amount")
    resolve_dispute(book, first, days(-1), "rejected", "Prijs was afgesproken")
    assert ("send-reminder", "overdue") in steps_naming(book, cid, first)
    assert "resolve-dispute" not in {i.action for i in worklist(book, TODAY)}
    assert open_of(book, first) == 121000
    assert open_dispute_of(book, first) is None
    made = demand(book, LetterKind.REMINDER, "2026-0101")
    assert made.letter_id


def test_the_timeline_shows_the_dispute_opened_and_resolved(book, firm):
    cid, first, _ = firm
    open_dispute(book, first, days(-5), "quality", "Dakgoot lekt nog")
    resolve_dispute(book, first, days(-1), "upheld_write_off", "Coulance")
    events = client_timeline(book, cid)
    opened = next(e for e in events if e.kind == "dispute_opened")
    resolved = next(e for e in events if e.kind == "dispute_resolved")
    assert (opened.when, opened.title, opened.note) == (days(-5), "2026-0101", "Dakgoot lekt nog")
    assert dict(opened.details)["dispute_reason"] == "quality"
    assert (resolved.when, resolved.title, resolved.note) == (days(-1), "2026-0101", "Coulance")
    assert dict(resolved.details)["dispute_outcome"] == "upheld_write_off"
    kinds = [e.kind for e in events]
    # On the day it ended: resolved, then the write-off it brought (newest first).
    assert (
        kinds.index("write_off") < kinds.index("dispute_resolved") < kinds.index("dispute_opened")
    )


def test_what_cannot_be_done(book, firm):
    """Codes with their sentences (text/messages_disputes.py)."""
    cid, first, second = firm

    def code(call, *args):
        with pytest.raises((InvalidInput, RuleViolation)) as info:
            call(book, *args)
        return info.value.code

    assert code(open_dispute, first, TODAY, "weather") == "dispute_reason_unknown"
    assert code(open_dispute, first, days(1), "quality") == "dispute_date_future"
    assert code(open_dispute, first, days(-61), "quality") == "dispute_before_invoice"
    assert code(resolve_dispute, first, TODAY, "rejected") == "dispute_not_open"
    open_dispute(book, first, days(-5), "other")
    assert code(open_dispute, first, TODAY, "quality") == "dispute_already_open"
    assert code(resolve_dispute, first, days(-6), "rejected") == "dispute_resolved_before_opened"
    assert code(resolve_dispute, first, TODAY, "given_up") == "dispute_outcome_unknown"
    assert code(delete_invoice, first) == "invoice_in_use"  # the dispute is a record
    record_payment(book, PaymentInput(TODAY, Decimal("363.00"), cid, ((second, Decimal(363)),)))
    assert code(open_dispute, second, TODAY, "quality") == "dispute_invoice_not_open"


def test_a_dispute_raised_on_the_phone_is_recorded_and_resolved_the_same_way(book, firm):
    cid, first, _ = firm
    record_phone_call(
        book,
        PhoneCallInput(
            cid, datetime.combine(days(-2), time(10)), CallOutcome.REACHED,
            reason=CallReason.DISPUTE, invoice_ids=(first,), notes="Werk niet af",
        ),
    )  # fmt: skip
    dispute = open_dispute_of(book, first)
    assert (dispute.opened_on, dispute.reason, dispute.note) == (
        days(-2),
        "quality",
        "Werk niet af",
    )
    resolve_dispute(book, first, TODAY, "rejected")
    assert open_dispute_of(book, first) is None


def test_a_flag_from_before_disputes_had_a_record_can_still_be_resolved(book, firm):
    cid, first, _ = firm
    with book.transaction() as s:
        s.get(Invoice, first).disputed = True
    resolve_dispute(book, first, TODAY, "rejected")
    with book.reading() as s:
        assert not s.get(Invoice, first).disputed
        assert s.scalars(select(Dispute.outcome)).one() == "rejected"
