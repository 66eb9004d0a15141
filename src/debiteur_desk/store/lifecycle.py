"""Start-up owns the schema: create, back up and upgrade, or refuse.

- a new (empty) database gets the schema and is stamped at the Alembic head;
- an existing one at an older revision is first copied to a timestamped backup
  (SQLite), then upgraded;
- a database from a newer app version, or one that is not ours, is refused.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from debiteur_desk.domain.errors import DatabaseProblem
from debiteur_desk.store.database import (
    Database,
    make_engine,
    resolve_url,
    shown_url,
    sqlite_path,
)
from debiteur_desk.store.driver_errors import short_reason
from debiteur_desk.store.models import Base
from debiteur_desk.store.private_files import create_private_file, make_private_folder
from debiteur_desk.store.rates import sync_shipped_rates
from debiteur_desk.store.schema import SCHEMA_HEAD

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class OpenResult:
    database: Database
    created: bool
    upgraded_from: str | None
    backup: Path | None


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    if not path.exists():
        if not create:
            raise DatabaseProblem("db_missing", path=str(path))
        if not path.parent.exists():
            make_private_folder(path.parent)
        return
    if path.is_dir():
        raise DatabaseProblem("db_not_ours", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem("db_not_ours", path=str(path))


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite backup API, WAL-safe) next to the database, never overwritten."""
    folder = make_private_folder(path.parent / "backups")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-rev{revision}{path.suffix}"
    counter = 1
    while target.exists():
        target = folder / f"{path.stem}-{stamp}-rev{revision}-{counter}{path.suffix}"
        counter += 1
    copy_sqlite(path, target)
    return target


def copy_sqlite(path: Path, target: Path) -> None:
    """A consistent copy of a live SQLite book (the online backup API, WAL-safe)."""
    create_private_file(target)  # 0600 from the first byte: the copy is the whole book
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()


def open_database(db: str | Path | None = None, *, create: bool = True) -> OpenResult:
    """Open the database at ``db`` (path or URL; ``None`` = the default file), ready to use."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, create=create)
    engine = make_engine(url)
    try:
        result = _prepare(url, engine, path)
    except Exception:
        engine.dispose()
        raise
    return result


def _stamped_revision(connection: Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _prepare(url: str, engine, path: Path | None) -> OpenResult:  # noqa: ANN001
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _stamped_revision(connection, tables)
    except Exception as error:  # a file SQLite cannot read, a server that refuses us
        if path is None:
            raise DatabaseProblem(
                "server_unreachable", server=shown_url(url), detail=short_reason(error)
            ) from None
        raise DatabaseProblem("db_unreadable", path=str(path), detail=str(error)) from None
    created = False
    upgraded_from = None
    backup = None
    if tables and revision == SCHEMA_HEAD:
        database = Database(url, engine)  # the usual start: nothing to create or upgrade
        finish_opening(database)
        return OpenResult(database, created, upgraded_from, backup)
    # Alembic is loaded only when the schema must be made, upgraded or judged.
    from debiteur_desk.store import migrate

    head = migrate.head_revision()
    if not tables:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            migrate.stamp(connection, head)
        created = True
    elif revision is None:
        raise DatabaseProblem("db_not_ours", path=str(path or url))
    elif revision not in migrate.known_revisions():
        raise DatabaseProblem("db_too_new", path=str(path or url), revision=revision)
    elif revision != head:
        if path is not None:
            backup = backup_sqlite(path, revision)
        migrate.upgrade_book(engine, head)
        upgraded_from = revision
    database = Database(url, engine)
    finish_opening(database)
    return OpenResult(database, created, upgraded_from, backup)


def finish_opening(database: Database) -> None:
    """What every start does to a book at the current schema: bring the shipped
    statutory interest rates in (a new app version may ship new ones)."""
    with database.transaction() as session:
        sync_shipped_rates(session)
