"""Backups a user can restore (issue 14): one ZIP with the book and its letters.

A backup holds ``book.sqlite`` (a consistent copy made with SQLite's online backup API,
never a file copy of a live database), every letter PDF the book knows (under
``letters/``) and ``manifest.json``: what made it, when, the schema revision, and what it
holds (clients, invoices, open total, each letter's SHA-256). Restoring checks the file
first (ours, intact, a schema this app can open, every letter's hash), keeps the current
book as a backup, and only then puts the copy in place.

Automatic backups go to ``backups/`` beside the book: one on the first start of a day and
one before every import, kept in a rotation of 7 daily, 4 weekly and 12 monthly.

A book on a PostgreSQL server is backed up the same way (before each import and erasure,
and by hand; not daily, see ``auto_backup``), into ``backups/`` in this PC's user-data
folder: its tables are copied into an SQLite file and checked (``copy_book``),
so the backup is an ordinary one, which opens as a book on this PC. A shop that moved its
book to a server would otherwise have had no backup at all. Restoring onto the server is
left to ``migrate-to`` (a copy into an empty database): the app never empties a server.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from debiteur_desk import __version__
from debiteur_desk.domain.errors import DatabaseProblem, InvalidInput
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.copy_book import copy_book
from debiteur_desk.store.database import Database, data_dir, sqlite_path
from debiteur_desk.store.lifecycle import copy_sqlite
from debiteur_desk.store.private_files import (
    create_private_file,
    make_private,
    make_private_folder,
)

KIND = "debiteur-desk-backup"
BOOK = "book.sqlite"
MANIFEST = "manifest.json"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    revision: str
    clients: int
    invoices: int
    open_cents: int
    letters: int


def book_file(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        raise InvalidInput("backup_not_sqlite")
    return path


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    def one(sql: str) -> int:
        return int(connection.execute(sql).fetchone()[0] or 0)

    return {
        "clients": one("SELECT count(*) FROM clients"),
        "invoices": one("SELECT count(*) FROM invoices"),
        "open_cents": one("SELECT sum(open_cents) FROM invoices"),
    }


def _letters(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return list(connection.execute("SELECT id, file_path, sha256 FROM letters ORDER BY id"))


def _copy_of_book(db: Database, copy: Path) -> None:
    """A consistent copy of the book as an SQLite file: SQLite's online backup API for a
    book in a file; a server book's tables copied and checked (``copy_book``)."""
    book = sqlite_path(db.url)
    if book is not None:
        copy_sqlite(book, copy)
    else:
        run_to_end(copy_book(db, f"sqlite:///{copy}"))


def make_backup(db: Database, target: Path) -> BackupInfo:
    """Write a full backup of the book to ``target`` (a .zip; its folder must exist).

    Written to a temporary file first and renamed at the end: an interrupted backup never
    leaves a half ZIP under the real name."""
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        copy = Path(work) / BOOK
        _copy_of_book(db, copy)
        with sqlite3.connect(copy) as connection:
            counts = _counts(connection)
            letters = _letters(connection)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        connection.close()
        made_at = datetime.now().replace(microsecond=0)
        manifest = {
            "kind": KIND, "app_version": __version__, "made_at": made_at.isoformat(),
            "revision": revision, **counts,
            "letters": [{"id": i, "path": p, "sha256": s, "present": Path(p).is_file()}
                        for i, p, s in letters],
        }  # fmt: skip
        partial = Path(work) / "backup.zip"
        create_private_file(partial)  # mode 0600, kept by the rename below
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(copy, BOOK)
            for letter_id, letter_path, _ in letters:
                if Path(letter_path).is_file():
                    archive.write(letter_path, f"letters/{letter_id}.pdf")
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        os.replace(partial, target)
    return BackupInfo(target, made_at, revision, counts["clients"], counts["invoices"],
                      counts["open_cents"], len(letters))  # fmt: skip


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup holds, after checking it is ours and intact; refused otherwise."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            if manifest.get("kind") != KIND:
                raise InvalidInput("backup_not_ours", path=str(path))
            with tempfile.TemporaryDirectory() as work:
                archive.extract(BOOK, work)
                with sqlite3.connect(Path(work) / BOOK) as connection:
                    ok = connection.execute("PRAGMA integrity_check").fetchone()[0]
                    revision = connection.execute(
                        "SELECT version_num FROM alembic_version"
                    ).fetchone()[0]
                connection.close()
            for letter in manifest["letters"]:
                name = f"letters/{letter['id']}.pdf"
                if (
                    letter["present"]
                    and hashlib.sha256(archive.read(name)).hexdigest() != (letter["sha256"])
                ):
                    raise InvalidInput("backup_damaged", path=str(path), detail=name)
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, sqlite3.DatabaseError) as error:
        raise InvalidInput("backup_damaged", path=str(path), detail=str(error)) from None
    if ok != "ok":
        raise InvalidInput("backup_damaged", path=str(path), detail=ok)
    from debiteur_desk.store import migrate

    if revision not in migrate.known_revisions():
        raise DatabaseProblem("db_too_new", path=str(path), revision=revision)
    return BackupInfo(path, datetime.fromisoformat(manifest["made_at"]), revision,
                      manifest["clients"], manifest["invoices"], manifest["open_cents"],
                      len(manifest["letters"]))  # fmt: skip


def restore_backup(book: Path, backup: Path) -> tuple[BackupInfo, Path | None]:
    """Put the backup in place of ``book`` (which must be closed), after checking it and
    backing up the current book; returns what was restored and where the old book went.
    Letter files are written back where the book expects them."""
    info = inspect_backup(backup)
    kept = None
    if book.exists():
        target = _auto_target(backups_folder(book), book.stem, "before-restore")
        kept = make_backup(Database(f"sqlite:///{book}"), target).path
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        with tempfile.TemporaryDirectory(dir=book.parent) as work:
            archive.extract(BOOK, work)
            make_private(Path(work) / BOOK)
            for suffix in ("-wal", "-shm", "-journal"):  # the old book's, now stale
                Path(f"{book}{suffix}").unlink(missing_ok=True)
            os.replace(Path(work) / BOOK, book)
        for letter in manifest["letters"]:
            if letter["present"]:
                target = Path(letter["path"])
                if target.suffix.lower() != ".pdf" or not target.is_absolute():
                    continue  # a letter is a PDF where the book filed it, nothing else
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(f"letters/{letter['id']}.pdf"))
    return info, kept


# -- automatic backups and their rotation ----------------------------------------------------


def backups_folder(book: Path) -> Path:
    return make_private_folder(book.parent / "backups")


def backup_place(db: Database) -> tuple[Path, str] | None:
    """Where the book's automatic backups go and what their names start with: beside a
    book file; for a server book in this PC's user-data folder, named after the server's
    database. ``None``: a book file that is not there (yet)."""
    book = sqlite_path(db.url)
    if book is None:
        name = re.sub(r"[^A-Za-z0-9_]+", "_", make_url(db.url).database or "book")
        return make_private_folder(data_dir() / "backups"), f"server_{name}"
    return (backups_folder(book), book.stem) if book.exists() else None


def _auto_target(folder: Path, stem: str, why: str) -> Path:
    return folder / f"{stem}-{datetime.now():%Y%m%d-%H%M%S}-{why}.zip"


def _day_of(path: Path) -> date | None:
    parts = path.stem.split("-")
    for part in parts:
        if len(part) == 8 and part.isdigit():
            try:
                return date(int(part[:4]), int(part[4:6]), int(part[6:]))
            except ValueError:
                return None
    return None


def auto_backup(db: Database, why: str, *, once_a_day: bool = False) -> Path | None:
    """A backup in the rotation (``why``: "daily", "before-import", …); with
    ``once_a_day`` none when today's is already there. Returns the new file, if any.

    A server book gets no daily one: copying all its tables at every PC's first start
    would hold up the window's worker for as long; it is backed up before each import and
    erasure, and by hand."""
    if once_a_day and sqlite_path(db.url) is None:
        return None
    place = backup_place(db)
    if place is None:
        return None
    folder, stem = place
    today = date.today()
    if once_a_day and any(_day_of(p) == today for p in folder.glob(f"{stem}-*.zip")):
        return None
    target = _auto_target(folder, stem, why)
    make_backup(db, target)
    prune(folder, stem, today)
    return target


# The backups the rotation may delete; one made by hand or kept before a restore stays.
# One made before a client was erased holds that client's personal data: it goes with the
# rotation (within a year), or the erasure would never be complete (art. 17 AVG).
ROTATED = ("daily", "before-import", "before-erase")


def prune(folder: Path, stem: str, today: date) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months that have
    one; delete the other automatic backups of this book. Returns what was deleted."""
    rotated = (p for p in folder.glob(f"{stem}-*.zip") if p.stem.endswith(ROTATED))
    dated = sorted(((d, p) for p in rotated if (d := _day_of(p))),
                   reverse=True)  # fmt: skip
    keep: set[Path] = set()
    for key, count in ((lambda d: d, KEEP_DAILY),
                       (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda d: (d.year, d.month), KEEP_MONTHLY)):  # fmt: skip
        seen: list[object] = []
        for day, path in dated:
            period = key(day)
            if period not in seen and day <= today:
                seen.append(period)
                keep.add(path)
            if len(seen) == count:
                break
    removed = [p for _, p in dated if p not in keep]
    for path in removed:
        path.unlink()
    return removed
