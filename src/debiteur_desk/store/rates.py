"""The interest-rate table in the database: shipped rates plus the user's own."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.interest import InterestKind, InterestRate, shipped_rates
from debiteur_desk.store.models import InterestRateRow


def sync_shipped_rates(session: Session) -> int:
    """Add shipped rates the database lacks; rows the user added or corrected are kept."""
    existing = {(row.kind, row.from_date) for row in session.scalars(select(InterestRateRow))}
    added = 0
    for rate in shipped_rates():
        if (rate.kind.value, rate.from_date) in existing:
            continue
        session.add(
            InterestRateRow(
                kind=rate.kind.value,
                from_date=rate.from_date,
                rate_hundredths=int(rate.rate * 100),
                source=rate.source,
                verified=rate.verified,
                user_added=False,
            )
        )
        added += 1
    return added


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
