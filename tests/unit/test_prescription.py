"""Prescription of a claim to payment, against the articles of the Civil Code (BW):
art. 3:307, 3:317, 3:318, 3:319 and 7:28 BW. Each case says which rule it shows."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.prescription import (
    anniversary,
    last_day,
    prescribes_soon,
    term_years,
)

DUE = date(2026, 3, 15)


@pytest.mark.parametrize(
    ("case", "years", "interruptions", "expected"),
    [
        ("art. 3:307: five years from the day after the due date", 5, (), date(2031, 3, 15)),
        ("art. 7:28: two years for goods sold to a consumer", 2, (), date(2028, 3, 15)),
        (
            "art. 3:317 + 3:319: a written demand starts a new term of the same length",
            5,
            (date(2027, 6, 1),),
            date(2032, 6, 1),
        ),
        (
            "art. 3:318: a part payment acknowledges the debt; the latest interruption counts",
            2,
            (date(2026, 5, 1), date(2028, 2, 10)),
            date(2030, 2, 10),
        ),
        (
            "a chain of interruptions, each within the running term",
            2,
            (date(2027, 3, 1), date(2029, 2, 1)),
            date(2031, 2, 1),
        ),
        (
            "a demand after the last day does not revive the claim",
            2,
            (date(2028, 3, 16),),
            date(2028, 3, 15),
        ),
        ("on the last day itself it still interrupts", 2, (date(2028, 3, 15),), date(2030, 3, 15)),
        (
            "a reminder before the due date interrupts nothing",
            2,
            (date(2026, 3, 1),),
            date(2028, 3, 15),
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_last_day(case, years, interruptions, expected):
    assert last_day(DUE, years, interruptions) == expected


def test_a_leap_day_due_date_ends_on_28_february():
    assert anniversary(date(2028, 2, 29), 5) == date(2033, 2, 28)
    assert last_day(date(2028, 2, 29), 2) == date(2030, 2, 28)


def test_consumers_get_the_shorter_term_the_app_cannot_rule_out():
    assert term_years(ClientKind.CONSUMER) == 2
    assert term_years(ClientKind.BUSINESS) == 5


def test_soon_means_within_ninety_days_or_past():
    last = date(2028, 3, 15)
    assert not prescribes_soon(last, date(2027, 12, 15))
    assert prescribes_soon(last, date(2027, 12, 16))
    assert prescribes_soon(last, date(2028, 4, 1))


@given(
    st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    st.sampled_from([2, 5]),
    st.lists(st.dates(date(2019, 1, 1), date(2040, 12, 31)), max_size=6),
)
def test_interruptions_never_shorten_and_order_does_not_matter(due, years, days):
    end = last_day(due, years, days)
    assert end >= last_day(due, years)
    assert end == last_day(due, years, list(reversed(days)))
    assert end <= anniversary(max([due, *days]), years)
