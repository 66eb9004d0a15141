"""``debiteur-desk migrate-to``: an SQLite book copied to an empty PostgreSQL database and
back, checked table by table (row counts and money), all or nothing (issue 14)."""

import json
import sqlite3
from datetime import date

import pytest

from debiteur_desk.cli import main
from debiteur_desk.services.book import open_book
from debiteur_desk.services.integrity import check_book
from debiteur_desk.services.reports import aging_report
from tests.conftest import drop_book

AS_OF = "2026-11-20"


@pytest.fixture
def pg(pg_url):
    yield pg_url
    database = open_book(pg_url).database
    drop_book(database)
    database.close()


def aged(db, day):
    report = aging_report(db, day)
    return report.buckets, list(report.clients)


def demo_book(path):
    assert main(["demo", "--db", str(path), "--clients", "30", "--invoices", "300",
                 "--seed", "4", "--as-of", AS_OF]) == 0  # fmt: skip


def migrate(capsys, source, target):
    capsys.readouterr()  # what came before
    code = main(["migrate-to", str(target), "--db", str(source), "--json"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_book_to_postgresql_and_back_keeps_every_row_and_every_cent(tmp_path, pg, capsys):
    source = tmp_path / "book.sqlite"
    demo_book(source)
    code, out, err = migrate(capsys, source, pg)
    assert code == 0, err
    copied = {t["table"]: t for t in json.loads(out)}
    assert copied["invoices"]["rows"] == 300 and copied["clients"]["rows"] == 30
    on_server = open_book(pg).database
    assert check_book(on_server) == []
    back = tmp_path / "back.sqlite"
    code, out, err = migrate(capsys, pg, f"sqlite:///{back}")
    assert code == 0, err
    assert {t["table"]: t for t in json.loads(out)} == copied
    original, returned = open_book(source).database, open_book(back).database
    day = date.fromisoformat(AS_OF)
    assert aged(returned, day) == aged(original, day) == aged(on_server, day)
    # A client added on the server gets a new id: its sequences moved past the copied ids.
    from tests.integration.factories import client

    assert client(on_server, name="Na de overstap B.V.") == 31
    on_server.close()


def test_a_target_with_a_book_of_its_own_is_refused_and_left_alone(tmp_path, capsys):
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    demo_book(source)
    demo_book(target)
    before = sqlite3.connect(target).execute("SELECT COUNT(*) FROM invoices").fetchone()
    code, _, err = migrate(capsys, source, f"sqlite:///{target}")
    assert code == 1 and "staat al een boek" in err and err.count("\n") == 1
    assert sqlite3.connect(target).execute("SELECT COUNT(*) FROM invoices").fetchone() == before


def test_a_copy_to_a_new_sqlite_file(tmp_path, capsys):
    source, target = tmp_path / "a.sqlite", tmp_path / "copy.sqlite"
    demo_book(source)
    code, out, err = migrate(capsys, source, f"sqlite:///{target}")
    assert code == 0, err
    assert check_book(open_book(target).database) == []
