"""``debiteur-desk check`` (issue 14): the database file, the kept open amounts and every
letter's PDF against its recorded SHA-256; a list of what is wrong and exit 1, or "alles in
orde" and exit 0; ``--json`` for scripts."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from debiteur_desk.cli import main
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.integrity import ProblemKind, check_book
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter
from debiteur_desk.store.database import Database

from .factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(company_book):
    """A client with an overdue invoice and one letter filed about it."""
    db = company_book
    cid = client(db, name="Jansen & Zn", street="Dorpsstraat 1", postcode="1234 AB", city="Ede")
    due = TODAY - timedelta(days=30)
    invoice(db, cid, "2026-001", "250.00", invoice_date=due - timedelta(days=14), due=due)
    invoice(db, cid, "2026-002", "99.00", invoice_date=due - timedelta(days=14), due=due)
    return db


@pytest.fixture
def letter(book):
    request = LetterRequest(LetterKind.REMINDER, invoice_number="2026-001", letter_date=TODAY)
    return make_letter(book, request, today=TODAY)


def check(book: Database, *extra: str, capsys) -> tuple[int, str]:
    code = main(["check", "--db", book.url, *extra])
    return code, capsys.readouterr().out


def raw(db_path: Path, *statements: str) -> None:
    """Change the SQLite file behind the app's back, as a crash, a tool or a person might."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA writable_schema=ON")
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_a_sound_book_is_in_order(book, letter, capsys):
    book.close()
    code, out = check(book, capsys=capsys)
    assert code == 0
    assert out.strip().startswith("Alles in orde")
    code, out = check(book, "--json", capsys=capsys)
    assert code == 0 and json.loads(out) == {"ok": True, "problems": []}


def test_a_missing_and_a_changed_letter_are_each_named(book, letter, capsys):
    other = make_letter(
        book,
        LetterRequest(LetterKind.REMINDER, invoice_number="2026-002", letter_date=TODAY),
        today=TODAY,
    )
    letter.path.unlink()
    with other.path.open("ab") as handle:
        handle.write(b"%% one byte more")
    book.close()
    code, out = check(book, capsys=capsys)
    assert code == 1
    assert out.splitlines() == [
        f"Brief {letter.letter_id} ontbreekt: {letter.path}",
        f"Brief {other.letter_id} is gewijzigd na het maken (de vingerafdruk klopt niet "
        f"meer): {other.path}",
    ]
    code, out = check(book, "--json", capsys=capsys)
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    missing, changed = data["problems"]
    assert missing == {
        "kind": "letter_missing",
        "detail": str(letter.path),
        "letter_id": letter.letter_id,
        "path": str(letter.path),
    }
    assert changed["kind"] == "letter_changed" and changed["expected"] == other.sha256
    assert changed["actual"] != other.sha256


def test_a_kept_open_amount_that_disagrees_is_named_in_euros(book, capsys):
    with book.engine.begin() as behind_the_apps_back:
        behind_the_apps_back.execute(
            text("UPDATE invoices SET open_cents = open_cents + 100 WHERE number = '2026-001'")
        )
    book.close()
    code, out = check(book, capsys=capsys)
    assert code == 1 and out.splitlines() == ["2026-001: bewaard €\xa0251,00, berekend €\xa0250,00"]
    code, out = check(book, "--json", capsys=capsys)
    assert json.loads(out)["problems"] == [
        {"kind": "open_amount", "detail": "2026-001", "number": "2026-001",
         "kept": "251.00", "computed": "250.00"}
    ]  # fmt: skip


@pytest.mark.sqlite_only(reason="PostgreSQL never lets a row point at nothing")
def test_a_row_pointing_at_nothing_is_found(book, db_path, capsys):
    book.close()
    raw(db_path, "UPDATE invoices SET client_id = 9999 WHERE number = '2026-002'")
    code, out = check(book, "--lang", "en", capsys=capsys)
    assert code == 1
    assert "Row " in out and "of table invoices refers to something in clients" in out
    problems = json.loads(check(book, "--json", capsys=capsys)[1])["problems"]
    assert [(p["kind"], p["table"], p["refers_to"]) for p in problems] == [
        ("foreign_key", "invoices", "clients")
    ]


@pytest.mark.sqlite_only(reason="damages the SQLite file itself")
def test_a_damaged_index_is_reported_as_a_damaged_file(book, db_path, capsys):
    """An index that no longer matches its table (what a torn write leaves): SQLite's
    integrity check finds it; the rest is not checked on a damaged file."""
    client(book, name="Bakker", city="Zwolle")
    book.close()
    raw(
        db_path,
        "CREATE INDEX ix_hostile ON clients(name)",
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_hostile ON clients(city)' "
        "WHERE name = 'ix_hostile'",
    )
    code, out = check(book, capsys=capsys)
    assert code == 1
    assert out.startswith("Het databasebestand is beschadigd (row ")
    assert "ix_hostile" in out


def test_the_service_lists_the_problems_for_the_window(book, letter):
    assert check_book(book) == []
    letter.path.write_bytes(b"not the letter")
    (problem,) = check_book(book)
    assert problem.kind is ProblemKind.LETTER_CHANGED and problem.detail == str(letter.path)
