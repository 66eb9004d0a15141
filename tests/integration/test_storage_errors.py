"""A full disk, a read-only book, a book held by another writer: one clear sentence, and
nothing of the action saved; what was saved before is still there (issue 14)."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import event, func, select

from debiteur_desk.domain.errors import DatabaseProblem, InvalidInput, file_problem
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import ClientInput, add_client
from debiteur_desk.store import database
from debiteur_desk.store.models import Client
from debiteur_desk.text.messages import describe

from .factories import client


def clients_in(db):
    with db.reading() as session:
        return session.scalar(select(func.count(Client.id)))


def limit_pages(db, extra: int) -> None:
    """Every new connection may grow the file by ``extra`` pages at most: a disk that
    fills up (SQLite answers SQLITE_FULL, as for a real full disk)."""
    with db.reading() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    db.close()
    event.listen(
        db.engine, "connect",
        lambda connection, _: connection.execute(f"PRAGMA max_page_count={pages + extra}"),
    )  # fmt: skip


@pytest.mark.sqlite_only(reason="fills the disk with SQLite's max_page_count")
def test_a_full_disk_is_said_in_words_and_keeps_what_was_saved(db):
    client(db, name="Bakkerij De Korenschoof")
    limit_pages(db, 0)
    big = ClientInput(name="Slagerij", kind=ClientKind.BUSINESS, notes="x" * 3_900)
    with pytest.raises(DatabaseProblem) as refused:
        add_client(db, big)
    assert refused.value.code == "db_disk_full"
    assert describe(refused.value, "nl").startswith("De schijf is vol: er is niets opgeslagen.")
    assert describe(refused.value, "en").startswith("The disk is full: nothing was saved.")
    assert clients_in(db) == 1


@pytest.mark.sqlite_only(reason="SQLite's query_only PRAGMA")
def test_a_read_only_book_is_said_in_words(db, db_path):
    client(db, name="Bakkerij")
    db.close()
    event.listen(db.engine, "connect", lambda c, _: c.execute("PRAGMA query_only=ON"))
    with pytest.raises(DatabaseProblem) as refused:
        client(db, name="Slagerij")
    assert refused.value.code in ("db_read_only",)
    assert "alleen-lezen" in describe(refused.value, "nl")
    assert clients_in(db) == 1


@pytest.mark.sqlite_only(reason="SQLite's file lock and busy_timeout")
def test_a_book_another_writer_holds_too_long_is_said_in_words(db, db_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another PC in the middle of a long import
    db.close()
    event.listen(db.engine, "connect", lambda c, _: c.execute("PRAGMA busy_timeout=100"))
    try:
        with pytest.raises(DatabaseProblem) as refused:
            client(db, name="Slagerij")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.code == "db_busy"
    assert "ander venster of op een andere pc" in describe(refused.value, "nl")


def test_a_save_waiting_too_long_for_another_pcs_save_is_said_in_words(db, monkeypatch):
    """On either backend one save at a time: the other PC's long save is waited for up to
    the busy timeout, then "busy" in words, and nothing of this save is kept."""
    client(db, name="Bakkerij")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    db.close()  # SQLite reads the timeout when it connects
    other_pc = database.Database(db.url)
    try:
        with other_pc.transaction(), pytest.raises(DatabaseProblem) as refused:
            client(db, name="Slagerij")
    finally:
        other_pc.close()
    assert refused.value.code == "db_busy"
    assert "ander venster of op een andere pc" in describe(refused.value, "nl")
    assert clients_in(db) == 1


@pytest.mark.parametrize(
    ("number", "code"),
    [(errno.ENOSPC, "file_disk_full"), (errno.EROFS, "file_read_only"),
     (errno.EACCES, "file_read_only"), (errno.EIO, "file_not_written")],
)  # fmt: skip
def test_a_file_that_cannot_be_written_is_said_in_words(number, code):
    problem = file_problem(OSError(number, "x"), "/brieven/Bakkerij/herinnering.pdf")
    assert isinstance(problem, InvalidInput) and problem.code == code
    assert "/brieven/Bakkerij/herinnering.pdf" in describe(problem, "nl")


@pytest.mark.sqlite_only(reason="makes a backup: SQLite's online copy of the file")
def test_the_command_line_says_a_folder_it_cannot_write_in_words(db, db_path, tmp_path, capsys):
    from debiteur_desk.cli import main

    client_id_args = ["--db", str(db_path)]
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    code = main(["backup", "--to", str(blocker / "backup.zip"), *client_id_args])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "kon niet worden geschreven" in err
