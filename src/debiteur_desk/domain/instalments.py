"""Matching money to a payment plan's instalments, and what each instalment's fate is.

Which money counts toward a plan (the rule, in one place):

- Only payments recorded *after the plan was made* count: the plan's principal is what
  was open on its invoices at that moment, so earlier payments are already in it.
- Of such a payment, the part **allocated to the plan's invoices** counts (the ledger
  books money on invoices, so a plan is paid off principal first; the debtor can only
  gain from that order, which art. 6:43-6:44 BW allows).
- Money beyond the principal has no invoice to go to and stays as the client's
  unallocated credit; that credit counts toward the plan's **interest and costs**, up to
  their total and no further (``plan_money``). A client has at most one live plan, so
  there is no doubt which plan the credit belongs to.
- Whatever counts is matched to the instalments **oldest first** (by due date, the down
  payment first), each payment in the order it was received; money beyond an
  instalment flows on to the next one, so paying early or paying double simply pays
  ahead. What is left after the last instalment is the surplus.

An instalment's status on a day:

- ``paid``: its amount has been matched in full (``paid_on`` is the day of the last
  payment toward it; ``paid_late`` when that is after the due date);
- ``upcoming`` / ``partly_paid``: not yet due, nothing / something paid;
- ``late``: past its due date by at most ``GRACE_DAYS`` days and not paid in full (a
  transfer made on the due date can take a few days to arrive);
- ``missed``: later than that and still not paid in full. The next step is a reminder
  with a short term (``SHORT_TERM_DAYS``); when that too passes without payment the
  whole remaining amount is due at once (the vervalclausule in the plan's letter).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

GRACE_DAYS = 3
SHORT_TERM_DAYS = 14  # the term of the reminder after a missed instalment (letter default)


class InstalmentStatus(StrEnum):
    UPCOMING = "upcoming"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    LATE = "late"
    MISSED = "missed"


class PlanStatus(StrEnum):
    DRAFT = "draft"  # letter made, signed copy not yet back
    ACTIVE = "active"  # signed copy received
    COMPLETED = "completed"
    BROKEN = "broken"  # the vervalclausule was invoked: everything is due
    REPLACED = "replaced"  # renegotiated: a newer plan replaces it

    @property
    def live(self) -> bool:
        return self in LIVE_PLANS


LIVE_PLANS = (PlanStatus.DRAFT, PlanStatus.ACTIVE)  # a plan being kept: its invoices wait


@dataclass(frozen=True)
class InstalmentDue:
    number: int  # 0 = down payment
    due_date: date
    amount_cents: int


@dataclass(frozen=True)
class InstalmentMatch:
    number: int
    due_date: date
    amount_cents: int
    paid_cents: int
    paid_on: date | None

    @property
    def unpaid_cents(self) -> int:
        return self.amount_cents - self.paid_cents

    @property
    def paid_in_full(self) -> bool:
        return self.paid_cents >= self.amount_cents

    @property
    def paid_late(self) -> bool:
        return self.paid_in_full and self.paid_on is not None and self.paid_on > self.due_date

    @property
    def missed_from(self) -> date:
        """The first day on which this instalment counts as missed, if unpaid."""
        return self.due_date + timedelta(days=GRACE_DAYS + 1)

    def status(self, as_of: date) -> InstalmentStatus:
        if self.paid_in_full:
            return InstalmentStatus.PAID
        if as_of <= self.due_date:
            return InstalmentStatus.PARTLY_PAID if self.paid_cents else InstalmentStatus.UPCOMING
        if as_of < self.missed_from:
            return InstalmentStatus.LATE
        return InstalmentStatus.MISSED


@dataclass(frozen=True)
class MatchResult:
    instalments: tuple[InstalmentMatch, ...]
    surplus_cents: int

    @property
    def paid_cents(self) -> int:
        return sum(i.paid_cents for i in self.instalments)

    @property
    def remaining_cents(self) -> int:
        return sum(i.unpaid_cents for i in self.instalments)

    @property
    def complete(self) -> bool:
        return all(i.paid_in_full for i in self.instalments)

    def first_unpaid(self) -> InstalmentMatch | None:
        return next((i for i in self.instalments if not i.paid_in_full), None)

    def missed(self, as_of: date) -> list[InstalmentMatch]:
        return [i for i in self.instalments if i.status(as_of) is InstalmentStatus.MISSED]


def plan_money(
    allocated: Iterable[tuple[date, int]],
    credit: Iterable[tuple[date, int]],
    extra_cents: int,
) -> list[tuple[date, int]]:
    """The money that counts toward a plan, in the order received (see the module text).

    ``allocated``: (received on, cents) allocated to the plan's invoices; ``credit``: the
    unallocated remainder of the client's payments; ``extra_cents``: the plan's interest
    plus costs, the most the credit can pay.
    """
    money = [(day, cents) for day, cents in allocated if cents > 0]
    room = max(0, extra_cents)
    for day, cents in sorted(credit):
        if room <= 0:
            break
        part = min(cents, room)
        if part > 0:
            money.append((day, part))
            room -= part
    return sorted(money)


def match_instalments(
    instalments: Sequence[InstalmentDue], payments: Iterable[tuple[date, int]]
) -> MatchResult:
    """Match money to instalments oldest first; each payment fills one after another."""
    order = sorted(instalments, key=lambda i: (i.due_date, i.number))
    paid = [0] * len(order)
    paid_on: list[date | None] = [None] * len(order)
    current = 0
    surplus = 0
    for day, cents in sorted(payments):
        left = cents
        while left > 0 and current < len(order):
            part = min(left, order[current].amount_cents - paid[current])
            paid[current] += part
            paid_on[current] = day
            left -= part
            if paid[current] >= order[current].amount_cents:
                current += 1
        surplus += left
    matches = tuple(
        InstalmentMatch(i.number, i.due_date, i.amount_cents, paid[n], paid_on[n])
        for n, i in enumerate(order)
    )
    return MatchResult(matches, surplus)


def next_plan_status(current: PlanStatus, *, signed: bool, complete: bool) -> PlanStatus:
    """Broken and replaced plans stay so; the others follow the payments and the signature."""
    if current in (PlanStatus.BROKEN, PlanStatus.REPLACED):
        return current
    if complete:
        return PlanStatus.COMPLETED
    return PlanStatus.ACTIVE if signed else PlanStatus.DRAFT
