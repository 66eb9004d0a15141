"""The interest-rate table as the rules engine needs it."""

from __future__ import annotations

from debiteur_desk.domain.interest import InterestRate
from debiteur_desk.store.database import Database
from debiteur_desk.store.rates import load_rates


def interest_rates(db: Database) -> list[InterestRate]:
    with db.reading() as session:
        return load_rates(session)
