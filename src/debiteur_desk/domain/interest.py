"""Statutory interest: wettelijke rente (art. 6:119 BW) and handelsrente (art. 6:119a BW).

Practice as described in the reference (not statute): periods are split where the
rate changes and on each anniversary of the start date, when the past year's
interest is added to the principal (6:119 lid 2, 6:119a lid 3); interest is
actual days / 365, also in leap years; each period is rounded half-up to the cent
and the total is the sum of those lines, so a letter's breakdown adds up.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from dateutil.relativedelta import relativedelta

from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.money import ZERO, parse_amount, round_cents
from debiteur_desk.domain.parties import ClientKind

DAYS_IN_YEAR = Decimal(365)
MAX_RATE = Decimal(100)  # percent per year: a sanity bound for a rate typed by a user


class InterestKind(StrEnum):
    CONSUMER = "consumer"  # art. 6:119 BW
    COMMERCIAL = "commercial"  # art. 6:119a BW

    @classmethod
    def for_client(cls, kind: ClientKind) -> InterestKind:
        return cls.COMMERCIAL if kind is ClientKind.BUSINESS else cls.CONSUMER


@dataclass(frozen=True)
class InterestRate:
    kind: InterestKind
    from_date: date
    rate: Decimal  # percent per year
    source: str = ""
    verified: bool = True


@dataclass(frozen=True)
class InterestPeriod:
    start: date
    end: date  # inclusive
    days: int
    rate: Decimal
    base: Decimal
    amount: Decimal
    rate_verified: bool


@dataclass(frozen=True)
class Capitalisation:
    on: date
    new_base: Decimal


@dataclass(frozen=True)
class InterestBreakdown:
    kind: InterestKind
    principal: Decimal
    start: date
    end: date
    periods: tuple[InterestPeriod, ...]
    capitalisations: tuple[Capitalisation, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.periods), ZERO)

    @property
    def all_rates_verified(self) -> bool:
        return all(p.rate_verified for p in self.periods)


@cache
def _shipped_rows() -> tuple[dict[str, Any], ...]:
    text = (
        resources.files("debiteur_desk.domain")
        .joinpath("data/interest_rates.json")
        .read_text(encoding="utf-8")
    )
    return tuple(json.loads(text)["rates"])


def _rate(kind: str, from_date: str, values: dict[str, Any]) -> InterestRate:
    return InterestRate(
        kind=InterestKind(kind),
        from_date=date.fromisoformat(from_date),
        rate=Decimal(values["rate"]),
        source=values["source"],
        verified=bool(values["verified"]),
    )


def shipped_rates() -> tuple[InterestRate, ...]:
    """The rate table that ships with the app (``domain/data/interest_rates.json``)."""
    return tuple(_rate(row["kind"], row["from"], row) for row in _shipped_rows())


def superseded_shipped_rates() -> dict[tuple[InterestKind, date], tuple[InterestRate, ...]]:
    """What earlier versions of the app shipped for a row since corrected (its
    ``replaces``), by kind and first day: a book still holding one of these never had the
    row touched by its user, so it may be brought up to date."""
    return {
        (InterestKind(row["kind"]), date.fromisoformat(row["from"])): tuple(
            _rate(row["kind"], row["from"], old) for old in row["replaces"]
        )
        for row in _shipped_rows()
        if row.get("replaces")
    }


def check_rate(rate: Decimal, text: str | None = None) -> Decimal:
    """A rate a user gives: 0 to ``MAX_RATE`` percent, at most two decimals."""
    if not ZERO <= rate <= MAX_RATE:
        raise InvalidInput("rate_out_of_range", text=text or str(rate), maximum=MAX_RATE)
    if rate != rate.quantize(Decimal("0.01")):
        raise InvalidInput("amount_too_precise", text=text or str(rate))
    return rate


def parse_rate(text: str) -> Decimal:
    """A rate as typed: ``4``, ``10,15``, ``10.15`` or ``10,15%`` (percent per year)."""
    raw = text.strip().removesuffix("%")
    try:
        value = parse_amount(raw, allow_zero=True, allow_negative=True)
    except InvalidInput as error:
        if error.code == "amount_too_precise":
            raise
        raise InvalidInput("rate_not_a_number", text=text) from None
    return check_rate(value, text)


def _anniversary(start: date, years: int) -> date:
    """The day on which ``years`` full years from ``start`` have run.

    A start on 29 February has its anniversary on 1 March in other years
    (the full year ends on 28 February).
    """
    day = start + relativedelta(years=years)
    if (start.month, start.day) == (2, 29) and day.day == 28:
        day += timedelta(days=1)
    return day


def _rate_on(day: date, table: Sequence[InterestRate]) -> InterestRate:
    current = None
    for rate in table:
        if rate.from_date <= day:
            current = rate
        else:
            break
    if current is None:
        raise RuleViolation("no_interest_rate", date=day.isoformat())
    return current


def calculate_interest(
    principal: Decimal,
    start: date,
    end: date,
    kind: InterestKind,
    rates: Iterable[InterestRate] | None = None,
) -> InterestBreakdown:
    """Interest from ``start`` (first day interest runs) to ``end`` (last day), inclusive."""
    if principal < 0:
        raise InvalidInput("amount_negative", text=str(principal))
    if end < start:
        raise InvalidInput("period_reversed", start=start.isoformat(), end=end.isoformat())
    table = sorted(
        (r for r in (shipped_rates() if rates is None else rates) if r.kind == kind),
        key=lambda r: r.from_date,
    )
    changes = [r.from_date for r in table if start < r.from_date <= end]
    anniversaries: list[date] = []
    years = 1
    while (day := _anniversary(start, years)) <= end:
        anniversaries.append(day)
        years += 1
    cuts = sorted(set(changes) | set(anniversaries) | {end + timedelta(days=1)})

    periods: list[InterestPeriod] = []
    capitalisations: list[Capitalisation] = []
    base = principal
    year_interest = ZERO
    period_start = start
    for cut in cuts:
        if period_start in anniversaries:
            base += year_interest
            year_interest = ZERO
            capitalisations.append(Capitalisation(period_start, base))
        rate = _rate_on(period_start, table)
        period_end = cut - timedelta(days=1)
        days = (period_end - period_start).days + 1
        amount = round_cents(base * rate.rate / 100 * days / DAYS_IN_YEAR)
        periods.append(
            InterestPeriod(period_start, period_end, days, rate.rate, base, amount, rate.verified)
        )
        year_interest += amount
        period_start = cut
    return InterestBreakdown(kind, principal, start, end, tuple(periods), tuple(capitalisations))
