"""The book, its -wal and -shm files and its backups are readable by the user alone (mode
0600, folders 0700), from the first byte, whatever the umask lets others read."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from debiteur_desk.services import backup
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.store.lifecycle import backup_sqlite

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX file modes"),
    pytest.mark.sqlite_only(reason="the modes of the book's own files"),
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """The usual umask, which lets everyone read a new file (0644)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_book_and_its_wal_and_shm_are_private(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    path = home / "new folder" / "inner" / "book.sqlite"
    database = open_book(path).database
    try:
        with database.transaction() as session:  # a write: the -wal and -shm are in use
            session.execute(text("CREATE TABLE t (x)"))
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
        assert mode(home) == 0o755  # a folder the app did not make is left as it was
    finally:
        database.close()


def test_a_book_left_readable_by_an_older_version_is_made_private(tmp_path):
    path = tmp_path / "book.sqlite"
    open_book(path).database.close()
    connection = sqlite3.connect(path)  # leaves a readable -wal behind, as a crash would
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (x)")
    for file in (path, Path(f"{path}-wal")):
        os.chmod(file, 0o644)
    database = open_book(path).database
    try:
        with database.reading() as session:
            session.execute(text("SELECT 1"))
        assert mode(path) == 0o600 and mode(Path(f"{path}-wal")) == 0o600
    finally:
        database.close()
        connection.close()


def test_a_backup_zip_and_its_folder_are_private(db, db_path, tmp_path):
    fill_demo(db, clients=3, invoices=6, seed=1)
    chosen = backup.make_backup(db, tmp_path / "chosen.zip")
    assert mode(chosen.path) == 0o600
    automatic = backup.auto_backup(db, "daily")
    assert automatic is not None and mode(automatic) == 0o600
    assert mode(automatic.parent) == 0o700


def test_the_copy_before_an_upgrade_is_private(db, db_path):
    copy = backup_sqlite(db_path, "0003")
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700


def test_a_restored_book_is_private(db, db_path, tmp_path):
    fill_demo(db, clients=3, invoices=6, seed=1)
    saved = backup.make_backup(db, tmp_path / "b.zip")
    db.close()
    os.chmod(db_path, 0o644)
    _, kept = backup.restore_backup(db_path, saved.path)
    assert mode(db_path) == 0o600
    assert kept is not None and mode(kept) == 0o600
