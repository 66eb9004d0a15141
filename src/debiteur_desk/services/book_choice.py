"""Settings › Database: which book this PC works in — the file on this PC, or a book on
a PostgreSQL server that two or three PCs share (issue 14).

``probe`` tries a server with what was typed and says what it holds, without changing
anything there. ``move_to`` opens the chosen book (creating it on an empty server, or
first copying this book there and checking the copy) and only then records the choice
for this PC: a server that cannot be reached, or a copy that fails, leaves the PC on
the book it had.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import URL, make_url

from debiteur_desk.domain.errors import DatabaseProblem, InvalidInput
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.services.book import open_book
from debiteur_desk.services.copy_book import copy_book
from debiteur_desk.store import book_location
from debiteur_desk.store.database import (
    Database,
    default_database_path,
    make_engine,
    shown_url,
    sqlite_path,
)
from debiteur_desk.store.driver_errors import short_reason
from debiteur_desk.store.models import Client

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a server book is, as a shop owner types it (no URL syntax to learn)."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT

    def check(self) -> None:
        if not self.host.strip():
            raise InvalidInput("server_host_empty")
        if not self.database.strip():
            raise InvalidInput("server_database_empty")

    def url(self, password: str | None = None) -> str:
        """The URL with ``password``; ``None``: the one kept for this server, if any."""
        self.check()
        host = self.host.strip()
        # A folder is libpq's socket directory (the server on this machine): in the query.
        socket = host.startswith("/")
        address = URL.create(
            DRIVER,
            username=self.user.strip() or None,
            host=None if socket else host,
            port=None if socket else self.port,
            database=self.database.strip(),
            query={"host": host, "port": str(self.port)} if socket else {},
        )
        if password is None:
            return book_location.with_kept_password(address.render_as_string(False))
        return address.set(password=password or None).render_as_string(hide_password=False)

    @classmethod
    def of(cls, url: str) -> ServerAddress | None:
        """The server behind ``url``; ``None`` for a file."""
        if sqlite_path(url) is not None or url.startswith("sqlite"):
            return None
        address = make_url(url)
        host, port = address.host, address.port or DEFAULT_PORT
        if host is None:  # a socket directory, given in the query
            host = str(address.query.get("host", ""))
            port = int(str(address.query.get("port", DEFAULT_PORT)))
        return cls(host, address.database or "", address.username or "", port)


@dataclass(frozen=True)
class BookPlace:
    """Where a book is, for Settings to show."""

    server: ServerAddress | None  # None: a file on this PC
    shown: str  # the file, or the server's URL without its password
    this_pc: str = ""  # the file "On this PC" opens: the one in the user-data folder


def place_of(db: Database) -> BookPlace:
    return BookPlace(ServerAddress.of(db.url), shown_url(db.url), str(default_database_path()))


@dataclass(frozen=True)
class ServerBook:
    """What a server database holds: ``clients`` is ``None`` when it has no book yet."""

    clients: int | None


def probe(url: str) -> ServerBook:
    """Connect to ``url`` and look; changes nothing. Unreachable: ``server_unreachable``."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(Client.__tablename__):
                return ServerBook(None)
            count = connection.execute(select(func.count()).select_from(Client)).scalar()
            return ServerBook(int(count or 0))
    except InvalidInput:
        raise
    except Exception as error:  # refused, unknown host, wrong password, no such database
        raise DatabaseProblem(
            "server_unreachable", server=shown_url(url), detail=short_reason(error)
        ) from None
    finally:
        engine.dispose()


def move_to(url: str | None, *, copy_from: Database | None = None) -> ProgressJob[Database]:
    """Open the book at ``url`` (``None``: the file on this PC) as this PC's book, after
    copying ``copy_from`` there when given (the server must hold no book yet)."""
    if copy_from is not None and url is not None:
        for step in copy_book(copy_from, url):
            yield Progress(step.done, step.total)  # the steps' items are table names
    database = open_book(url if url is not None else default_database_path()).database
    try:
        book_location.choose(url)
    except Exception:
        database.close()
        raise
    return database
