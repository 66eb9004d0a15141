"""Prescription (verjaring): the last day a claim to payment can still be enforced or kept
alive (art. 3:307, 3:317 to 3:319 and 7:28 BW; ``docs/dutch-rules.md`` §4).

- The term runs from the start of the day after the due date: five years (art. 3:307 BW),
  two years for the price of goods sold to a consumer (art. 7:28 BW). So the last day is
  the due date's anniversary.
- It is interrupted (gestuit) by a written reminder or a written message that clearly
  reserves the right to payment (art. 3:317), or by the debtor acknowledging the debt,
  for instance by paying part of it or signing a payment plan (art. 3:318).
- An interruption starts a new term of the same length, at most five years, from the day
  after it (art. 3:319): the last day becomes the interruption's anniversary. An
  interruption after the last day comes too late; one before the due date, too early.

The app does not know whether a consumer invoice was for goods or for services; for
consumers it takes the shorter term, so the warning comes early rather than late.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from debiteur_desk.domain.parties import ClientKind

GOODS_TO_CONSUMER_YEARS = 2  # art. 7:28 BW
CLAIM_YEARS = 5  # art. 3:307 BW
SOON = timedelta(days=90)  # a claim this close to its last day needs a written demand now


def term_years(kind: ClientKind) -> int:
    """The term the app assumes: the consumer's shorter one when it may apply."""
    return GOODS_TO_CONSUMER_YEARS if kind is ClientKind.CONSUMER else CLAIM_YEARS


def anniversary(day: date, years: int) -> date:
    """The same date ``years`` later; 29 February becomes 28 February (the earlier day)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def last_day(due_date: date, years: int, interruptions: Iterable[date] = ()) -> date:
    """The last day the claim is alive: after it the debtor may invoke prescription."""
    end = anniversary(due_date, years)
    for day in sorted(interruptions):
        if due_date < day <= end:
            end = max(end, anniversary(day, years))
    return end


def prescribes_soon(last: date, as_of: date) -> bool:
    """Within ``SOON`` of the last day, or past it."""
    return last - as_of <= SOON
