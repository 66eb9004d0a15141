"""The database's aging query agrees with the pure reference implementation."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from debiteur_desk.domain.aging import AgedItem, age_items, make_buckets
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.invoices import add_credit_note, write_off
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.reports import aging_report
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import CreditNote, Invoice, Payment, PaymentAllocation

from .factories import client, invoice

TODAY = date(2026, 11, 22)


def _reference(db, as_of, boundaries=(30, 60, 90)):
    """Open amounts as of a date, rebuilt row by row in Python."""
    with db.reading() as s:
        paid = {}
        for alloc, received in s.execute(
            select(PaymentAllocation, Payment.received_on).join(Payment)
        ):
            if received <= as_of:
                paid[alloc.invoice_id] = paid.get(alloc.invoice_id, 0) + alloc.amount_cents
        credited = {}
        for note in s.scalars(select(CreditNote)):
            if note.issued_on <= as_of:
                credited[note.invoice_id] = credited.get(note.invoice_id, 0) + note.amount_cents

        def written_off(inv):
            gone = inv.written_off_on is not None and inv.written_off_on <= as_of
            return inv.written_off_cents if gone else 0

        items = [
            AgedItem(
                inv.client_id,
                inv.due_date,
                from_cents(
                    inv.amount_cents
                    - paid.get(inv.id, 0)
                    - credited.get(inv.id, 0)
                    - written_off(inv)
                ),
            )
            for inv in s.scalars(select(Invoice))
            if inv.invoice_date <= as_of
        ]
    return age_items(items, as_of, make_buckets(boundaries))


@pytest.mark.parametrize("as_of", [TODAY, TODAY - timedelta(days=75), TODAY - timedelta(days=200)])
def test_demo_book_aging_matches_reference(db, as_of):
    fill_demo(db, clients=40, invoices=600, seed=7, today=TODAY)
    report = aging_report(db, as_of)
    expected = _reference(db, as_of)
    assert [b.amount for b in report.buckets] == expected.amounts
    assert [b.count for b in report.buckets] == expected.counts
    assert {c.id: list(c.amounts) for c in report.clients} == {
        cid: row.amounts for cid, row in expected.rows.items()
    }
    assert report.total == sum(c.total for c in report.clients)


def test_bucket_edges_and_custom_boundaries(db):
    cid = client(db)
    for days_late in (0, 1, 30, 31, 60, 61, 90, 91):
        due = TODAY - timedelta(days=days_late)
        invoice(db, cid, f"F-{days_late}", "10.00", invoice_date=due - timedelta(days=14), due=due)
    report = aging_report(db, TODAY)
    assert [b.count for b in report.buckets] == [1, 2, 2, 2, 1]
    change_setting(db, "aging.boundaries", [14, 45])
    report = aging_report(db, TODAY)
    assert [b.bucket.label for b in report.buckets] == ["not_due", "1-14", "15-45", "45+"]
    assert [b.count for b in report.buckets] == [1, 1, 2, 4]  # 0 | 1 | 30, 31 | 60..91


def test_as_of_date_before_a_payment_shows_the_book_as_it_stood(db):
    cid = client(db)
    invoice(db, cid, "F-1", "100.00", invoice_date=date(2026, 8, 1), due=date(2026, 8, 15))
    invoice(db, cid, "F-2", "50.00", invoice_date=date(2026, 11, 1), due=date(2026, 11, 15))
    record_payment(db, PaymentInput(date(2026, 10, 1), Decimal("60.00"), cid))
    before = aging_report(db, date(2026, 9, 1))
    assert before.total == Decimal("100.00")  # F-2 did not exist, the payment had not come
    after = aging_report(db, TODAY)
    assert after.total == Decimal("90.00")


def test_as_of_date_before_credit_note_and_write_off(db):
    cid = client(db)
    a = invoice(db, cid, "F-1", "100.00", invoice_date=date(2026, 8, 1), due=date(2026, 8, 15))
    b = invoice(db, cid, "F-2", "80.00", invoice_date=date(2026, 8, 1), due=date(2026, 8, 15))
    add_credit_note(db, a, "C-1", date(2026, 10, 1), Decimal("30.00"))
    write_off(db, b, date(2026, 10, 2), "faillissement")
    record_payment(db, PaymentInput(date(2026, 10, 3), Decimal("20.00"), cid))
    assert aging_report(db, date(2026, 9, 30)).total == Decimal("180.00")
    assert aging_report(db, date(2026, 10, 1)).total == Decimal("150.00")
    assert aging_report(db, date(2026, 10, 2)).total == Decimal("70.00")
    assert aging_report(db, TODAY).total == Decimal("50.00")
    for as_of in (date(2026, 9, 30), date(2026, 10, 2), TODAY):
        assert [b.amount for b in aging_report(db, as_of).buckets] == _reference(db, as_of).amounts
