"""Payment plans through the services: additions, schedules, signing, matching, renegotiation."""

from datetime import timedelta
from decimal import Decimal

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.instalments import InstalmentStatus, PlanStatus
from debiteur_desk.domain.interest import InterestKind, calculate_interest
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.services.agreements import PromiseInput, record_phone_call
from debiteur_desk.services.disputes import open_dispute
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    client_plans,
    create_payment_plan,
    mark_plan_broken,
    mark_plan_signed,
    plan_additions,
    plan_view,
    renegotiate_plan,
)
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.rates import interest_rates
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import Agreement, AuditLog, Invoice, Letter

from .factories import client, invoice
from .test_agreements import call

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(db):
    cid = client(db)
    first = invoice(db, cid, "F-1", "600.00", invoice_date=days(-60), due=days(-30))
    second = invoice(db, cid, "F-2", "400.00", invoice_date=days(-40), due=days(-10))
    return db, cid, (first, second)


def plan_input(cid, ids, **kw):
    values = {"client_id": cid, "invoice_ids": ids, "frequency": Frequency.MONTHLY}
    values |= {"first_due": days(10), "count": 3}
    return PaymentPlanInput(**{**values, **kw})


def pay(db, cid, amount, on):
    return record_payment(db, PaymentInput(on, Decimal(amount), cid))


def amounts(view):
    return [(i.number, i.amount, i.paid) for i in view.instalments]


def test_schedule_through_the_service_puts_the_remainder_last(book):
    db, cid, ids = book
    plan_id = create_payment_plan(db, plan_input(cid, ids))
    view = plan_view(db, plan_id, TODAY)
    assert view.status is PlanStatus.DRAFT and view.total == Decimal("1000.00")
    assert [(i.number, i.due_date, i.amount) for i in view.instalments] == [
        (1, days(10), Decimal("333.33")),
        (2, days(10) + relativedelta(months=1), Decimal("333.33")),
        (3, days(10) + relativedelta(months=2), Decimal("333.34")),
    ]
    assert view.invoice_ids == tuple(sorted(ids))


def test_amount_per_instalment_and_a_down_payment(book):
    db, cid, ids = book
    data = plan_input(
        cid, ids, count=None, instalment=Decimal("300"), down_payment=Decimal("150"),
        down_payment_date=days(3), frequency=Frequency.WEEKLY,
    )  # fmt: skip
    view = plan_view(db, create_payment_plan(db, data), TODAY)
    assert [(i.number, i.due_date, i.amount) for i in view.instalments] == [
        (0, days(3), Decimal("150.00")),
        (1, days(10), Decimal("300.00")),
        (2, days(17), Decimal("300.00")),
        (3, days(24), Decimal("250.00")),
    ]
    assert view.down_payment == Decimal("150.00")


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"count": None, "instalment": Decimal("5")}, "plan_never_finishes"),
        ({"count": None, "instalment": Decimal("0")}, "plan_instalment_zero"),
        ({"count": 0}, "plan_count"),
        ({"down_payment": Decimal("1000")}, "plan_down_payment"),
        ({"invoice_ids": ()}, "plan_needs_invoices"),
    ],
)
def test_impossible_plans_are_refused(book, change, code):
    db, cid, ids = book
    with pytest.raises(InvalidInput) as info:
        create_payment_plan(db, plan_input(cid, ids, **change))
    assert info.value.code == code
    assert client_plans(db, cid, TODAY) == []


def test_business_additions_interest_per_invoice_and_costs(book):
    db, cid, ids = book
    additions = plan_additions(db, ids, TODAY)
    rates = interest_rates(db)
    expected = (
        calculate_interest(
            Decimal("600.00"), days(-29), TODAY, InterestKind.COMMERCIAL, rates
        ).total
        + calculate_interest(
            Decimal("400.00"), days(-9), TODAY, InterestKind.COMMERCIAL, rates
        ).total
    )
    assert [line.number for line in additions.interest_lines] == ["F-1", "F-2"]
    assert additions.interest == expected > 0
    # BIK staffel on 1000 is 150, more than 2 x 40
    assert additions.costs == Decimal("150.00") and additions.costs_allowed
    assert additions.bik.tiers[0].rate == Decimal("0.15")
    data = plan_input(cid, ids, add_interest=True, add_costs=True, additions_as_of=TODAY)
    view = plan_view(db, create_payment_plan(db, data), TODAY)
    assert (view.principal, view.interest, view.costs) == (
        Decimal("1000.00"),
        expected,
        Decimal("150.00"),
    )
    assert view.total == Decimal("1150.00") + expected
    assert sum(i.amount for i in view.instalments) == view.total


def test_a_business_owes_at_least_40_per_invoice(db):
    cid = client(db)
    ids = tuple(
        invoice(db, cid, f"K-{n}", "50.00", invoice_date=days(-40), due=days(-20)) for n in range(3)
    )
    additions = plan_additions(db, ids, TODAY)
    assert additions.bik.amount == Decimal("40.00")  # the staffel's minimum on 150
    assert additions.costs == Decimal("120.00") and additions.per_invoice_minimum


def test_consumer_costs_only_after_the_fourteen_day_term(db):
    """Art. 6:96 lid 6 BW (costs after a 14-dagenbrief's term) and art. 6:119 with 6:82 BW
    (interest from default: without a fatal term, after a demand's term ran out)."""
    cid = client(db, name="Anna Jansen", kind=ClientKind.CONSUMER)
    inv = invoice(db, cid, "C-1", "800.00", invoice_date=days(-90), due=days(-60))
    additions = plan_additions(db, (inv,), TODAY)
    assert not additions.costs_allowed and additions.interest == 0
    change_setting(db, "rules.payment_term_agreed", True)  # a fatal term: default at once
    additions = plan_additions(db, (inv,), TODAY)
    assert not additions.costs_allowed and additions.interest > 0
    with pytest.raises(RuleViolation) as info:
        create_payment_plan(db, plan_input(cid, (inv,), add_costs=True))
    assert info.value.code == "plan_costs_not_allowed"
    with db.transaction() as s:
        letter = Letter(client_id=cid, kind="fourteen-day-letter", file_path="x", sha256="0")
        letter.sent_on = days(-30)
        letter.invoices = [s.get(Invoice, inv)]
        s.add(letter)
    assert plan_additions(db, (inv,), TODAY).costs_allowed


def test_one_live_plan_per_client_and_no_disputed_invoices(book):
    db, cid, (first, second) = book
    create_payment_plan(db, plan_input(cid, (first,)))
    with pytest.raises(RuleViolation) as info:
        create_payment_plan(db, plan_input(cid, (second,)))
    assert info.value.code == "plan_client_has_plan"
    other = client(db, name="Ander BV")
    theirs = invoice(db, other, "A-1", "100.00", invoice_date=days(-20), due=days(-5))
    open_dispute(db, theirs, days(-1), "amount")
    with pytest.raises(RuleViolation) as info:
        create_payment_plan(db, plan_input(other, (theirs,)))
    assert info.value.code == "plan_invoice_disputed"
    with pytest.raises(InvalidInput) as info:
        create_payment_plan(db, plan_input(other, (second,)))
    assert info.value.code == "plan_one_client"


def test_signing_makes_it_active(book):
    db, cid, ids = book
    plan_id = create_payment_plan(db, plan_input(cid, ids))
    mark_plan_signed(db, plan_id, days(2))
    view = plan_view(db, plan_id, TODAY)
    assert (view.status, view.signed_on) == (PlanStatus.ACTIVE, days(2))
    with pytest.raises(RuleViolation):
        mark_plan_signed(db, plan_id, days(3))


def test_payments_match_oldest_instalment_first_partial_and_early(book):
    db, cid, ids = book
    plan_id = create_payment_plan(db, plan_input(cid, ids))
    pay(db, cid, "100.00", TODAY)  # partial, before the first due date
    view = plan_view(db, plan_id, TODAY)
    assert view.instalments[0].status is InstalmentStatus.PARTLY_PAID
    pay(db, cid, "400.00", days(1))  # the rest of no. 1 and early on no. 2
    view = plan_view(db, plan_id, days(12))
    assert amounts(view)[:2] == [
        (1, Decimal("333.33"), Decimal("333.33")),
        (2, Decimal("333.33"), Decimal("166.67")),
    ]
    assert view.instalments[0].status is InstalmentStatus.PAID
    assert view.instalments[0].paid_on == days(1)
    assert view.remaining == Decimal("500.00")
    assert plan_view(db, plan_id, days(60)).instalments[1].status is InstalmentStatus.MISSED


def test_interest_and_costs_are_paid_from_the_credit_beyond_the_principal(book):
    db, cid, ids = book
    data = plan_input(cid, ids, count=2, add_costs=True)
    plan_id = create_payment_plan(db, data)  # 1000 + 150 costs, two instalments of 575
    mark_plan_signed(db, plan_id, TODAY)
    pay(db, cid, "575.00", TODAY)
    pay(db, cid, "575.00", days(1))  # 425 to the invoices, 150 stays as credit
    view = plan_view(db, plan_id, TODAY)
    assert view.status is PlanStatus.COMPLETED and view.remaining == 0
    actions = _audit_actions(db)
    assert "payment_plan.completed" in actions


def test_a_plan_replaces_an_open_promise(book):
    db, cid, ids = book
    agreement = record_phone_call(
        db, call(cid, ids, PromiseInput(ids, Decimal("1000"), days(5)))
    ).agreement_id
    create_payment_plan(db, plan_input(cid, ids))
    with db.reading() as s:
        assert s.get(Agreement, agreement).status == "cancelled"


def test_renegotiation_keeps_the_history(book):
    db, cid, (first, second) = book
    old = create_payment_plan(db, plan_input(cid, (first,), count=2))
    mark_plan_signed(db, old, TODAY)
    pay(db, cid, "300.00", TODAY)
    new = renegotiate_plan(db, old, plan_input(cid, (first, second), count=4, first_due=days(20)))
    views = {v.id: v for v in client_plans(db, cid, days(90))}
    assert views[old].status is PlanStatus.REPLACED and views[old].replaced_by_id == new
    assert views[new].replaces_id == old and views[new].status is PlanStatus.DRAFT
    assert views[new].principal == Decimal("700.00")  # what was still open
    # the old plan's instalments keep their fate as it stood when it was replaced
    assert amounts(views[old]) == [(1, Decimal("300.00"), Decimal("300.00")),
                                   (2, Decimal("300.00"), Decimal("0.00"))]  # fmt: skip
    assert views[old].instalments[1].status is InstalmentStatus.UPCOMING
    pay(db, cid, "175.00", days(1))
    assert plan_view(db, new, TODAY).instalments[0].paid == Decimal("175.00")
    assert plan_view(db, old, TODAY).instalments[1].paid == Decimal("0.00")
    with pytest.raises(RuleViolation):
        renegotiate_plan(db, old, plan_input(cid, (first,)))


def test_breaking_a_plan(book):
    db, cid, ids = book
    plan_id = create_payment_plan(db, plan_input(cid, ids))
    mark_plan_broken(db, plan_id, TODAY, "termijn 1 gemist, herinnering genegeerd")
    view = plan_view(db, plan_id, TODAY)
    assert view.status is PlanStatus.BROKEN
    with pytest.raises(RuleViolation):
        mark_plan_broken(db, plan_id, TODAY)
    # the invoices are free again for a new plan
    assert create_payment_plan(db, plan_input(cid, ids)) != plan_id


def _audit_actions(db):
    with db.reading() as s:
        return list(s.scalars(select(AuditLog.action)))
