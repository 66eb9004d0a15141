"""Aging: how long an open amount is overdue, and which bucket it falls in.

The default buckets are *not yet due*, 1–30, 31–60, 61–90 and over 90 days.
Boundaries are configurable: ``(30, 60, 90)`` gives exactly those buckets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import ZERO

DEFAULT_BOUNDARIES: tuple[int, ...] = (30, 60, 90)


@dataclass(frozen=True)
class Bucket:
    """Days overdue from ``from_days`` to ``to_days`` inclusive; ``None`` is open-ended.

    The *not yet due* bucket has ``to_days == 0`` and ``from_days is None``:
    an invoice due today is not yet overdue.
    """

    label: str
    from_days: int | None
    to_days: int | None

    def contains(self, days_overdue: int) -> bool:
        low_ok = self.from_days is None or days_overdue >= self.from_days
        high_ok = self.to_days is None or days_overdue <= self.to_days
        return low_ok and high_ok


def make_buckets(boundaries: Sequence[int] = DEFAULT_BOUNDARIES) -> tuple[Bucket, ...]:
    """Buckets from ascending upper bounds in days, e.g. ``(30, 60, 90)``."""
    bounds = list(boundaries)
    if not bounds or any(b <= 0 for b in bounds) or bounds != sorted(set(bounds)):
        raise InvalidInput("bucket_boundaries", boundaries=",".join(map(str, boundaries)))
    buckets = [Bucket("not_due", None, 0)]
    low = 1
    for high in bounds:
        buckets.append(Bucket(f"{low}-{high}", low, high))
        low = high + 1
    buckets.append(Bucket(f"{bounds[-1]}+", low, None))
    return tuple(buckets)


def due_date_range(bucket: Bucket, as_of: date) -> tuple[date | None, date | None]:
    """The due dates that put an invoice in ``bucket`` on ``as_of``: ``(earliest, latest)``,
    ``None`` where the bucket is open-ended (queries filter on a range of due dates)."""
    earliest = None if bucket.to_days is None else as_of - timedelta(days=bucket.to_days)
    latest = None if bucket.from_days is None else as_of - timedelta(days=bucket.from_days)
    return earliest, latest


def days_overdue(due_date: date, as_of: date) -> int:
    """Days past the due date; zero or negative means not yet overdue."""
    return (as_of - due_date).days


def bucket_index(due_date: date, as_of: date, buckets: Sequence[Bucket]) -> int:
    days = days_overdue(due_date, as_of)
    for index, bucket in enumerate(buckets):
        if bucket.contains(days):
            return index
    raise AssertionError("buckets do not cover every day")  # make_buckets guarantees coverage


def open_amount(
    amount: Decimal, paid: Decimal = ZERO, credited: Decimal = ZERO, written_off: Decimal = ZERO
) -> Decimal:
    """What is still owed on an invoice; an overpayment leaves zero, not a negative."""
    return max(ZERO, amount - paid - credited - written_off)


@dataclass(frozen=True)
class AgedItem:
    client_id: int
    due_date: date
    open_amount: Decimal


@dataclass
class AgingRow:
    client_id: int
    amounts: list[Decimal]
    counts: list[int]

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, ZERO)


@dataclass
class AgingTable:
    as_of: date
    buckets: tuple[Bucket, ...]
    amounts: list[Decimal]
    counts: list[int]
    rows: dict[int, AgingRow] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, ZERO)


def age_items(
    items: Iterable[AgedItem], as_of: date, buckets: Sequence[Bucket] | None = None
) -> AgingTable:
    """The reference implementation of aging; the database query must agree with it."""
    buckets = tuple(buckets or make_buckets())
    table = AgingTable(as_of, buckets, [ZERO] * len(buckets), [0] * len(buckets))
    for item in items:
        if item.open_amount <= 0:
            continue
        index = bucket_index(item.due_date, as_of, buckets)
        row = table.rows.setdefault(
            item.client_id, AgingRow(item.client_id, [ZERO] * len(buckets), [0] * len(buckets))
        )
        row.amounts[index] += item.open_amount
        row.counts[index] += 1
        table.amounts[index] += item.open_amount
        table.counts[index] += 1
    return table
