"""The rows behind the main window (services/overview.py) agree with the aging report and
with themselves, today and as of an earlier date, on SQLite and on PostgreSQL.

PostgreSQL runs when ``DEBITEUR_DESK_TEST_PG_URL`` names an empty database.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.disputes import open_dispute
from debiteur_desk.services.overview import client_overview, open_invoices
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.reports import aging_report
from debiteur_desk.store.models import ContactEvent
from tests.integration import factories

TODAY = date(2026, 11, 22)


@pytest.fixture
def empty(any_db):
    return any_db


@pytest.fixture
def book(empty):
    fill_demo(empty, clients=20, invoices=160, seed=11, today=TODAY)
    return empty


@pytest.mark.parametrize("days_back", [0, 45, 200])
def test_overview_matches_the_aging_report(book, days_back):
    as_of = TODAY - timedelta(days=days_back)
    overview = client_overview(book, as_of)
    report = aging_report(book, as_of)
    assert [t.cents for t in overview.totals] == [int(b.amount * 100) for b in report.buckets]
    assert [t.count for t in overview.totals] == [b.count for b in report.buckets]
    owing = {c.id: c.amounts_cents for c in overview.clients if c.open_cents}
    assert owing == {c.id: c.amounts_cents for c in report.clients}
    assert len(overview.clients) == 20  # every client, also those who owe nothing
    lines = open_invoices(book, as_of).lines
    assert sum(line.open_cents for line in lines) == overview.open_cents
    for line in lines:
        assert overview.buckets[line.bucket].contains(line.days_overdue)


def test_status_contact_and_history(empty):
    book = empty
    kees = factories.client(book, "Kees Jansen", ClientKind.CONSUMER)
    for number in ("A-1", "A-2"):
        factories.invoice(book, kees, number, "250.00", date(2026, 9, 1), date(2026, 9, 15))
    lines = open_invoices(book, TODAY).lines
    target = lines[0]
    record_payment(
        book, PaymentInput(TODAY, Decimal("1.00"), target.client_id, ((target.id, Decimal(1)),))
    )
    open_dispute(book, lines[1].id, TODAY, "quality")
    with book.transaction() as session:
        session.add(
            ContactEvent(
                client_id=target.client_id, kind="phone", occurred_at=datetime(2026, 11, 20, 9)
            )
        )
    now = {line.id: line for line in open_invoices(book, TODAY).lines}
    assert now[target.id].status == "partly_paid"
    assert now[target.id].open_cents == target.open_cents - 100
    assert now[lines[1].id].status == "disputed"
    client = next(c for c in client_overview(book, TODAY).clients if c.id == target.client_id)
    assert client.last_contact == date(2026, 11, 20) and client.partly_paid >= 1
    # The day before the payment and the call, the book stood as it was.
    before = {line.id: line for line in open_invoices(book, TODAY - timedelta(days=1)).lines}
    assert before[target.id].open_cents == target.open_cents
    earlier = client_overview(book, date(2026, 11, 19))
    assert next(c for c in earlier.clients if c.id == target.client_id).last_contact is None
