"""How a client pays: the rule that decides whether a late invoice is a first slip or a habit.

The rule (one place, tested against worked examples):

- The window is the 365 days up to and including the as-of date. An invoice counts when it
  was paid in full inside that window (its last payment falls in it).
- Days late = payment date - due date, never below zero (paying early does not hide
  lateness elsewhere). The average is over every invoice paid in the window.
- An invoice is *paid late* when it was paid more than ``GRACE_DAYS`` after its due date
  (a transfer made on the due date can take a few days, over a weekend).
- Being overdue now (an open invoice past its due date + the grace) counts as one more late
  episode, however many invoices are overdue: it is one slip, not several.
- The verdict, with *late* = invoices paid late + 1 if overdue now, out of the invoices paid
  + 1 if overdue now:
  * ``HABITUAL``   - late 3 times or more, or twice or more and at least half the time;
  * ``OCCASIONAL`` - paid late before, but not habitual;
  * ``FIRST_TIME`` - never paid late in the window, but overdue now;
  * ``PUNCTUAL``   - never paid late and nothing overdue, with at least one invoice paid;
  * ``NO_HISTORY`` - nothing paid in the window and nothing overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

GRACE_DAYS = 3
WINDOW_DAYS = 365
HABIT_COUNT = 3  # this many late payments make a habit, whatever the share
HABIT_MIN_COUNT = 2  # ... or this many, when they are at least half of the invoices


class Verdict(StrEnum):
    NO_HISTORY = "no_history"
    PUNCTUAL = "punctual"
    FIRST_TIME = "first_time"
    OCCASIONAL = "occasional"
    HABITUAL = "habitual"


@dataclass(frozen=True)
class PaymentBehaviour:
    paid_count: int  # invoices paid in full in the window
    paid_late: int  # of those, paid more than GRACE_DAYS after the due date
    average_days_late: Decimal | None  # one decimal; None when nothing was paid
    overdue_now: int  # open invoices past due + grace on the as-of date
    verdict: Verdict


def days_late(due: date, paid_on: date) -> int:
    return max(0, (paid_on - due).days)


def payment_behaviour(
    settled: Iterable[tuple[date, date]],
    open_due_dates: Iterable[date],
    as_of: date,
) -> PaymentBehaviour:
    """``settled``: (due date, date paid in full) per paid invoice; ``open_due_dates``: the due
    dates of invoices still open. Payments after ``as_of`` are ignored."""
    start = as_of - timedelta(days=WINDOW_DAYS - 1)
    lateness = [days_late(due, paid) for due, paid in settled if start <= paid <= as_of]
    late = sum(1 for days in lateness if days > GRACE_DAYS)
    overdue = sum(1 for due in open_due_dates if (as_of - due).days > GRACE_DAYS)
    average = (
        (Decimal(sum(lateness)) / len(lateness)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if lateness
        else None
    )
    episodes = late + (1 if overdue else 0)
    considered = len(lateness) + (1 if overdue else 0)
    if episodes >= HABIT_COUNT or (episodes >= HABIT_MIN_COUNT and 2 * episodes >= considered):
        verdict = Verdict.HABITUAL
    elif late:
        verdict = Verdict.OCCASIONAL
    elif overdue:
        verdict = Verdict.FIRST_TIME
    elif lateness:
        verdict = Verdict.PUNCTUAL
    else:
        verdict = Verdict.NO_HISTORY
    return PaymentBehaviour(len(lateness), late, average, overdue, verdict)
