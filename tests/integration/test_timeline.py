"""A client's timeline: every kind of event, newest first, from a few queries.

Runs on SQLite always, and on PostgreSQL too when ``DEBITEUR_DESK_TEST_PG_URL`` names an
empty database (``postgresql+psycopg://user@/db?host=/tmp&port=5432``).
"""

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, insert

from debiteur_desk.services.invoices import add_credit_note, write_off
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.timeline import client_timeline, sort_newest_first
from debiteur_desk.store.models import (
    Agreement,
    ContactEvent,
    Instalment,
    Letter,
    PaymentPlan,
    agreement_invoices,
    letter_invoices,
    payment_plan_invoices,
)
from tests.integration import factories


@pytest.fixture
def book(any_db):
    return any_db


def _collection_records(db, client_id, invoice_id):
    """Rows of the collection tables, as the collection and letter services will make them."""
    with db.transaction() as session:
        call = ContactEvent(
            client_id=client_id,
            kind="phone",
            occurred_at=datetime(2026, 10, 5, 10, 30),
            contact_name="Jan Bakker",
            outcome="reached",
            reason="cash_flow",
            notes="Belooft te betalen",
        )
        session.add(call)
        session.add(
            ContactEvent(
                client_id=client_id,
                kind="letter",
                occurred_at=datetime(2026, 10, 1, 9),
                notes="Herinnering met de hand",
            )
        )
        session.flush()
        agreement = Agreement(
            client_id=client_id,
            contact_event_id=call.id,
            promised_cents=20000,
            promised_by=date(2026, 10, 20),
            status="broken",
            resolved_on=date(2026, 10, 21),
            created_at=datetime(2026, 10, 5, 10, 35),
        )
        plan = PaymentPlan(
            client_id=client_id,
            status="active",
            principal_cents=30000,
            total_cents=30000,
            frequency="monthly",
            first_due=date(2026, 11, 1),
            signed_on=date(2026, 10, 25),
        )
        letter = Letter(
            client_id=client_id,
            kind="reminder",
            file_path="/tmp/brief.pdf",
            sha256="0" * 64,
            created_at=datetime(2026, 9, 30, 8),
            sent_on=date(2026, 9, 30),
            sent_via="post",
        )
        session.add_all([agreement, plan, letter])
        session.flush()
        plan.instalments.extend(
            [
                Instalment(
                    number=1,
                    due_date=date(2026, 11, 1),
                    amount_cents=15000,
                    paid_cents=15000,
                    paid_on=date(2026, 11, 2),
                ),
                Instalment(number=2, due_date=date(2026, 12, 1), amount_cents=15000),
            ]
        )
        for link, column, owner in (
            (agreement_invoices, "agreement_id", agreement.id),
            (payment_plan_invoices, "payment_plan_id", plan.id),
            (letter_invoices, "letter_id", letter.id),
        ):
            session.execute(insert(link).values({column: owner, "invoice_id": invoice_id}))
    return call.id, agreement.id, plan.id, letter.id


@pytest.fixture
def story(book):
    db = book
    cid = factories.client(db, "Bakkerij Bakker")
    other = factories.client(db, "Iemand Anders")
    first = factories.invoice(
        db, cid, "2026-001", "500.00", date(2026, 9, 1), date(2026, 9, 15),
        sent_on=date(2026, 9, 2), sent_via="email", description="Brood",
    )  # fmt: skip
    second = factories.invoice(db, cid, "2026-002", "300.00", date(2026, 9, 10), date(2026, 9, 24))
    factories.invoice(db, other, "2026-003", "99.00")
    payment = record_payment(
        db,
        PaymentInput(
            date(2026, 10, 10),
            Decimal("250.00"),
            cid,
            allocations=((first, Decimal("200.00")),),
            description="deel",
        ),
    )
    note = add_credit_note(db, first, "C-1", date(2026, 10, 12), Decimal("50.00"), "korting")
    write_off(db, second, date(2026, 11, 15), "Faillissement")
    ids = _collection_records(db, cid, first)
    return db, cid, dict(first=first, second=second, payment=payment, note=note, records=ids)


def test_every_kind_of_event_newest_first(story):
    db, cid, ids = story
    events = client_timeline(db, cid)
    assert [e.when for e in events] == sorted((e.when for e in events), reverse=True)
    kinds = [(e.when, e.kind) for e in events]
    assert kinds == [
        (date(2026, 12, 1), "instalment_due"),
        (date(2026, 11, 15), "write_off"),
        (date(2026, 11, 2), "instalment_paid"),
        (date(2026, 10, 25), "plan_made"),
        (date(2026, 10, 21), "agreement_broken"),
        (date(2026, 10, 12), "credit_note"),
        (date(2026, 10, 10), "payment"),
        (date(2026, 10, 5), "agreement_made"),
        (date(2026, 10, 5), "phone"),
        (date(2026, 10, 1), "letter_contact"),
        (date(2026, 9, 30), "letter"),
        (date(2026, 9, 10), "invoice_made"),
        (date(2026, 9, 2), "invoice_sent"),
    ]
    # nothing of the other client
    assert all("2026-003" not in e.title for e in events)


def test_events_carry_amounts_notes_and_their_record(story):
    db, cid, ids = story
    by_kind = {e.kind: e for e in client_timeline(db, cid)}
    call_id, agreement_id, plan_id, letter_id = ids["records"]

    sent = by_kind["invoice_sent"]
    assert (sent.title, sent.amount, sent.note) == ("2026-001", Decimal("500.00"), "Brood")
    assert (sent.ref_kind, sent.ref_id) == ("invoice", ids["first"])
    assert dict(sent.details)["sent_via"] == "email"

    pay = by_kind["payment"]
    assert (pay.title, pay.amount, pay.note) == ("2026-001", Decimal("250.00"), "deel")
    assert (pay.ref_kind, pay.ref_id) == ("payment", ids["payment"])
    assert dict(pay.details)["credit"] == "50.00"  # 250 paid, 200 allocated

    note = by_kind["credit_note"]
    assert (note.title, note.amount, note.note) == ("C-1", Decimal("50.00"), "korting")
    assert (note.ref_kind, note.ref_id) == ("credit_note", ids["note"])

    off = by_kind["write_off"]
    assert (off.amount, off.note, off.ref_id) == (Decimal("300.00"), "Faillissement", ids["second"])

    call = by_kind["phone"]
    assert (call.title, call.note, call.ref_kind, call.ref_id) == (
        "reached", "Belooft te betalen", "contact_event", call_id,
    )  # fmt: skip
    assert dict(call.details)["time"] == "10:30"

    broken = by_kind["agreement_broken"]
    assert (broken.amount, broken.ref_kind, broken.ref_id) == (
        Decimal("200.00"), "agreement", agreement_id,
    )  # fmt: skip
    assert dict(by_kind["agreement_made"].details)["invoices"] == "2026-001"

    assert by_kind["plan_made"].amount == Decimal("300.00")
    assert by_kind["plan_made"].ref_id == plan_id
    assert by_kind["instalment_paid"].amount == Decimal("150.00")
    assert by_kind["instalment_due"].title == "2"

    letter = by_kind["letter"]
    assert (letter.title, letter.ref_kind, letter.ref_id) == ("reminder", "letter", letter_id)
    assert dict(letter.details)["file"] == "/tmp/brief.pdf"
    assert dict(letter.details)["invoices"] == "2026-001"


def test_the_number_of_queries_does_not_grow_with_the_rows(book):
    db = book
    cid = factories.client(db)
    counts = []
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        for n in range(3):
            for i in range(5):
                inv = factories.invoice(db, cid, f"N{n}-{i}", "10.00")
                record_payment(
                    db,
                    PaymentInput(date(2026, 9, 5), Decimal("4.00"), cid, ((inv, Decimal("4.00")),)),
                )  # noqa: E501
            statements.clear()
            client_timeline(db, cid)
            counts.append(len(statements))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert counts[0] == counts[1] == counts[2]
    assert counts[0] <= 12


def test_an_unknown_client_has_an_empty_timeline(db):
    assert client_timeline(db, 999) == []


def test_same_day_events_keep_the_order_things_happen_in(story):
    db, cid, _ = story
    events = client_timeline(db, cid)
    assert sort_newest_first(list(reversed(events))) == events
