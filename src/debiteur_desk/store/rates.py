"""The interest-rate table in the database: shipped rates plus the user's own."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.interest import (
    InterestKind,
    InterestRate,
    shipped_rates,
    superseded_shipped_rates,
)
from debiteur_desk.store.models import InterestRateRow


def _values(rate: InterestRate) -> tuple[int, str, bool]:
    return (_hundredths(rate.rate), rate.source, rate.verified)


def _row_values(row: InterestRateRow) -> tuple[int, str, bool]:
    return (row.rate_hundredths, row.source, row.verified)


def _hundredths(rate: Decimal) -> int:
    return int(rate * 100)


def sync_shipped_rates(session: Session) -> int:
    """Bring the shipped rates into the book; returns how many rows were added or updated.

    A shipped rate the book lacks is added. A shipped row the user never touched (it still
    holds what an earlier version of the app shipped, ``superseded_shipped_rates``) is
    brought up to date, e.g. a corrected citation. A row the user added, corrected or
    marked verified is kept as it is.
    """
    rows = {(row.kind, row.from_date): row for row in session.scalars(select(InterestRateRow))}
    former = superseded_shipped_rates()
    changed = 0
    for rate in shipped_rates():
        row = rows.get((rate.kind.value, rate.from_date))
        if row is None:
            session.add(
                InterestRateRow(
                    kind=rate.kind.value,
                    from_date=rate.from_date,
                    rate_hundredths=_hundredths(rate.rate),
                    source=rate.source,
                    verified=rate.verified,
                    user_added=False,
                )
            )
            changed += 1
            continue
        untouched = {_values(old) for old in former.get((rate.kind, rate.from_date), ())}
        if not row.user_added and _row_values(row) in untouched:
            row.rate_hundredths, row.source, row.verified = _values(rate)
            changed += 1
    return changed


def load_rates(session: Session) -> list[InterestRate]:
    rows = session.scalars(select(InterestRateRow).order_by(InterestRateRow.from_date))
    return [
        InterestRate(
            kind=InterestKind(row.kind),
            from_date=row.from_date,
            rate=Decimal(row.rate_hundredths) / 100,
            source=row.source,
            verified=row.verified,
        )
        for row in rows
    ]
