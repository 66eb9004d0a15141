"""Collectability: within an aging bucket, what is being collected some other way.

Every open invoice counts in exactly one category, the first of these that applies on
the as-of day (the order is the precedence):

1. ``handed_over``: overdue on the day of the client's latest hand-over (to a collection
   agency, bailiff or lawyer) and not taken back since, i.e. no letter about it after that
   day: the same rule as the worklist's (``escalation._handed_over``). Someone else has it.
2. ``disputed``: the client contests it; nothing is collected until that is resolved.
3. ``plan``: part of a payment plan that is live (waiting for the signed copy, or running).
4. ``promised``: under a promise to pay that was running on the as-of day (made by then,
   and not yet kept, broken or cancelled then).
5. ``broken_promise``: the latest promise about it was broken by the as-of day.
6. ``plain``: none of these: the ordinary collection path applies.

The database computes the category per invoice in one grouped query
(``store/queries/collectability.py``); :func:`category` is the reference it must agree with.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    HANDED_OVER = "handed_over"
    DISPUTED = "disputed"
    PLAN = "plan"
    PROMISED = "promised"
    BROKEN_PROMISE = "broken_promise"
    PLAIN = "plain"


PRECEDENCE: tuple[Category, ...] = tuple(Category)  # first applicable wins


@dataclass(frozen=True)
class InvoiceState:
    """What is known about one open invoice on the as-of day."""

    handed_over: bool = False
    disputed: bool = False
    in_live_plan: bool = False
    promise_running: bool = False
    latest_promise_broken: bool = False


def category(state: InvoiceState) -> Category:
    """The one category an open invoice counts in (see the module's precedence)."""
    flags = (
        state.handed_over,
        state.disputed,
        state.in_live_plan,
        state.promise_running,
        state.latest_promise_broken,
    )
    for applies, found in zip(flags, PRECEDENCE, strict=False):
        if applies:
            return found
    return Category.PLAIN


@dataclass(frozen=True)
class Split:
    """One bucket's open amount (cents) and invoice count, per category."""

    cents: Mapping[Category, int]
    counts: Mapping[Category, int]

    @property
    def total_cents(self) -> int:
        return sum(self.cents.values())

    def cents_of(self, kind: Category) -> int:
        return self.cents.get(kind, 0)

    def count_of(self, kind: Category) -> int:
        return self.counts.get(kind, 0)


def empty_split() -> Split:
    return Split({c: 0 for c in Category}, {c: 0 for c in Category})
