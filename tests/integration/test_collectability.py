"""Collectability per aging bucket (issue 13): promised, in a plan, disputed, handed over,
a broken promise or plain open; each open invoice in exactly one of them."""

import json
from decimal import Decimal

import pytest

from debiteur_desk.cli import main
from debiteur_desk.domain.collectability import Category, InvoiceState, category
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.services.agreements import PromiseInput
from debiteur_desk.services.collectability import collectability
from debiteur_desk.services.collection_state import refresh_collection_state
from debiteur_desk.services.disputes import open_dispute
from debiteur_desk.services.handover import HandoverInput, record_handover
from debiteur_desk.services.payment_plans import PaymentPlanInput, create_payment_plan
from debiteur_desk.services.reports import aging_report

from .factories import client, invoice
from .test_worklist import TODAY, add_letter, days, phone

# bucket indexes with the default boundaries (30, 60, 90)
NOT_DUE, B30, B60, B90, OVER90 = range(5)


@pytest.fixture
def book(db):
    """One invoice of each kind, in known buckets."""
    ids = {}
    plain = client(db, "A Plain BV")
    ids["plain"] = invoice(db, plain, "A-1", "100.00", invoice_date=days(-20), due=days(-5))
    promised = client(db, "C Promised BV")
    c1 = invoice(db, promised, "C-1", "300.00", invoice_date=days(-60), due=days(-30))
    phone(db, promised, days(-3), [c1], PromiseInput((c1,), Decimal("300"), TODAY))
    broken = client(db, "D Broken BV")
    d1 = invoice(db, broken, "D-1", "400.00", invoice_date=days(-60), due=days(-20))
    phone(db, broken, days(-15), [d1], PromiseInput((d1,), Decimal("400"), days(-10)))
    disputed = client(db, "E Disputed BV")
    e1 = invoice(db, disputed, "E-1", "500.00", invoice_date=days(-60), due=days(-40))
    open_dispute(db, e1, days(-20), "quality")
    plan = client(db, "F Plan BV", kind=ClientKind.CONSUMER)
    f1 = invoice(db, plan, "F-1", "600.00", invoice_date=days(-90), due=days(-70))
    create_payment_plan(db, PaymentPlanInput(plan, (f1,), Frequency.MONTHLY, days(-10), count=3))
    handed = client(db, "H Handed BV")
    h1 = invoice(db, handed, "H-1", "700.00", invoice_date=days(-130), due=days(-100))
    # disputed *and* handed over: the hand-over wins
    h2 = invoice(db, handed, "H-2", "50.00", invoice_date=days(-100), due=days(-95))
    open_dispute(db, h2, days(-20), "amount")
    # not yet overdue on the day of the hand-over: stays with the owner, plain
    invoice(db, handed, "H-3", "80.00", invoice_date=days(-10), due=days(10))
    record_handover(db, HandoverInput(handed, days(-5), "bailiff", "Deurwaarder Zuid"))
    refresh_collection_state(db, TODAY)  # the promise of D-1 is broken now
    ids.update(handed=handed, h1=h1, h2=h2, broken=broken, promised=promised)
    return db, ids


EXPECTED = {
    # bucket: {category: cents}
    NOT_DUE: {Category.PLAIN: 8000},
    B30: {Category.PLAIN: 10000, Category.PROMISED: 30000, Category.BROKEN_PROMISE: 40000},
    B60: {Category.DISPUTED: 50000},
    B90: {Category.PLAN: 60000},
    OVER90: {Category.HANDED_OVER: 75000},
}


def test_each_invoice_counts_in_one_category_of_its_bucket(book):
    db, ids = book
    result = collectability(db, TODAY)
    for index, split in enumerate(result.splits):
        assert {k: v for k, v in split.cents.items() if v} == EXPECTED[index], index
    assert result.splits[OVER90].count_of(Category.HANDED_OVER) == 2
    assert result.by_client[ids["handed"]] == {Category.HANDED_OVER, Category.PLAIN}
    assert result.clients_in(Category.BROKEN_PROMISE) == {ids["broken"]}


def test_the_split_adds_up_to_each_bucket(book):
    db, _ = book
    report = aging_report(db, TODAY, collectability=True)
    for total, split in zip(report.buckets, report.collectability, strict=True):
        assert Decimal(split.total_cents) / 100 == total.amount
        assert sum(split.counts.values()) == total.count


def test_an_earlier_day_counts_only_what_had_happened_by_then(book):
    """Before the promises and the hand-over, those invoices were plain open; a dispute
    counts by the invoice's flag, as in the overview."""
    db, _ = book
    split = collectability(db, days(-16))
    by_kind = {}
    for bucket in split.splits:
        for kind, cents in bucket.cents.items():
            by_kind[kind] = by_kind.get(kind, 0) + cents
    assert by_kind[Category.PROMISED] == 0 and by_kind[Category.BROKEN_PROMISE] == 0
    assert by_kind[Category.HANDED_OVER] == 0 and by_kind[Category.PLAN] == 0
    assert by_kind[Category.DISPUTED] == 50000 + 5000
    # and on the day after the promise was made (days(-15)) but before its date: running
    assert sum(b.cents_of(Category.PROMISED) for b in collectability(db, days(-12)).splits) == 40000


def test_a_letter_after_the_hand_over_takes_the_invoice_back(book):
    """domain/escalation.py: a letter about a handed-over invoice after the hand-over day
    means the file came back."""
    db, ids = book
    add_letter(db, ids["handed"], "final-demand", days(-1), [ids["h1"]])
    split = collectability(db, TODAY).splits[OVER90]
    assert split.cents_of(Category.HANDED_OVER) == 5000
    assert split.cents_of(Category.PLAIN) == 70000


def test_the_aging_json_has_the_split_per_bucket(book, db, capsys):
    code = main(["aging", "--db", db.url, "--as-of", TODAY.isoformat(), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    for index, bucket in enumerate(data["buckets"]):
        assert set(bucket) == {"label", "from_days", "to_days", "amount", "count", "collectability"}
        split = bucket["collectability"]
        assert list(split) == [
            "handed_over", "disputed", "plan", "promised", "broken_promise", "plain"
        ]  # fmt: skip
        assert sum(Decimal(v) for v in split.values()) == Decimal(bucket["amount"])
        expected = {k.value: f"{v / 100:.2f}" for k, v in EXPECTED[index].items()}
        assert {k: v for k, v in split.items() if v != "0.00"} == expected


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (InvoiceState(), Category.PLAIN),
        (InvoiceState(latest_promise_broken=True), Category.BROKEN_PROMISE),
        (InvoiceState(promise_running=True, latest_promise_broken=True), Category.PROMISED),
        (InvoiceState(in_live_plan=True, promise_running=True), Category.PLAN),
        (InvoiceState(disputed=True, in_live_plan=True), Category.DISPUTED),
        (InvoiceState(handed_over=True, disputed=True), Category.HANDED_OVER),
    ],
)
def test_precedence(state, expected):
    assert category(state) == expected
