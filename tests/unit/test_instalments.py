"""Instalments matched to money oldest first, with partial, early and late payments."""

from datetime import date

import pytest

from debiteur_desk.domain.instalments import (
    GRACE_DAYS,
    InstalmentDue,
    InstalmentStatus,
    PlanStatus,
    match_instalments,
    next_plan_status,
    plan_money,
)

PLAN = (
    InstalmentDue(1, date(2026, 12, 1), 10000),
    InstalmentDue(2, date(2027, 1, 1), 10000),
    InstalmentDue(3, date(2027, 2, 1), 5000),
)


def paid(result):
    return [(m.number, m.paid_cents, m.paid_on) for m in result.instalments]


def test_exact_payments_pay_each_instalment():
    result = match_instalments(PLAN, [(date(2026, 12, 1), 10000), (date(2026, 12, 30), 10000)])
    assert paid(result) == [
        (1, 10000, date(2026, 12, 1)),
        (2, 10000, date(2026, 12, 30)),
        (3, 0, None),
    ]
    assert result.remaining_cents == 5000 and not result.complete


def test_partial_payment_leaves_the_instalment_partly_paid():
    result = match_instalments(PLAN, [(date(2026, 11, 25), 4000)])
    first = result.instalments[0]
    assert (first.paid_cents, first.unpaid_cents) == (4000, 6000)
    assert first.status(date(2026, 11, 30)) is InstalmentStatus.PARTLY_PAID
    assert first.status(date(2026, 12, 2)) is InstalmentStatus.LATE


def test_early_double_payment_pays_ahead_oldest_first():
    result = match_instalments(PLAN, [(date(2026, 11, 20), 15000)])
    assert paid(result)[:2] == [(1, 10000, date(2026, 11, 20)), (2, 5000, date(2026, 11, 20))]
    assert result.instalments[1].status(date(2026, 12, 15)) is InstalmentStatus.PARTLY_PAID


def test_payments_fill_in_the_order_received_whatever_order_given():
    result = match_instalments(PLAN, [(date(2027, 1, 2), 10000), (date(2026, 12, 1), 10000)])
    assert paid(result)[:2] == [(1, 10000, date(2026, 12, 1)), (2, 10000, date(2027, 1, 2))]
    assert result.instalments[1].paid_late


def test_surplus_after_the_last_instalment():
    result = match_instalments(PLAN, [(date(2026, 12, 1), 30000)])
    assert result.complete and result.surplus_cents == 5000


def test_down_payment_is_matched_first():
    plan = (InstalmentDue(0, date(2026, 11, 25), 5000), *PLAN)
    result = match_instalments(plan, [(date(2026, 11, 25), 7000)])
    assert paid(result)[:2] == [(0, 5000, date(2026, 11, 25)), (1, 2000, date(2026, 11, 25))]


@pytest.mark.parametrize(
    ("as_of", "paid_cents", "status"),
    [
        (date(2026, 11, 1), 0, InstalmentStatus.UPCOMING),
        (date(2026, 12, 1), 0, InstalmentStatus.UPCOMING),  # the due day itself
        (date(2026, 12, 1), 100, InstalmentStatus.PARTLY_PAID),
        (date(2026, 12, 2), 0, InstalmentStatus.LATE),
        (date(2026, 12, 1 + GRACE_DAYS), 0, InstalmentStatus.LATE),
        (date(2026, 12, 2 + GRACE_DAYS), 0, InstalmentStatus.MISSED),
        (date(2026, 12, 2 + GRACE_DAYS), 9999, InstalmentStatus.MISSED),
        (date(2027, 6, 1), 10000, InstalmentStatus.PAID),
    ],
)
def test_status_table(as_of, paid_cents, status):
    payments = [(date(2026, 11, 1), paid_cents)] if paid_cents else []
    first = match_instalments(PLAN[:1], payments).instalments[0]
    assert first.status(as_of) is status


def test_missed_lists_only_missed_instalments():
    result = match_instalments(PLAN, [(date(2026, 12, 1), 10000)])
    assert [m.number for m in result.missed(date(2027, 1, 10))] == [2]
    assert result.first_unpaid().number == 2


def test_credit_pays_interest_and_costs_only_up_to_their_total():
    allocated = [(date(2026, 12, 1), 10000)]
    credit = [(date(2027, 1, 1), 3000), (date(2027, 2, 1), 3000)]
    assert plan_money(allocated, credit, extra_cents=4000) == [
        (date(2026, 12, 1), 10000),
        (date(2027, 1, 1), 3000),
        (date(2027, 2, 1), 1000),
    ]
    assert plan_money(allocated, credit, extra_cents=0) == allocated


@pytest.mark.parametrize(
    ("current", "signed", "complete", "expected"),
    [
        (PlanStatus.DRAFT, False, False, PlanStatus.DRAFT),
        (PlanStatus.DRAFT, True, False, PlanStatus.ACTIVE),
        (PlanStatus.ACTIVE, True, True, PlanStatus.COMPLETED),
        (PlanStatus.DRAFT, False, True, PlanStatus.COMPLETED),
        (PlanStatus.COMPLETED, True, False, PlanStatus.ACTIVE),  # a payment was deleted
        (PlanStatus.BROKEN, True, True, PlanStatus.BROKEN),
        (PlanStatus.REPLACED, True, False, PlanStatus.REPLACED),
    ],
)
def test_plan_status(current, signed, complete, expected):
    assert next_plan_status(current, signed=signed, complete=complete) is expected
