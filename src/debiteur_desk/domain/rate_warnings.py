"""What to tell the user about the rate table behind an interest calculation.

Statutory interest rates change every 1 January and 1 July (art. 6:120 BW: the
commercial rate is reset each half year; the consumer rate is set by decree for the
half year). So every such day after the table's last change for a kind is a change the
table is missing: the calculation silently goes on with the older rate. And a rate that
could not be confirmed from an official source is marked unverified in the table.

``rate_warnings`` turns interest breakdowns and the table into one list of typed
warnings; the letter window, the command line (stderr and ``--json``) and payment plans
all show that list, each in its own way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from debiteur_desk.domain.interest import InterestBreakdown, InterestKind, InterestRate

CHANGE_MONTHS = (1, 7)  # rates change on 1 January and 1 July


class RateWarningKind(StrEnum):
    UNVERIFIED = "unverified"  # the rate in force from ``from_date`` is not confirmed
    MISSING = "missing"  # the table has no rate from ``from_date``, a day rates change


@dataclass(frozen=True, order=True)
class RateWarning:
    from_date: date
    kind: RateWarningKind
    interest_kind: InterestKind


def rate_change_days(after: date, through: date) -> list[date]:
    """Every 1 January and 1 July later than ``after`` and no later than ``through``."""
    days: list[date] = []
    year = after.year
    while True:
        for month in CHANGE_MONTHS:
            day = date(year, month, 1)
            if day > through:
                return days
            if day > after:
                days.append(day)
        year += 1


def missing_rate_changes(
    rates: Iterable[InterestRate], kind: InterestKind, day: date
) -> tuple[date, ...]:
    """The rate changes of ``kind`` the table lacks, up to ``day`` (the last day of an
    interest calculation, or today for the table as such).

    Every 1 January and 1 July after the table's last change for that kind is missing, so
    the table is flagged once its last change is more than six months old: with the last
    row from 01-01-2026, ``day`` 01-07-2026 gives (01-07-2026,). A table with no rate of
    that kind at all gives nothing here: the calculation itself refuses
    (``no_interest_rate``).
    """
    starts = [r.from_date for r in rates if r.kind == kind]
    if not starts:
        return ()
    return tuple(rate_change_days(max(starts), day))


def _rate_in_force(table: list[InterestRate], day: date) -> InterestRate | None:
    current = None
    for rate in table:
        if rate.from_date <= day:
            current = rate
    return current


def rate_warnings(
    breakdowns: Iterable[InterestBreakdown], rates: Iterable[InterestRate]
) -> list[RateWarning]:
    """The warnings a user must see about the rates behind these interest calculations,
    sorted by date, each once.

    - ``UNVERIFIED`` from X: a period of some breakdown used a rate marked unverified, the
      one in force from X;
    - ``MISSING`` from Y: rates change on Y (1 January or 1 July), on or before the last
      day of some breakdown of that kind, and ``rates`` has no row from Y or later, so the
      calculation went on with an older rate (``missing_rate_changes``).

    ``rates`` is the table the breakdowns were calculated with.
    """
    table = sorted(rates, key=lambda r: r.from_date)
    by_kind = {kind: [r for r in table if r.kind == kind] for kind in InterestKind}
    found: set[RateWarning] = set()
    for breakdown in breakdowns:
        own = by_kind[breakdown.kind]
        for period in breakdown.periods:
            if not period.rate_verified:
                rate = _rate_in_force(own, period.start)
                since = rate.from_date if rate is not None else period.start
                found.add(RateWarning(since, RateWarningKind.UNVERIFIED, breakdown.kind))
        for day in missing_rate_changes(own, breakdown.kind, breakdown.end):
            found.add(RateWarning(day, RateWarningKind.MISSING, breakdown.kind))
    return sorted(found)
