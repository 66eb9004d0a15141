"""Opening the book (the database) for the app and the headless commands."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from debiteur_desk.services.letter_files import finish_interrupted_letters
from debiteur_desk.store import lifecycle
from debiteur_desk.store.database import Database, default_database_path
from debiteur_desk.store.lifecycle import OpenResult, open_database
from debiteur_desk.store.models import Client

__all__ = [
    "Database",
    "OpenResult",
    "default_database_path",
    "finish_opening",
    "open_book",
    "books_opened",
    "close_books",
    "is_empty",
]


_opened: list[Database] = []  # by this process, for close_books()


def open_book(db: str | Path | None = None, *, create: bool = True) -> OpenResult:
    """Create, back up and upgrade, or refuse: see ``store/lifecycle.py``."""
    result = open_database(db, create=create)
    _opened.append(result.database)
    finish_interrupted_letters(result.database)
    return result


def finish_opening(database: Database) -> None:
    """What every start does once the book is open (the window's quick start does it on
    the worker): the shipped interest rates brought in, letters a killed process left
    half-filed finished."""
    lifecycle.finish_opening(database)
    finish_interrupted_letters(database)


def books_opened() -> int:
    return len(_opened)


def close_books(since: int = 0) -> None:
    """Close the books opened after the first ``since``. A headless command ends with it,
    so that SQLite folds its write-ahead log into the file now, not whenever the garbage
    collector gets to the connection (a later read of the file sees its final bytes)."""
    while len(_opened) > since:
        _opened.pop().close()


def is_empty(db: Database) -> bool:
    with db.reading() as session:
        return not session.scalar(select(func.count()).select_from(Client))
