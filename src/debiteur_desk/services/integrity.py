"""Is the book whole? (issue 14, "never lose a euro of data")

Three checks, each a list of :class:`Problem`:

* the database itself: SQLite's ``PRAGMA integrity_check`` (pages, indexes) and
  ``PRAGMA foreign_key_check`` (a row that points at a row that is not there); a
  PostgreSQL server guards both itself, so there this part is skipped;
* each invoice's kept open amount against its payments, credit notes and write-off
  (``ledger.check_ledger``);
* each letter's PDF against the SHA-256 recorded when it was made: missing, unreadable
  or changed.

The command line's ``check`` prints them; the window can show the same list.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from debiteur_desk.domain.errors import Notice
from debiteur_desk.domain.money import decimal_string, from_cents
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Letter

_CHUNK = 1 << 20


class ProblemKind(StrEnum):
    DATABASE = "database"  # SQLite's integrity check found damage
    FOREIGN_KEY = "foreign_key"  # a row points at a row that is not there
    OPEN_AMOUNT = "open_amount"  # an invoice's kept open amount disagrees with its rows
    LETTER_MISSING = "letter_missing"
    LETTER_UNREADABLE = "letter_unreadable"
    LETTER_CHANGED = "letter_changed"


@dataclass(frozen=True)
class Problem:
    """One thing wrong. ``detail`` says what, in a word or a number (an invoice number, a
    path, SQLite's own message); ``facts`` are the further values (``--json`` shows them,
    the message uses them)."""

    kind: ProblemKind
    detail: str
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def notice(self) -> Notice:
        """The problem as the message catalogue words it (``integrity_<kind>``)."""
        return Notice(f"integrity_{self.kind.value}", {"detail": self.detail, **self.facts})

    def as_json(self) -> dict[str, Any]:
        """For ``--json``: amounts as decimal strings (``"12.50"``)."""
        facts = {
            k: decimal_string(v) if isinstance(v, Decimal) else v for k, v in self.facts.items()
        }
        return {"kind": self.kind.value, "detail": self.detail, **facts}


def check_book(db: Database) -> list[Problem]:
    """Everything wrong with the book; empty when all is well. A damaged database is not
    checked further (its rows cannot be trusted)."""
    problems = database_problems(db)
    if any(p.kind is ProblemKind.DATABASE for p in problems):
        return problems
    return problems + open_amount_problems(db) + letter_problems(db)


def database_problems(db: Database) -> list[Problem]:
    """SQLite's own checks of the file; nothing on another database."""
    if db.engine.dialect.name != "sqlite":
        return []
    try:
        with db.engine.connect() as connection:
            damage = [
                str(row) for row in connection.exec_driver_sql("PRAGMA integrity_check").scalars()
            ]
            orphans = list(connection.execute(text("PRAGMA foreign_key_check")))
    except DBAPIError as error:  # too damaged to check at all
        return [Problem(ProblemKind.DATABASE, str(error.orig))]
    problems = [Problem(ProblemKind.DATABASE, line) for line in damage if line != "ok"]
    problems += [
        Problem(
            ProblemKind.FOREIGN_KEY,
            f"{table} {rowid}",
            {"table": table, "row": rowid, "refers_to": parent},
        )
        for table, rowid, parent, _ in orphans
    ]
    return problems


def open_amount_problems(db: Database) -> list[Problem]:
    return [
        Problem(
            ProblemKind.OPEN_AMOUNT,
            m.number,
            {
                "number": m.number,
                "kept": from_cents(m.kept_open_cents),
                "computed": from_cents(m.computed_open_cents),
            },
        )
        for m in check_ledger(db)
    ]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _letters(db: Database) -> list[tuple[int, str, str]]:
    # An erased client's letters have no file left (art. 17 AVG, services/privacy.py).
    query = (
        select(Letter.id, Letter.file_path, Letter.sha256)
        .where(Letter.file_path != "")
        .order_by(Letter.id)
    )
    with db.reading() as session:
        return [(letter_id, path, sha) for letter_id, path, sha in session.execute(query)]


def letter_problems(db: Database) -> list[Problem]:
    """Each letter's file against its recorded SHA-256."""
    problems = []
    for letter_id, file_path, expected in _letters(db):
        path = Path(file_path)
        facts = {"letter_id": letter_id, "path": file_path}
        if not path.is_file():
            problems.append(Problem(ProblemKind.LETTER_MISSING, file_path, facts))
            continue
        try:
            actual = _sha256(path)
        except OSError as error:
            reason = error.strerror or str(error)
            problems.append(
                Problem(ProblemKind.LETTER_UNREADABLE, file_path, {**facts, "reason": reason})
            )
            continue
        if actual != expected:
            facts = {**facts, "expected": expected, "actual": actual}
            problems.append(Problem(ProblemKind.LETTER_CHANGED, file_path, facts))
    return problems
