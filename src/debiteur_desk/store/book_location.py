"""Which book this PC opens when no ``--db`` is given: the file on this PC (the default)
or a book on a PostgreSQL server, chosen in Settings for a shop with several PCs
(issue 14).

The choice belongs to this PC, not to a book: it is kept in the user-data folder beside
the default book (``book-location.json``, readable by the user alone), without the
password, which goes to the system keyring. The command line follows the same choice,
so ``debiteur-desk check`` checks the book the window shows.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.store.database import data_dir
from debiteur_desk.store.private_files import create_private_file, make_private_folder

LOCATION_FILE = "book-location.json"
KEYRING_SERVICE = "Debiteur Desk (database)"
_NO_KEYRING = "db_keyring_unavailable"


def location_file() -> Path:
    return data_dir() / LOCATION_FILE


def chosen_url() -> str | None:
    """The server book chosen for this PC, its password filled in; ``None``: the file."""
    path = location_file()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        url, password_kept = str(saved["url"]), bool(saved.get("password_kept"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DebiteurError("book_location_unreadable", path=str(path)) from error
    if not password_kept:  # a server that needs none (trust, a .pgpass file)
        return url
    from sqlalchemy.engine import make_url

    from debiteur_desk.store.secrets import kept_password

    address = make_url(url)
    password = kept_password(KEYRING_SERVICE, _whose(url), problem=_NO_KEYRING)
    return address.set(password=password).render_as_string(hide_password=False)


def choose(url: str | None) -> None:
    """Open the book at ``url`` from now on (``None``: the file on this PC again)."""
    path = location_file()
    if url is None:
        path.unlink(missing_ok=True)
        return
    from sqlalchemy.engine import URL, make_url

    from debiteur_desk.store.secrets import keep_password

    address = make_url(url)
    if address.password:
        keep_password(KEYRING_SERVICE, _whose(url), str(address.password), problem=_NO_KEYRING)
    without_password = URL.create(
        address.drivername,
        address.username,
        None,
        address.host,
        address.port,
        address.database,
        address.query,
    )  # fmt: skip (``URL.set(password=None)`` would leave the password in)
    saved = {
        "url": without_password.render_as_string(hide_password=False),
        "password_kept": bool(address.password),
    }
    make_private_folder(path.parent)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    partial.write_text(json.dumps(saved, indent=2), encoding="utf-8")
    os.replace(partial, path)  # a crash leaves the old choice or the new one, never half


def _whose(url: str) -> str:
    """The keyring's user for a server's password: user, server, port and database."""
    from sqlalchemy.engine import make_url

    at = make_url(url)
    host = at.host or at.query.get("host", "")  # or a socket directory, in the query
    return f"{at.username or ''}@{host}:{at.port or at.query.get('port', 5432)}/{at.database}"


def with_kept_password(url: str) -> str:
    """``url`` with the password kept for its server, when one was kept."""
    from sqlalchemy.engine import make_url

    from debiteur_desk.store.secrets import kept_password

    address = make_url(url)
    if address.password:
        return url
    try:
        password = kept_password(KEYRING_SERVICE, _whose(url), problem=_NO_KEYRING)
    except DebiteurError:
        password = None  # no keyring on this PC: then nothing was kept there either
    return address.set(password=password).render_as_string(hide_password=False)
