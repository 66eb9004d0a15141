"""The consumer's 14-dagenbrief (art. 6:96 lid 6 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704).

Collection costs (BIK) are owed by a consumer only after a letter that gives
fourteen days *starting the day after receipt*. The creditor must prove
receipt; courts may presume delivery on the second delivery day after posting,
where Sundays, Mondays and public holidays are no delivery days (PostNL does
not deliver letters then).

Reading of "the 2nd day after posting": we count two *delivery days* after the
posting day. On the worked rows of the reference this agrees with "posting
date + 2, moved on to the next delivery day", and otherwise it is never
earlier, so BIK is never charged a day too soon.

The fourteen days are a term set by statute (art. 6:96 lid 6 BW), so the Algemene
termijnenwet applies (``domain/termijnen.py``): a term whose fourteenth day is a
Saturday, Sunday or recognised public holiday runs on to the next day that is none of
these (art. 1 lid 1 Atw), and costs are owed only from the day after that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from debiteur_desk.domain.termijnen import is_recognised_holiday, statutory_term

TERM_DAYS = 14
DELIVERY_DAYS_AFTER_POSTING = 2
_SUNDAY, _MONDAY = 6, 0


def is_public_holiday(day: date) -> bool:
    """A recognised public holiday of art. 3 Algemene termijnenwet (with the decree days)."""
    return is_recognised_holiday(day)


def is_delivery_day(day: date) -> bool:
    """A day on which a posted letter is presumed deliverable: Tuesday to Saturday, and no
    recognised public holiday of the Algemene termijnenwet.

    The list is the act's (art. 3 Atw, with Goede Vrijdag, 5 May every year and the days
    equated by decree), not PostNL's own delivery calendar: PostNL may well deliver on
    Goede Vrijdag or on a bridge day. Counting such a day as no delivery day can only make
    the presumed delivery later, and so the term's end and the first day costs are owed;
    a later date is the safe side: costs are owed only once the term has run (art. 6:96
    lid 6 BW), so claiming them a day early claims what is not owed, while a day late
    costs nothing.
    """
    return day.weekday() not in (_SUNDAY, _MONDAY) and not is_public_holiday(day)


def presumed_delivery(posted: date) -> date:
    """The day a letter posted on ``posted`` is presumed to have been delivered."""
    day = posted
    counted = 0
    while counted < DELIVERY_DAYS_AFTER_POSTING:
        day += timedelta(days=1)
        if is_delivery_day(day):
            counted += 1
    return day


@dataclass(frozen=True)
class FourteenDayTerm:
    posted: date
    delivered: date  # presumed
    first_day: date  # the day after delivery
    last_day: date  # the 14th day, extended by the Algemene termijnenwet where needed
    bik_owed_from: date  # the day after the term, if still unpaid
    fourteenth_day: date  # the 14th day by the calendar, before art. 1 Atw

    @property
    def extended(self) -> bool:
        """True when the Algemene termijnenwet moved the last day past the 14th day."""
        return self.last_day != self.fourteenth_day


def fourteen_day_term(posted: date) -> FourteenDayTerm:
    """The term of a 14-dagenbrief posted on ``posted``.

    Posted Fri 07-03-2025: delivered Tue 11-03, term 12-03 to 25-03, BIK owed from 26-03.
    Posted Thu 06-03-2025: delivered Sat 08-03, term 09-03 to Sat 22-03, which art. 1
    Algemene termijnenwet moves to Mon 24-03; BIK owed from 25-03.
    """
    delivered = presumed_delivery(posted)
    first = delivered + timedelta(days=1)
    fourteenth, last = statutory_term(first, TERM_DAYS)
    return FourteenDayTerm(posted, delivered, first, last, last + timedelta(days=1), fourteenth)
