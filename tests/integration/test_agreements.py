"""Recording a phone call, and promises kept or broken as payments arrive and days pass."""

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.promises import CallOutcome, CallReason, PromiseStatus
from debiteur_desk.services.agreements import (
    PhoneCallInput,
    PromiseInput,
    call_info,
    client_agreements,
    promise_record,
    record_phone_call,
)
from debiteur_desk.services.collection_state import refresh_collection_state
from debiteur_desk.services.payments import PaymentInput, delete_payment, record_payment
from debiteur_desk.store.models import Agreement, AuditLog, Client, ContactEvent, Invoice

from .factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


def at(day):
    return datetime.combine(day, time(10, 30))


@pytest.fixture
def book(db):
    cid = client(db, contact_person="Jan de Vries", phone="030-1234567", email="jan@exmple.nl")
    first = invoice(db, cid, "F-1", "500.00", invoice_date=days(-60), due=days(-30))
    second = invoice(db, cid, "F-2", "250.00", invoice_date=days(-40), due=days(-10))
    return db, cid, first, second


def call(cid, ids, promise=None, **kw):
    values = {
        "client_id": cid,
        "occurred_at": at(days(-2)),
        "outcome": CallOutcome.REACHED,
        "contact_name": "Jan de Vries",
        "phone_number": "030-1234567",
        "reason": CallReason.CASH_FLOW,
        "invoice_ids": tuple(ids),
        "promise": promise,
    }
    return PhoneCallInput(**{**values, **kw})


def pay(db, cid, amount, on, invoice_id):
    return record_payment(
        db, PaymentInput(on, Decimal(amount), cid, allocations=((invoice_id, Decimal(amount)),))
    )


def status(db, agreement_id):
    with db.reading() as s:
        return s.get(Agreement, agreement_id).status


def count(db, model):
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_call_with_promise_makes_one_event_and_one_agreement(book):
    db, cid, first, second = book
    promise = PromiseInput((first, second), Decimal("750.00"), days(7))
    result = record_phone_call(db, call(cid, (first, second), promise, notes="Betaalt vrijdag"))
    with db.reading() as s:
        event = s.get(ContactEvent, result.contact_event_id)
        agreement = s.get(Agreement, result.agreement_id)
        assert (event.kind, event.outcome, event.reason) == ("phone", "reached", "cash_flow")
        assert event.contact_name == "Jan de Vries" and event.notes == "Betaalt vrijdag"
        assert agreement.contact_event_id == event.id
        assert (agreement.promised_cents, agreement.promised_by) == (75000, days(7))
        assert agreement.one_time_exception and agreement.status == "open"
        assert sorted(i.number for i in agreement.invoices) == ["F-1", "F-2"]
        actions = set(s.scalars(select(AuditLog.action)))
    assert {"contact.phone", "agreement.create"} <= actions
    [view] = client_agreements(db, cid)
    assert (view.made_on, view.amount, view.status) == (days(-2), Decimal("750.00"), "open")


def test_call_info_for_the_dialog(book):
    db, cid, *_ = book
    info = call_info(db, cid)
    assert (info.contact_person, info.phone, info.email) == (
        "Jan de Vries",
        "030-1234567",
        "jan@exmple.nl",
    )


def test_not_reached_records_only_the_attempt(book):
    db, cid, first, _ = book
    result = record_phone_call(
        db, call(cid, (), outcome=CallOutcome.VOICEMAIL, reason=None, notes="ingesproken")
    )
    assert result.agreement_id is None
    with pytest.raises(InvalidInput) as info:
        promise = PromiseInput((first,), Decimal("500"), days(7))
        record_phone_call(db, call(cid, (first,), promise, outcome=CallOutcome.NOT_REACHED))
    assert info.value.code == "call_not_reached_no_agreement"
    assert count(db, ContactEvent) == 1


def test_not_received_resends_and_corrects_the_email(book):
    db, cid, first, _ = book
    record_phone_call(
        db,
        call(
            cid,
            (first,),
            reason=CallReason.NOT_RECEIVED,
            resend_invoices=True,
            new_email="jan@example.nl",
        ),
    )
    with db.reading() as s:
        assert s.get(Client, cid).email == "jan@example.nl"
        inv = s.get(Invoice, first)
        assert (inv.sent_on, inv.sent_via, inv.sent_to) == (days(-2), "email", "jan@example.nl")
        actions = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions[-3:] == ["client.update", "contact.phone", "invoice.resend"]


def test_a_bad_email_writes_nothing(book):
    db, cid, first, _ = book
    before = count(db, AuditLog)
    with pytest.raises(InvalidInput) as info:
        record_phone_call(db, call(cid, (first,), reason=CallReason.NOT_RECEIVED, new_email="jan@"))
    assert info.value.code == "call_email_invalid"
    assert count(db, ContactEvent) == 0 and count(db, AuditLog) == before


def test_dispute_marks_the_invoices(book):
    db, cid, first, second = book
    record_phone_call(db, call(cid, (first,), reason=CallReason.DISPUTE, notes="kapotte oven"))
    with db.reading() as s:
        assert s.get(Invoice, first).disputed and not s.get(Invoice, second).disputed
    with pytest.raises(InvalidInput) as info:
        promise = PromiseInput((first,), Decimal("100"), days(7))
        record_phone_call(db, call(cid, (first,), promise, reason=CallReason.DISPUTE))
    assert info.value.code == "promise_on_disputed"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"amount": Decimal("750.01")}, "promise_exceeds_open"),
        ({"amount": Decimal("0")}, "amount_zero"),
        ({"promised_by": days(-3)}, "promise_date_past"),
        ({"invoice_ids": ()}, "promise_needs_invoices"),
    ],
)
def test_bad_promises_are_refused_and_nothing_is_written(book, change, code):
    db, cid, first, second = book
    values = {"invoice_ids": (first, second), "amount": Decimal("750"), "promised_by": days(7)}
    with pytest.raises(InvalidInput) as info:
        record_phone_call(db, call(cid, (first, second), PromiseInput(**{**values, **change})))
    assert info.value.code == code
    assert count(db, ContactEvent) == 0 and count(db, Agreement) == 0


def test_payment_in_full_keeps_the_promise(book):
    db, cid, first, _ = book
    promise = PromiseInput((first,), Decimal("500.00"), days(7))
    agreement = record_phone_call(db, call(cid, (first,), promise)).agreement_id
    pay(db, cid, "200.00", days(-1), first)
    assert status(db, agreement) == "open"
    pay(db, cid, "300.00", TODAY, first)
    assert status(db, agreement) == "kept"
    assert client_agreements(db, cid)[0].resolved_on == TODAY
    assert promise_record(db, cid) == (1, 0)


def test_deleting_the_payment_opens_the_promise_again(book):
    db, cid, first, _ = book
    promise = PromiseInput((first,), Decimal("500.00"), days(7))
    agreement = record_phone_call(db, call(cid, (first,), promise)).agreement_id
    payment = pay(db, cid, "500.00", TODAY, first)
    assert status(db, agreement) == "kept"
    delete_payment(db, payment)
    assert status(db, agreement) == "open"


def test_part_payment_then_the_date_passes(book):
    db, cid, first, _ = book
    promise = PromiseInput((first,), Decimal("500.00"), days(3))
    agreement = record_phone_call(db, call(cid, (first,), promise)).agreement_id
    pay(db, cid, "300.00", TODAY, first)
    assert refresh_collection_state(db, days(3)).broken == 0
    assert status(db, agreement) == "open"
    result = refresh_collection_state(db, days(4))
    assert (result.broken, status(db, agreement)) == (1, "broken")
    assert client_agreements(db, cid)[0].resolved_on == days(4)
    assert promise_record(db, cid) == (0, 1)


def test_paying_after_the_date_does_not_mend_a_broken_promise(book):
    db, cid, first, _ = book
    call_day = days(-20)
    promise = PromiseInput((first,), Decimal("500.00"), days(-10))
    agreement = record_phone_call(
        db, call(cid, (first,), promise, occurred_at=at(call_day))
    ).agreement_id
    assert status(db, agreement) == "broken"  # the date had already passed
    pay(db, cid, "500.00", days(-5), first)
    assert status(db, agreement) == "broken"


def test_a_payment_dated_back_within_the_term_keeps_it(book):
    db, cid, first, _ = book
    promise = PromiseInput((first,), Decimal("500.00"), days(-10))
    agreement = record_phone_call(
        db, call(cid, (first,), promise, occurred_at=at(days(-20)))
    ).agreement_id
    pay(db, cid, "500.00", days(-12), first)  # a bank statement read in late
    assert status(db, agreement) == "kept"


def test_a_new_promise_replaces_the_open_one(book):
    db, cid, first, second = book
    old = record_phone_call(
        db, call(cid, (first,), PromiseInput((first,), Decimal("500"), days(5)))
    ).agreement_id
    new = record_phone_call(
        db,
        call(cid, (first, second), PromiseInput((first, second), Decimal("750"), days(9))),
    ).agreement_id
    assert (status(db, old), status(db, new)) == ("cancelled", "open")
    assert [v.status for v in client_agreements(db, cid)] == [
        PromiseStatus.OPEN,
        PromiseStatus.CANCELLED,
    ]
    assert promise_record(db, cid) == (0, 0)


def test_a_credit_note_for_all_that_was_promised_cancels_the_promise_at_once(book):
    """Nothing is left to pay: the promise cannot be kept or broken any more."""
    from debiteur_desk.services.invoices import add_credit_note

    db, cid, first, _second = book
    result = record_phone_call(
        db, call(cid, (first,), PromiseInput((first,), Decimal("500.00"), days(7)))
    )
    assert status(db, result.agreement_id) == "open"
    add_credit_note(db, first, "C-1", TODAY, Decimal("500.00"), "geleverd goed retour")
    assert status(db, result.agreement_id) == "cancelled"
