"""The worklist from a real book: what to do today, most urgent first, and fast."""

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from debiteur_desk.domain import clock
from debiteur_desk.domain.escalation import Reason
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.domain.prescription import anniversary
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.disputes import open_dispute
from debiteur_desk.services.payment_plans import PaymentPlanInput, create_payment_plan
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.worklist import (
    ACTIONS,
    WorkItem,
    client_work,
    describe,
    next_actions,
    worklist,
)
from debiteur_desk.store.models import Invoice, Letter

from .factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


def add_letter(db, cid, kind, sent_on, invoice_ids):
    with db.transaction() as s:
        letter = Letter(client_id=cid, kind=kind, file_path="x.pdf", sha256="0", sent_on=sent_on)
        letter.invoices = [s.get(Invoice, i) for i in invoice_ids]
        s.add(letter)


def phone(db, cid, day, ids=(), promise=None, outcome=CallOutcome.REACHED):
    reached = outcome is CallOutcome.REACHED
    return record_phone_call(
        db,
        PhoneCallInput(
            cid,
            datetime.combine(day, time(9)),
            outcome,
            reason=CallReason.FORGOT if reached else None,
            invoice_ids=tuple(ids),
            promise=promise,
        ),
    )


@pytest.fixture
def book(db):
    """Six clients, each at another point of the collection path."""
    c = {}
    c["fresh"] = client(db, "A Fresh BV")
    invoice(db, c["fresh"], "A-1", "100.00", invoice_date=days(-20), due=days(-5))
    c["reminded"] = client(db, "B Reminded BV")
    b1 = invoice(db, c["reminded"], "B-1", "200.00", invoice_date=days(-60), due=days(-40))
    add_letter(db, c["reminded"], "reminder", days(-30), [b1])
    c["promised"] = client(db, "C Promised BV")
    c1 = invoice(db, c["promised"], "C-1", "300.00", invoice_date=days(-60), due=days(-30))
    phone(db, c["promised"], days(-3), [c1], PromiseInput((c1,), Decimal("300"), TODAY))
    c["broken"] = client(db, "D Broken BV")
    d1 = invoice(db, c["broken"], "D-1", "400.00", invoice_date=days(-60), due=days(-30))
    phone(db, c["broken"], days(-20), [d1], PromiseInput((d1,), Decimal("400"), days(-10)))
    c["disputed"] = client(db, "E Disputed BV")
    e1 = invoice(db, c["disputed"], "E-1", "500.00", invoice_date=days(-60), due=days(-30))
    open_dispute(db, e1, days(-20), "quality")
    c["plan"] = client(db, "F Plan BV", kind=ClientKind.CONSUMER)
    f1 = invoice(db, c["plan"], "F-1", "600.00", invoice_date=days(-90), due=days(-60))
    create_payment_plan(
        db,
        PaymentPlanInput(c["plan"], (f1,), Frequency.MONTHLY, days(-10), count=3),
    )
    c["later"] = client(db, "G Later BV")
    invoice(db, c["later"], "G-1", "700.00", invoice_date=TODAY, due=days(14))
    return db, c


def test_worklist_most_urgent_first(book):
    db, c = book
    items = worklist(db, TODAY)
    assert [(i.client_id, i.action) for i in items] == [
        (c["broken"], "call"),
        (c["plan"], "chase-instalment"),
        (c["disputed"], "resolve-dispute"),
        (c["reminded"], "call"),
        (c["fresh"], "send-reminder"),
        (c["promised"], "check-promise"),
    ]
    assert all(isinstance(i, WorkItem) and i.action in ACTIONS for i in items)
    assert all(i.due_on <= TODAY for i in items)
    broken = items[0]
    assert (broken.reason, broken.amount, broken.due_on) == (
        "promise_broken",
        Decimal("400.00"),
        days(-9),
    )
    assert items[1].reason == "instalment_missed" and items[1].amount == Decimal("200.00")


def test_next_actions_one_per_owing_client_including_later_ones(book):
    db, c = book
    actions = next_actions(db, TODAY)
    assert set(actions) == set(c.values())
    later = actions[c["later"]]
    assert (later.action, later.due_on, later.reason) == ("send-reminder", days(15), "not_yet_due")
    assert actions[c["reminded"]].action == "call"
    today = {i.client_id: i for i in worklist(db, TODAY)}
    assert actions[c["promised"]] == today[c["promised"]]


def test_the_ladder_moves_on_as_things_happen(book):
    db, c = book
    phone(db, c["reminded"], days(-1))  # reached: the call step is done
    [item] = client_work(db, c["reminded"], TODAY)
    assert (item.action, item.due_on) == ("send-second-reminder", days(13))
    add_letter(db, c["reminded"], "second-reminder", days(13), item.invoice_ids)
    [item] = client_work(db, c["reminded"], days(30))
    assert (item.action, item.due_on) == ("send-final-demand", days(27))  # a business


def test_the_ladder_setting_is_read(book):
    db, c = book
    change_setting(db, "escalation.days_between_steps", 7)
    [item] = client_work(db, c["reminded"], TODAY)
    assert item.due_on == days(-23)


def test_describe_in_both_languages(book):
    db, c = book
    item = next(i for i in worklist(db, TODAY) if i.client_id == c["broken"])
    # babel puts a no-break space between the euro sign and the amount
    assert describe(item) == "Betalingsbelofte van €\xa0400,00 niet nagekomen: bel de klant."
    assert describe(item, "en") == "Promise to pay €400.00 broken: call the client."


def test_query_count_does_not_grow_with_the_book(db):
    fill_demo(db, clients=30, invoices=200, seed=3)
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    next_actions(db, TODAY)
    few = len(statements)
    for n in range(10):
        cid = client(db, f"Extra {n}")
        invoice(db, cid, f"X-{n}", "10.00", invoice_date=days(-30), due=days(-10))
    statements.clear()
    next_actions(db, TODAY)
    assert len(statements) == few <= 10


@pytest.mark.parametrize("reason", list(Reason))
def test_every_reason_reads_as_a_sentence_in_both_languages(reason):
    item = WorkItem(1, "X", "call", TODAY, reason.value, (1, 2), Decimal("12.50"))
    dutch, english = describe(item), describe(item, "en")
    assert dutch != english and "{" not in dutch + english
    assert "12,50" in dutch and "12.50" in english


@pytest.mark.parametrize(
    ("ids", "dutch", "english"),
    [
        ((1,), "1 betwiste factuur", "1 disputed invoice"),
        ((1, 2), "2 betwiste facturen", "2 disputed invoices"),
    ],
)
def test_a_count_of_invoices_takes_the_right_noun(ids, dutch, english):
    item = WorkItem(1, "X", "resolve-dispute", TODAY, "disputed", ids, Decimal("12.50"))
    assert describe(item).startswith(dutch) and describe(item, "en").startswith(english)


def test_a_consumer_claim_close_to_prescription_comes_first_until_a_demand_is_sent(db):
    """A consumer's invoice is assumed to prescribe two years after its due date
    (art. 7:28 BW); a written demand sent starts a new term (3:317, 3:319)."""
    person = client(db, "Jan Oud", kind=ClientKind.CONSUMER)
    old = invoice(db, person, "O-1", "80.00", invoice_date=days(-760), due=days(-700))
    firm = client(db, "Nieuw BV", kind=ClientKind.BUSINESS)
    invoice(db, firm, "N-1", "5000.00", invoice_date=days(-30), due=days(-10))
    first = worklist(db, TODAY)[0]
    assert (first.client_id, first.action, first.reason, first.invoice_ids) == (
        person, "send-final-demand", "prescription", (old,),
    )  # fmt: skip
    last = anniversary(days(-700), 2).strftime("%d-%m-%Y")
    assert describe(first, "nl").startswith(f"€\xa080,00 kan na {last} verjaren: stuur vóór")
    assert "may prescribe after" in describe(first, "en")
    add_letter(db, person, "final-demand", TODAY, [old])
    assert "prescription" not in {item.reason for item in worklist(db, TODAY)}


def test_the_next_step_as_of_an_earlier_day_is_what_was_next_then(db):
    """Found by a user: as of 15-05-2026 a client 29 days late showed 'Herinnering sturen
    (30-12-2026)': the step was worked out from letters made months later. As of a day,
    only what had happened by then counts, and invoices paid later were still open."""
    cid = client(db, "Laat B.V.")
    first = invoice(db, cid, "L-1", "500.00", invoice_date=days(-230), due=days(-200))
    add_letter(db, cid, "reminder", days(-5), [first])  # long after the as-of day below
    earlier = days(-171)  # 29 days after the due date
    step = next_actions(db, earlier)[cid]
    assert (step.action, step.due_on) == ("send-reminder", days(-199))
    now = next_actions(db, TODAY)[cid]
    assert now.action != "send-reminder"  # today the reminder has been sent
