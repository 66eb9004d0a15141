"""The statutory interest-rate table: as the rules engine needs it, as the rates screen
shows it, and the user's changes to it (each one transaction, audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.interest import InterestKind, InterestRate, check_rate
from debiteur_desk.domain.rate_warnings import RateWarning, RateWarningKind, missing_rate_changes
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import InterestRateRow
from debiteur_desk.store.rates import load_rates


@dataclass(frozen=True)
class RateLine:
    """One row of the table as the rates screen shows it."""

    id: int
    kind: InterestKind
    from_date: date
    rate: Decimal  # percent per year
    source: str
    verified: bool
    user_added: bool  # False: shipped with the app


@dataclass(frozen=True)
class RateTable:
    lines: tuple[RateLine, ...]  # by kind, then by first day
    missing: tuple[RateWarning, ...]  # the changes the table lacks up to the day asked


def interest_rates(db: Database) -> list[InterestRate]:
    with db.reading() as session:
        return load_rates(session)


def _line(row: InterestRateRow) -> RateLine:
    return RateLine(
        row.id,
        InterestKind(row.kind),
        row.from_date,
        Decimal(row.rate_hundredths) / 100,
        row.source,
        row.verified,
        row.user_added,
    )


def rate_table(db: Database, today: date | None = None) -> RateTable:
    """Every rate in the book, and the rate changes missing from it up to ``today``."""
    day = today or clock.today()
    with db.reading() as session:
        rows = session.scalars(
            select(InterestRateRow).order_by(InterestRateRow.kind, InterestRateRow.from_date)
        )
        lines = tuple(_line(row) for row in rows)
    rates = [InterestRate(line.kind, line.from_date, line.rate) for line in lines]
    missing = tuple(
        RateWarning(missing_day, RateWarningKind.MISSING, kind)
        for kind in InterestKind
        for missing_day in missing_rate_changes(rates, kind, day)
    )
    return RateTable(lines, missing)


def add_rate(db: Database, kind: InterestKind, from_date: date, rate: Decimal, source: str) -> int:
    """Add the user's rate from ``from_date``; returns its id.

    A rate of the same kind from the same day is replaced: that is how a user corrects a
    shipped rate. The row is then the user's (kept when a new version of the app ships
    its own value for that day) and unverified until marked verified.
    """
    check_rate(rate)
    source = source.strip()
    if not source:
        raise InvalidInput("rate_source_empty")
    hundredths = int(rate * 100)
    with db.transaction() as session:
        row = session.scalars(
            select(InterestRateRow).where(
                InterestRateRow.kind == kind.value, InterestRateRow.from_date == from_date
            )
        ).one_or_none()
        old = None if row is None else _line(row)
        if row is None:
            row = InterestRateRow(kind=kind.value, from_date=from_date)
            session.add(row)
        row.rate_hundredths, row.source = hundredths, source
        row.verified, row.user_added = False, True
        session.flush()
        audit.record(
            session,
            "interest_rate.add" if old is None else "interest_rate.correct",
            "interest_rate",
            row.id,
            kind=kind.value,
            from_date=from_date.isoformat(),
            rate=str(rate),
            source=source,
            old=None if old is None else {"rate": str(old.rate), "source": old.source},
        )
        return row.id


def mark_rate_verified(db: Database, rate_id: int) -> None:
    """The user checked this rate against its official source."""
    with db.transaction() as session:
        row = session.get(InterestRateRow, rate_id)
        if row is None:
            raise NotFound("rate_not_found", id=rate_id)
        if row.verified:
            return
        row.verified = True
        audit.record(
            session,
            "interest_rate.verify",
            "interest_rate",
            row.id,
            kind=row.kind,
            from_date=row.from_date.isoformat(),
        )
