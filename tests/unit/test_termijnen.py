"""The Algemene termijnenwet (BWBR0002448): the recognised public holidays of art. 3 and the
extension of statutory terms by art. 1 and 2."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debiteur_desk.domain.termijnen import (
    HolidayKind,
    equated_days,
    extend_term,
    holiday_on,
    is_free_day,
    recognised_holidays,
    statutory_term,
)


def test_the_holidays_of_2026_are_exactly_those_of_article_3():
    """Art. 3 lid 1 (Nieuwjaarsdag, tweede Paas- en Pinksterdag, Hemelvaartsdag, Koningsdag,
    5 May, both Christmas days), lid 2 (Goede Vrijdag) and lid 3 (2 January and 15 May 2026,
    Besluit gelijkstelling van 2 januari 2026, ...) Algemene termijnenwet."""
    kinds = {day: h.kind for day, h in recognised_holidays(2026).items()}
    assert kinds == {
        date(2026, 1, 1): HolidayKind.NEW_YEAR,
        date(2026, 1, 2): HolidayKind.EQUATED_BY_DECREE,
        date(2026, 4, 3): HolidayKind.GOOD_FRIDAY,
        date(2026, 4, 6): HolidayKind.EASTER_MONDAY,
        date(2026, 4, 27): HolidayKind.KINGS_DAY,
        date(2026, 5, 5): HolidayKind.LIBERATION_DAY,
        date(2026, 5, 14): HolidayKind.ASCENSION_DAY,
        date(2026, 5, 15): HolidayKind.EQUATED_BY_DECREE,
        date(2026, 5, 25): HolidayKind.WHIT_MONDAY,
        date(2026, 12, 25): HolidayKind.CHRISTMAS_DAY,
        date(2026, 12, 26): HolidayKind.BOXING_DAY,
    }


@pytest.mark.parametrize(
    ("year", "day"),
    [(2025, date(2025, 4, 26)), (2031, date(2031, 4, 26)), (2027, date(2027, 4, 27))],
)
def test_kings_day_moves_to_the_26th_when_the_27th_is_a_sunday(year, day):
    """Art. 3 lid 1 Algemene termijnenwet: "de dag waarop de verjaardag van de Koning wordt
    gevierd" — 27 April, or Saturday 26 April when the 27th is a Sunday."""
    kings_day = [d for d, h in recognised_holidays(year).items() if h.kind is HolidayKind.KINGS_DAY]
    assert kings_day == [day]
    if day.day == 26:
        assert holiday_on(date(year, 4, 27)) is None


def test_queens_day_before_2014():
    """Art. 3 lid 1 Algemene termijnenwet, before Koningsdag: 30 April, or 29 April when the
    30th was a Sunday (2006)."""
    assert holiday_on(date(2013, 4, 30)).kind is HolidayKind.KINGS_DAY
    assert holiday_on(date(2006, 4, 29)).kind is HolidayKind.KINGS_DAY
    assert holiday_on(date(2006, 4, 30)) is None


def test_liberation_day_in_a_non_lustrum_year():
    """Art. 3 lid 1 Algemene termijnenwet: "de vijfde mei", every year (2026, 2027)."""
    for year in (2026, 2027):
        assert holiday_on(date(year, 5, 5)).basis == "art. 3 lid 1 Atw"


def test_days_equated_by_decree_ship_with_their_source():
    """Art. 3 lid 3 Algemene termijnenwet: each equated day names its decree; the titles
    known only from secondary sources are marked unverified."""
    days = equated_days()
    assert days.known_through >= 2028
    friday = days.days[date(2026, 5, 15)]
    assert "Besluit gelijkstelling van 2 januari 2026" in friday.source and not friday.verified
    assert "28 april 2023" in days.days[date(2024, 12, 27)].source
    assert all(h.source and h.basis == "art. 3 lid 3 Atw" for h in days.days.values())
    official = days.days[date(2019, 12, 27)]  # BWBR0038666, read on wetten.overheid.nl
    assert official.verified and "BWBR0038666" in official.source


@pytest.mark.parametrize(
    ("last", "extended", "what"),
    [
        (date(2026, 4, 3), date(2026, 4, 7), "Goede Vrijdag (lid 2), then Easter"),
        (date(2026, 4, 6), date(2026, 4, 7), "tweede Paasdag (lid 1)"),
        (date(2025, 4, 26), date(2025, 4, 28), "Koningsdag on Saturday the 26th (lid 1)"),
        (date(2027, 4, 27), date(2027, 4, 28), "Koningsdag on a Tuesday (lid 1)"),
        (date(2027, 5, 5), date(2027, 5, 10), "5 May, Hemelvaartsdag 6, decree day 7 May 2027"),
        (date(2026, 1, 2), date(2026, 1, 5), "2 January 2026, equated by decree (lid 3)"),
        (date(2026, 12, 24), date(2026, 12, 24), "a Thursday: no extension"),
    ],
)
def test_a_term_ending_on_a_holiday_runs_on(last, extended, what):
    """Art. 1 lid 1 Algemene termijnenwet: a statutory term ending on a Saturday, Sunday or
    a holiday of art. 3 runs on to and including the next day that is none of these."""
    assert extend_term(last - timedelta(days=13), last) == extended, what


def test_article_2_two_working_days_in_a_term_of_three_days_or_more():
    """Art. 2 Algemene termijnenwet: a three-day term from Christmas Day 2025 (Thu 25, Fri 26,
    Sat 27) holds no working day; it runs on until it holds two, Mon 29 and Tue 30. Art. 1
    alone would have stopped at Monday."""
    assert extend_term(date(2025, 12, 25), date(2025, 12, 27)) == date(2025, 12, 30)
    # A two-day term is not covered by art. 2: only art. 1 moves it.
    assert extend_term(date(2025, 12, 25), date(2025, 12, 26)) == date(2025, 12, 29)


def test_statutory_term_gives_the_calendar_day_and_the_extended_day():
    """Art. 1 lid 1 Algemene termijnenwet: 14 days from Sun 06-12-2026 end Sat 19-12, moved
    to Mon 21-12."""
    assert statutory_term(date(2026, 12, 6), 14) == (date(2026, 12, 19), date(2026, 12, 21))


@given(
    first=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    length=st.integers(min_value=1, max_value=40),
)
def test_an_extended_term_ends_on_the_first_possible_working_day(first, length):
    """Art. 1 and 2 Algemene termijnenwet: the last day is never a free day, never earlier
    than the calendar's, and only free days lie between the two unless art. 2 applied."""
    nominal, last = statutory_term(first, length)
    assert last >= nominal and not is_free_day(last)
    skipped = [nominal + timedelta(days=n) for n in range((last - nominal).days)]
    working_in_term = sum(
        not is_free_day(first + timedelta(days=n)) for n in range((nominal - first).days + 1)
    )
    if length < 3 or working_in_term >= 2:
        assert all(is_free_day(day) for day in skipped)
