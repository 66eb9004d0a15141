"""Before a batch of reminders: the last bank statement more than three working days old
is too old (issue 13). Working days skip weekends and the holidays of art. 3 Atw."""

from datetime import date

import pytest

from debiteur_desk.domain.statement_age import statement_is_stale, working_days_since

TUESDAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("read_on", "days"),
    [
        (date(2026, 3, 10), 0),  # today
        (date(2026, 3, 9), 1),  # Monday
        (date(2026, 3, 6), 2),  # Friday: the weekend does not count
        (date(2026, 3, 5), 3),  # Thursday
        (date(2026, 3, 4), 4),  # Wednesday
    ],
)
def test_working_days_skip_the_weekend(read_on, days):
    assert working_days_since(read_on, TUESDAY) == days


def test_three_working_days_back_across_a_weekend_is_not_stale():
    assert not statement_is_stale(date(2026, 3, 5), TUESDAY)


def test_four_working_days_back_across_a_weekend_is_stale():
    assert statement_is_stale(date(2026, 3, 4), TUESDAY)


def test_easter_monday_is_no_working_day_art_3_lid_1_atw():
    """Art. 3 lid 1 Atw: tweede Paasdag (6 April 2026) and Goede Vrijdag (art. 3 lid 2,
    3 April 2026) are recognised holidays: no working days."""
    assert working_days_since(date(2026, 4, 2), date(2026, 4, 7)) == 1


def test_no_statement_read_yet_is_stale():
    assert statement_is_stale(None, TUESDAY)
