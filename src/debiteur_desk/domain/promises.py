"""Phone calls and promises to pay: what was said, and whether the promise was kept.

The rule (one place, tested against worked examples in ``tests/unit/test_promises.py``):

- A promise covers some invoices, an amount and a date (the new deadline). It is made on
  the day of the call (``made_on``).
- Only money *allocated to the promised invoices* counts, from payments received on or
  after ``made_on`` (earlier payments were already known when the amount was agreed).
- The **target** is the promised amount, but never more than could still be paid: what
  was paid since the promise (on any date) plus what is open on the invoices now. A credit note or a
  write-off therefore lowers the target; when nothing is left to pay and nothing was
  paid, the promise is **cancelled** (there was nothing left to keep).
- **Kept** when the money received up to and including the promised date reaches the
  target; the day it is kept is the day of the payment that reached it.
- **Broken** when the promised date has passed (as of a later day) and the target was
  not reached by then; paying after the date does not mend a broken promise, and part
  payment is not enough. It is broken on the day after the promised date.
- **Open** otherwise: the date has not passed and the target is not yet reached.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class CallOutcome(StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"


class CallReason(StrEnum):
    """The reason the debtor gives for not paying (the list practice uses)."""

    FORGOT = "forgot"
    NOT_RECEIVED = "not_received"
    DISPUTE = "dispute"
    CASH_FLOW = "cash_flow"
    WAITING_FOR_CUSTOMER = "waiting_for_customer"
    BANKRUPTCY = "bankruptcy"
    OTHER = "other"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class PromiseFacts:
    promised_cents: int
    made_on: date
    promised_by: date
    open_cents: int  # open on the promised invoices now
    # (received on, cents allocated to the promised invoices), any order, any date
    payments: tuple[tuple[date, int], ...] = ()


@dataclass(frozen=True)
class PromiseOutcome:
    status: PromiseStatus
    resolved_on: date | None  # kept / broken / cancelled: the day it became so
    paid_in_time_cents: int
    target_cents: int

    @property
    def short_cents(self) -> int:
        return max(0, self.target_cents - self.paid_in_time_cents)


def evaluate_promise(facts: PromiseFacts, as_of: date) -> PromiseOutcome:
    """The promise's status on ``as_of`` (payments received after ``as_of`` do not count)."""
    since = sorted((d, c) for d, c in facts.payments if d >= facts.made_on)
    # open_cents is today's, so the target adds back everything paid since the promise
    target = min(facts.promised_cents, sum(c for _, c in since) + facts.open_cents)
    counted = [(d, c) for d, c in since if d <= as_of]
    paid_in_time = 0
    kept_on: date | None = None
    for day, cents in counted:
        if day > facts.promised_by:
            break
        paid_in_time += cents
        if kept_on is None and paid_in_time >= target:
            kept_on = day
    if target <= 0:
        return PromiseOutcome(PromiseStatus.CANCELLED, min(as_of, facts.promised_by), 0, 0)
    if kept_on is not None:
        return PromiseOutcome(PromiseStatus.KEPT, kept_on, paid_in_time, target)
    if as_of > facts.promised_by:
        broken_on = facts.promised_by + timedelta(days=1)
        return PromiseOutcome(PromiseStatus.BROKEN, broken_on, paid_in_time, target)
    return PromiseOutcome(PromiseStatus.OPEN, None, paid_in_time, target)


def promise_record(statuses: Iterable[str]) -> tuple[int, int]:
    """(kept, broken) among a client's promises; open and cancelled ones do not count."""
    kept = broken = 0
    for status in statuses:
        if status == PromiseStatus.KEPT:
            kept += 1
        elif status == PromiseStatus.BROKEN:
            broken += 1
    return kept, broken
