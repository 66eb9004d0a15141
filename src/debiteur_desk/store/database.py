"""Engine and session set-up: one session per user action, opened by the services.

SQLAlchemy is imported when the first session is opened, not with this module: the
app shows its window before the database layer has loaded (``services/quick_open.py``).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from platformdirs import user_data_dir

from debiteur_desk.store.private_files import private_sqlite_file

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "DebiteurDesk"
DATA_DIR_ENV = "DEBITEUR_DESK_DATA_DIR"
CONNECT_TIMEOUT_SECONDS = 8
# How long a save waits for another window's or PC's save before "the book is busy".
BUSY_TIMEOUT_MS = 15000
# One writer at a time on a server book, as SQLite's lock on a file (a wait that runs out
# is SQLSTATE 55P03, "busy"); advisory locks are per database, so per book.
_SERVER_WRITE_LOCK = "SELECT pg_advisory_xact_lock(14014)"


def data_dir() -> Path:
    """Where the default database lives; ``DEBITEUR_DESK_DATA_DIR`` redirects it (tests)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "debiteur-desk.sqlite"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A path becomes an SQLite URL; URLs pass through. Nothing means the book this PC
    opens: the server chosen in Settings (``store/book_location.py``), else the default
    file."""
    if db is None:
        from debiteur_desk.store.book_location import chosen_url

        return chosen_url() or f"sqlite:///{default_database_path()}"
    text = os.fspath(db)
    if "://" in text:
        return text
    # A URL's database part ends at "?" and has its %XX escapes decoded: escape both, or
    # a folder named "Klanten?" or "100%20" would lead to another file.
    path = str(Path(text).expanduser().resolve()).replace("%", "%25").replace("?", "%3F")
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or ``None`` for another backend or in-memory."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] != "sqlite":
        return None
    database = unquote(rest[1:].split("?")[0])  # sqlite:///relative, sqlite:////absolute
    return None if database in ("", ":memory:") else Path(database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # another window's save, an import
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def shown_url(url: str) -> str:
    """What the window and a message show of a book: its file, or for a server
    ``user@server:port/database`` (no driver name, no query, never the password)."""
    path = sqlite_path(url)
    if path:
        return str(path)
    from sqlalchemy.engine import make_url

    address = make_url(url)
    host = address.host or str(address.query.get("host", ""))  # or a socket directory
    port = address.port or address.query.get("port")
    user = f"{address.username}@" if address.username else ""
    return f"{user}{host}{f':{port}' if port else ''}/{address.database or ''}"


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    path = sqlite_path(url)
    if path is not None:
        private_sqlite_file(path)  # mode 0600 before SQLite makes it (and its -wal, -shm)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A server: a down server or a cable pulled is said within seconds, not after the
    # operating system's minutes; a connection the server dropped (a restart overnight)
    # is noticed and replaced before it is used.
    return create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    )


@contextmanager
def translated_errors() -> Iterator[None]:
    """A full disk, a read-only file, a book held elsewhere: said in words (the action's
    transaction is rolled back as for any error)."""
    from sqlalchemy.exc import DBAPIError

    from debiteur_desk.store.driver_errors import problem_of

    try:
        yield
    except DBAPIError as error:
        problem = problem_of(error)
        if problem is None:
            raise
        raise problem from error


def _refuse_audit_changes(session: Session, _context: Any, _instances: Any) -> None:
    from debiteur_desk.store.models import AuditLog

    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLog):
            raise PermissionError("the audit log is append-only")


class Database:
    """An open, migrated database. Services call :meth:`transaction` once per action."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self._engine = engine
        self._session_maker: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        self._writing = threading.local()  # this thread is inside transaction()

    @property
    def engine(self) -> Engine:
        return self._factory().kw["bind"]

    def _factory(self) -> sessionmaker[Session]:
        """The session factory, made (with the engine) on first use, from any thread."""
        with self._lock:
            if self._session_maker is None:
                from sqlalchemy import event
                from sqlalchemy.orm import sessionmaker

                engine = self._engine or make_engine(self.url)
                sessions = sessionmaker(engine, expire_on_commit=False)
                event.listen(sessions, "before_flush", _refuse_audit_changes)
                self._engine, self._session_maker = engine, sessions
            return self._session_maker

    @property
    def display_name(self) -> str:
        return shown_url(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        On SQLite it takes the write lock at once (``BEGIN IMMEDIATE``): what the action
        reads, it reads as no other window or PC can change it before it writes (two
        windows on one book never lose each other's change), and a second writer waits
        (``busy_timeout``) instead of failing halfway. On PostgreSQL the book's write lock
        is an advisory lock held until the transaction ends (and each statement reads what
        was committed before it), waited for as long."""
        if getattr(self._writing, "active", False):
            # It would wait for the lock its own thread holds (and fail after the timeout).
            raise RuntimeError("a transaction inside another one on the same thread")
        self._writing.active = True
        try:
            with translated_errors(), self._factory()() as session, session.begin():
                if self.is_sqlite:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                else:
                    connection = session.connection()
                    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
                    connection.exec_driver_sql(_SERVER_WRITE_LOCK)
                yield session
        finally:
            self._writing.active = False

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; closing it ends the transaction without committing."""
        with translated_errors(), self._factory()() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def close(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
