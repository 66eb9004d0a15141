"""The consumer's 14-dagenbrief (art. 6:96 lid 6 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704).

Collection costs (BIK) are owed by a consumer only after a letter that gives
fourteen days *starting the day after receipt*. The creditor must prove
receipt; courts may presume delivery on the second delivery day after posting,
where Sundays, Mondays and public holidays are no delivery days (PostNL does
not deliver letters then).

Reading of "the 2nd day after posting": we count two *delivery days* after the
posting day. On the worked rows of the reference this agrees with "posting
date + 2, moved on to the next delivery day", and otherwise it is never
earlier, so BIK is never charged a day too soon. Public holidays are those of
the ``holidays`` package for the Netherlands (which includes Good Friday) plus
5 May every year, which the Algemene termijnenwet (art. 3) counts as a
recognised public holiday while the package has it only in lustrum years;
a later presumed delivery is the safe side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.parties import ClientKind

TERM_DAYS = 14
DELIVERY_DAYS_AFTER_POSTING = 2
_SUNDAY, _MONDAY = 6, 0


@cache
def _dutch_holidays(year: int) -> frozenset[date]:
    # Imported on first use: the holiday tables cost the window's start-up 6 MiB and
    # are needed only when a 14-day letter's dates are worked out.
    import holidays

    days = set(holidays.country_holidays("NL", years=year))
    days.add(date(year, 5, 5))  # Bevrijdingsdag, art. 3 Algemene termijnenwet
    return frozenset(days)


def is_public_holiday(day: date) -> bool:
    return day in _dutch_holidays(day.year)


def is_delivery_day(day: date) -> bool:
    """A day on which a posted letter can be delivered: Tuesday to Saturday, no holiday."""
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
    last_day: date  # the 14th day
    bik_owed_from: date  # the day after the term, if still unpaid


def fourteen_day_term(posted: date) -> FourteenDayTerm:
    """The term of a 14-dagenbrief posted on ``posted``.

    Posted Fri 07-03-2025: delivered Tue 11-03, term 12-03 to 25-03, BIK owed from 26-03.
    """
    delivered = presumed_delivery(posted)
    first = delivered + timedelta(days=1)
    last = first + timedelta(days=TERM_DAYS - 1)
    return FourteenDayTerm(posted, delivered, first, last, last + timedelta(days=1))


def may_send_fourteen_day_letter(
    client_kind: ClientKind,
    due_date: date,
    today: date,
    *,
    payment_term_agreed: bool,
    earlier_demand_expired: bool,
) -> None:
    """Refuse a 14-dagenbrief the law does not allow; returns quietly when it may be sent.

    Only for consumers (art. 6:96 lid 5-6 BW; a business owes the EUR 40 minimum
    without any letter, lid 4), and only once the consumer is in default
    (verzuim, art. 6:81-6:83 BW): the due date has passed and either the payment
    term was agreed (a fatal term, art. 6:83 sub a) or an earlier written demand
    with a term has expired (art. 6:82).
    """
    if client_kind is ClientKind.BUSINESS:
        raise RuleViolation("fourteen_day_business_client")
    if today <= due_date:
        raise RuleViolation(
            "fourteen_day_not_in_default", due_date=due_date.isoformat(), reason="not_due"
        )
    if not (payment_term_agreed or earlier_demand_expired):
        raise RuleViolation(
            "fourteen_day_not_in_default", due_date=due_date.isoformat(), reason="no_default"
        )
