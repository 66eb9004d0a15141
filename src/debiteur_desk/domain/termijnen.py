"""Statutory terms and the Algemene termijnenwet (Atw, BWBR0002448).

Art. 1 lid 1: a term set by statute whose last day is a Saturday, a Sunday or a
recognised public holiday runs on to and including the next day that is none of these.
Art. 2: a statutory term of three days or more is extended, where needed, until it
contains at least two days that are none of these.
Art. 3 names the recognised public holidays:

- lid 1: Nieuwjaarsdag, the Christian tweede Paasdag and tweede Pinksterdag, both
  Christmas days, Hemelvaartsdag, the day the King's birthday is celebrated (Koningsdag:
  27 April, or 26 April when the 27th is a Sunday; Koninginnedag 30 April, or 29 April
  when the 30th is a Sunday, up to 2013) and 5 May, every year;
- lid 2: Goede Vrijdag;
- lid 3: further days equated by decree, about once every three years, published in the
  Staatscourant. Those ship as data with their source (``data/atw_equated_days.json``).

Easter comes from ``dateutil.easter`` (western), so the list is exactly the act's and not
some calendar package's idea of Dutch holidays (which, for instance, has 5 May only in
lustrum years).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources

from dateutil.easter import easter

ONE_DAY = timedelta(days=1)
_SATURDAY, _SUNDAY = 5, 6
ART_2_MINIMUM_LENGTH = 3  # days
ART_2_WORKING_DAYS = 2
_FIRST_KINGS_DAY_YEAR = 2014  # Koningsdag replaced Koninginnedag (30 April) from 2014


class HolidayKind(StrEnum):
    NEW_YEAR = "new_year"  # art. 3 lid 1
    GOOD_FRIDAY = "good_friday"  # art. 3 lid 2
    EASTER_MONDAY = "easter_monday"  # art. 3 lid 1
    KINGS_DAY = "kings_day"  # art. 3 lid 1
    LIBERATION_DAY = "liberation_day"  # art. 3 lid 1 (5 May, every year)
    ASCENSION_DAY = "ascension_day"  # art. 3 lid 1
    WHIT_MONDAY = "whit_monday"  # art. 3 lid 1
    CHRISTMAS_DAY = "christmas_day"  # art. 3 lid 1
    BOXING_DAY = "boxing_day"  # art. 3 lid 1
    EQUATED_BY_DECREE = "equated_by_decree"  # art. 3 lid 3


@dataclass(frozen=True)
class Holiday:
    """A recognised public holiday in the sense of art. 3 Atw."""

    day: date
    kind: HolidayKind
    basis: str  # the article: "art. 3 lid 1 Atw"
    source: str = ""  # for a day equated by decree: the decree and where it was published
    verified: bool = True  # False: the decree was not checked against its official text


@dataclass(frozen=True)
class EquatedDays:
    """The days of art. 3 lid 3 that ship with the app, and the last year they cover."""

    days: dict[date, Holiday]
    known_through: int


@cache
def equated_days() -> EquatedDays:
    """Days equated by decree (art. 3 lid 3 Atw), from ``data/atw_equated_days.json``."""
    text = (
        resources.files("debiteur_desk.domain")
        .joinpath("data/atw_equated_days.json")
        .read_text(encoding="utf-8")
    )
    data = json.loads(text)
    days = {}
    for row in data["days"]:
        day = date.fromisoformat(row["day"])
        source = f"{row['decree']} ({row['citation']})"
        days[day] = Holiday(
            day, HolidayKind.EQUATED_BY_DECREE, "art. 3 lid 3 Atw", source, bool(row["verified"])
        )
    return EquatedDays(days, int(data["known_through"]))


def _royal_birthday(year: int) -> date:
    """The day the monarch's birthday is celebrated: moved a day back from a Sunday."""
    day = date(year, 4, 27) if year >= _FIRST_KINGS_DAY_YEAR else date(year, 4, 30)
    return day - ONE_DAY if day.weekday() == _SUNDAY else day


@cache
def recognised_holidays(year: int) -> dict[date, Holiday]:
    """Every recognised public holiday of art. 3 Atw in ``year``, by day."""
    sunday = easter(year)
    lid_1 = "art. 3 lid 1 Atw"
    listed = [
        Holiday(date(year, 1, 1), HolidayKind.NEW_YEAR, lid_1),
        Holiday(sunday - timedelta(days=2), HolidayKind.GOOD_FRIDAY, "art. 3 lid 2 Atw"),
        Holiday(sunday + ONE_DAY, HolidayKind.EASTER_MONDAY, lid_1),
        Holiday(_royal_birthday(year), HolidayKind.KINGS_DAY, lid_1),
        Holiday(date(year, 5, 5), HolidayKind.LIBERATION_DAY, lid_1),
        Holiday(sunday + timedelta(days=39), HolidayKind.ASCENSION_DAY, lid_1),
        Holiday(sunday + timedelta(days=50), HolidayKind.WHIT_MONDAY, lid_1),
        Holiday(date(year, 12, 25), HolidayKind.CHRISTMAS_DAY, lid_1),
        Holiday(date(year, 12, 26), HolidayKind.BOXING_DAY, lid_1),
    ]
    days = {h.day: h for h in equated_days().days.values() if h.day.year == year}
    # Where two fall on one day (5 May can be Hemelvaartsdag), the first one named is kept,
    # and a day the act names itself wins over the same day in a decree.
    for holiday in reversed(listed):
        days[holiday.day] = holiday
    return dict(sorted(days.items()))


def holiday_on(day: date) -> Holiday | None:
    """The recognised public holiday on ``day`` (art. 3 Atw), if any."""
    return recognised_holidays(day.year).get(day)


def is_recognised_holiday(day: date) -> bool:
    return day in recognised_holidays(day.year)


def is_free_day(day: date) -> bool:
    """A Saturday, a Sunday or a recognised public holiday (art. 1 lid 1 Atw)."""
    return day.weekday() in (_SATURDAY, _SUNDAY) or is_recognised_holiday(day)


def extend_term(first_day: date, last_day: date) -> date:
    """The last day of a statutory term running from ``first_day`` to ``last_day`` once the
    Algemene termijnenwet has extended it.

    Art. 2: a term of three days or more runs on until it holds at least two days that are
    no Saturday, Sunday or recognised holiday. Art. 1 lid 1: a term ending on such a day
    runs on to and including the next day that is none of them. (Art. 1 lid 2: not for
    terms counted backwards from a moment; this function is for terms counted forwards.)
    """
    if last_day < first_day:
        raise ValueError("a term cannot end before it starts")
    if (last_day - first_day).days + 1 >= ART_2_MINIMUM_LENGTH:
        working = sum(
            1
            for n in range((last_day - first_day).days + 1)
            if not is_free_day(first_day + timedelta(days=n))
        )
        while working < ART_2_WORKING_DAYS:
            last_day += ONE_DAY
            working += not is_free_day(last_day)
    while is_free_day(last_day):
        last_day += ONE_DAY
    return last_day


def statutory_term(first_day: date, days: int) -> tuple[date, date]:
    """A term of ``days`` days from ``first_day``: its last day by the calendar, and its last
    day after the Algemene termijnenwet (``extend_term``)."""
    if days < 1:
        raise ValueError("a term has at least one day")
    nominal = first_day + timedelta(days=days - 1)
    return nominal, extend_term(first_day, nominal)
