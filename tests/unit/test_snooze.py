"""A snoozed worklist step: out of the list until its day, back on it (domain/snooze.py)."""

from datetime import date

import pytest

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.snooze import Snooze, check_snooze

SNOOZE = Snooze(
    1, 7, "send-reminder", "betaalt na de vakantie", date(2026, 11, 2), date(2026, 11, 9)
)


@pytest.mark.parametrize(
    ("day", "hidden"),
    [
        (date(2026, 11, 1), False),  # before it was made: the list as it was then
        (date(2026, 11, 2), True),
        (date(2026, 11, 8), True),
        (date(2026, 11, 9), False),  # back on the day
    ],
)
def test_a_snooze_hides_its_step_from_the_day_it_was_made_until_its_day(day, hidden):
    assert SNOOZE.hides_on(day) is hidden


def test_a_lifted_snooze_hides_nothing_from_the_day_it_was_lifted():
    lifted = Snooze(**{**SNOOZE.__dict__, "lifted_on": date(2026, 11, 4)})
    assert lifted.hides_on(date(2026, 11, 3))
    assert not lifted.hides_on(date(2026, 11, 4))


def test_a_snooze_needs_a_reason_and_a_day_after_today():
    today = date(2026, 11, 2)
    assert check_snooze("  belt terug  ", date(2026, 11, 3), today) == "belt terug"
    with pytest.raises(InvalidInput) as empty:
        check_snooze(" ", date(2026, 11, 3), today)
    assert empty.value.code == "snooze_reason_empty"
    with pytest.raises(InvalidInput) as past:
        check_snooze("belt terug", today, today)
    assert past.value.code == "snooze_until_not_future"
