"""Tests for debiteur_desk.domain.payment_plan: instalment schedules."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.payment_plan import (
    MAX_INSTALMENTS,
    Frequency,
    ScheduledInstalment,
    plan_schedule,
)

D = Decimal
MONTHLY = Frequency.MONTHLY
START = date(2025, 1, 31)


def rows(schedule):
    return [(s.number, s.due_date, s.amount) for s in schedule]


def test_count_mode_remainder_on_last():
    schedule = plan_schedule(D("100.00"), START, MONTHLY, count=3)
    assert rows(schedule) == [
        (1, date(2025, 1, 31), D("33.33")),
        (2, date(2025, 2, 28), D("33.33")),  # no 31 February: the month's last day
        (3, date(2025, 3, 31), D("33.34")),  # back to the 31st
    ]


def test_instalment_mode_smaller_last():
    schedule = plan_schedule(D("100.00"), START, MONTHLY, instalment=D("30"))
    assert [s.amount for s in schedule] == [D("30.00"), D("30.00"), D("30.00"), D("10.00")]
    assert [s.number for s in schedule] == [1, 2, 3, 4]


def test_instalment_mode_exact_division():
    schedule = plan_schedule(D("90.00"), START, MONTHLY, instalment=D("30"))
    assert [s.amount for s in schedule] == [D("30.00")] * 3


def test_down_payment_on_first_date_by_default():
    schedule = plan_schedule(D("100.00"), START, MONTHLY, count=3, down_payment=D("25"))
    assert rows(schedule) == [
        (0, START, D("25.00")),
        (1, date(2025, 1, 31), D("25.00")),
        (2, date(2025, 2, 28), D("25.00")),
        (3, date(2025, 3, 31), D("25.00")),
    ]


def test_down_payment_with_own_date():
    schedule = plan_schedule(
        D("100.00"), START, MONTHLY, count=2, down_payment=D("10"),
        down_payment_date=date(2025, 1, 15),
    )  # fmt: skip
    assert schedule[0] == ScheduledInstalment(0, date(2025, 1, 15), D("10.00"))
    assert [s.amount for s in schedule[1:]] == [D("45.00"), D("45.00")]


@pytest.mark.parametrize(
    ("frequency", "dates"),
    [
        (Frequency.WEEKLY, [date(2025, 1, 31), date(2025, 2, 7), date(2025, 2, 14)]),
        (Frequency.BIWEEKLY, [date(2025, 1, 31), date(2025, 2, 14), date(2025, 2, 28)]),
        (Frequency.MONTHLY, [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31)]),
    ],
)
def test_frequencies(frequency, dates):
    schedule = plan_schedule(D("30.00"), START, frequency, count=3)
    assert [s.due_date for s in schedule] == dates


def test_monthly_over_leap_february():
    schedule = plan_schedule(D("40.00"), date(2024, 1, 30), MONTHLY, count=4)
    assert [s.due_date for s in schedule] == [
        date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30), date(2024, 4, 30)
    ]  # fmt: skip


def test_maximum_count_is_allowed():
    schedule = plan_schedule(D("1200.00"), START, MONTHLY, count=MAX_INSTALMENTS)
    assert len(schedule) == MAX_INSTALMENTS == 120
    assert schedule[-1].due_date == date(2034, 12, 31)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"count": 3, "instalment": D("10")}, "plan_count_or_amount"),
        ({}, "plan_count_or_amount"),
        ({"count": 0}, "plan_count"),
        ({"count": MAX_INSTALMENTS + 1}, "plan_count"),
        ({"count": 3, "down_payment": D("-1")}, "plan_down_payment"),
        ({"count": 3, "down_payment": D("100")}, "plan_down_payment"),
        ({"count": 3, "down_payment": D("150")}, "plan_down_payment"),
        ({"instalment": D("0")}, "plan_instalment_zero"),
        ({"instalment": D("-5")}, "plan_instalment_zero"),
        ({"instalment": D("0.50")}, "plan_never_finishes"),  # 200 instalments > 120
    ],
)
def test_invalid_plans(kwargs, code):
    with pytest.raises(InvalidInput) as excinfo:
        plan_schedule(D("100.00"), START, MONTHLY, **kwargs)
    assert excinfo.value.code == code


@pytest.mark.parametrize("total", [D("0"), D("-10")])
def test_total_must_be_positive(total):
    with pytest.raises(InvalidInput) as excinfo:
        plan_schedule(total, START, MONTHLY, count=2)
    assert excinfo.value.code == "amount_zero"


def test_count_too_large_for_the_cents():
    """0.05 over 10 instalments would give instalments of 0.00."""
    with pytest.raises(InvalidInput) as excinfo:
        plan_schedule(D("0.05"), START, MONTHLY, count=10)
    assert excinfo.value.code == "plan_instalment_zero"


def test_instalment_that_rounds_to_zero_is_invalid_input():
    with pytest.raises(InvalidInput):
        plan_schedule(D("100.00"), START, MONTHLY, instalment=D("0.004"))


def test_down_payment_after_first_instalment_is_rejected_or_ordered():
    try:
        schedule = plan_schedule(
            D("100.00"), START, MONTHLY, count=3, down_payment=D("10"),
            down_payment_date=date(2025, 6, 1),
        )  # fmt: skip
    except InvalidInput:
        return
    dates = [s.due_date for s in schedule]
    assert dates == sorted(dates)


cents = st.integers(min_value=1, max_value=10**9).map(lambda c: D(c) / 100)


@st.composite
def plans(draw):
    total = draw(cents)
    down = draw(st.integers(min_value=0, max_value=int(total * 100) - 1).map(lambda c: D(c) / 100))
    if draw(st.booleans()):
        down = D("0.00")
    frequency = draw(st.sampled_from(list(Frequency)))
    first_due = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
    rest = total - down
    if draw(st.booleans()):
        count = draw(st.integers(min_value=1, max_value=MAX_INSTALMENTS))
        assume(rest / count >= D("0.01"))
        kwargs = {"count": count}
    else:
        instalment = draw(cents)
        assume(rest / instalment <= MAX_INSTALMENTS)
        kwargs = {"instalment": instalment}
    return total, first_due, frequency, down, kwargs


@settings(deadline=None, max_examples=300)
@given(plans())
def test_schedule_properties(plan):
    total, first_due, frequency, down, kwargs = plan
    schedule = plan_schedule(total, first_due, frequency, down_payment=down, **kwargs)
    # always sums exactly to the total; nothing zero or negative
    assert sum(s.amount for s in schedule) == total
    assert all(s.amount > 0 for s in schedule)
    assert all(s.amount == s.amount.quantize(D("0.01")) for s in schedule)
    # the down payment, if any, comes first on the first date
    has_down = down > 0
    assert (schedule[0].number == 0) == has_down
    if has_down:
        assert schedule[0] == ScheduledInstalment(0, first_due, down)
    regular = schedule[1:] if has_down else schedule
    assert [s.number for s in regular] == list(range(1, len(regular) + 1))
    assert regular[0].due_date == first_due
    # dates strictly increase
    for before, after in zip(regular, regular[1:], strict=False):
        assert after.due_date > before.due_date
        assert after.due_date - before.due_date <= timedelta(days=31)
    # the remainder is only on the last instalment
    amounts = [s.amount for s in regular]
    assert len(set(amounts[:-1])) <= 1
    if "count" in kwargs:
        assert len(regular) == kwargs["count"]
        assert all(a <= amounts[-1] for a in amounts)
        assert amounts[-1] - amounts[0] < D("0.01") * kwargs["count"]
    else:
        assert all(a == kwargs["instalment"] for a in amounts[:-1])
        assert amounts[-1] <= kwargs["instalment"]
