"""Opening the book (the database) for the app and the headless commands."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from debiteur_desk.store.database import Database, default_database_path
from debiteur_desk.store.lifecycle import OpenResult, finish_opening, open_database
from debiteur_desk.store.models import Client

__all__ = [
    "Database",
    "OpenResult",
    "default_database_path",
    "finish_opening",
    "open_book",
    "is_empty",
]


def open_book(db: str | Path | None = None, *, create: bool = True) -> OpenResult:
    """Create, back up and upgrade, or refuse: see ``store/lifecycle.py``."""
    return open_database(db, create=create)


def is_empty(db: Database) -> bool:
    with db.reading() as session:
        return not session.scalar(select(func.count()).select_from(Client))
