"""When the last bank statement was read, asked before a batch of reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy import func, select

from debiteur_desk.domain.statement_age import statement_is_stale, working_days_since
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import ImportBatch


@dataclass(frozen=True)
class StatementAge:
    last_import: date | None  # the day (local time) the last statement was read; None: never
    working_days: int | None  # working days since then
    stale: bool  # warn before sending reminders


def last_statement_import(db: Database) -> date | None:
    """The day the last bank statement still in the book was read (an undone one is not)."""
    with db.reading() as session:
        moment = session.scalar(
            select(func.max(ImportBatch.imported_at)).where(
                ImportBatch.kind == "statement", ImportBatch.undone_at.is_(None)
            )
        )
    return None if moment is None else moment.replace(tzinfo=UTC).astimezone().date()


def statement_age(db: Database, today: date) -> StatementAge:
    last = last_statement_import(db)
    days = None if last is None else working_days_since(last, today)
    return StatementAge(last, days, statement_is_stale(last, today))
