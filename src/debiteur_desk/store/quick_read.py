"""The first overview of an up-to-date SQLite book, read with the standard library alone.

The window asks for this while Qt and SQLAlchemy are still loading, on a thread: SQLite
does the aggregate work with the interpreter lock released, so the read costs start-up
almost nothing. Anything unusual (no file, not ours, an older or newer schema, a file
SQLite cannot read) answers ``None``, and start-up takes the usual way through
``store/lifecycle.py``, which creates, backs up and upgrades, or explains the refusal.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any

from debiteur_desk.domain.aging import Bucket, make_buckets
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.settings_registry import spec_for
from debiteur_desk.store.queries import overview_sql
from debiteur_desk.store.queries.overview_sql import Statement
from debiteur_desk.store.schema import SCHEMA_HEAD

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class QuickRows:
    buckets: tuple[Bucket, ...]
    rows: list[Sequence[Any]]  # overview_sql.client_overview's rows
    first_start_done: bool


def _setting(connection: sqlite3.Connection, key: str) -> Any:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    spec = spec_for(key)
    return spec.default if row is None else spec.decode(row[0])


def _rows(connection: sqlite3.Connection, statement: Statement) -> list[Any]:
    return connection.execute(statement.sql, statement.params).fetchall()


def _rows_in_one(connection: sqlite3.Connection, statement: Statement) -> list[Any]:
    """The rows made into one JSON text by SQLite, then ordered as the statement orders
    them (by name, then id; SQLite's JSON aggregate keeps no order).

    Python's sqlite3 takes the interpreter lock back for every row it fetches; while the
    main thread is loading Qt that costs a wait per row. One JSON value is one fetch,
    and ``json.loads`` makes the 10,000 rows of a large book in a few milliseconds.
    """
    columns = ", ".join(statement.columns)
    wrapped = f"SELECT json_group_array(json_array({columns})) FROM ({statement.sql})"
    (text,) = connection.execute(wrapped, statement.params).fetchone()
    rows: list[Any] = json.loads(text)
    rows.sort(key=itemgetter(1, 0))
    return rows


def read_overview(path: Path, as_of: date) -> QuickRows | None:
    """The overview rows on ``as_of`` if ``path`` is one of our books at the current schema."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        # Read-only: whatever happens here, the file is not touched.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if revision != [(SCHEMA_HEAD,)]:
            return None
        buckets = make_buckets(_setting(connection, "aging.boundaries"))
        history = bool(_rows(connection, overview_sql.history_after(as_of))[0][0])
        statement = overview_sql.client_overview(as_of, buckets, history=history, dialect="sqlite")
        first_start_done = bool(_setting(connection, "app.first_start_done"))
        return QuickRows(buckets, _rows_in_one(connection, statement), first_start_done)
    except (sqlite3.Error, ValueError, DebiteurError):  # e.g. a damaged setting
        return None
    finally:
        connection.close()
