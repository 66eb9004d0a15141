"""Checks a PyInstaller build (packaging/debiteur-desk.spec) the way a user would use it:
a demo book, the aging report as JSON, a reminder letter as PDF, an old book upgraded
(the migration scripts travel as files), and the window started and closed.

    python packaging/smoke_test.py dist/debiteur-desk

Runs in the development environment (it makes the old book with the package's own
migrations); prints what it checked and exits non-zero on the first failure.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine

from debiteur_desk.store import migrate


def run(program: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=env
    )
    if done.returncode != 0:
        raise SystemExit(f"{program.name} {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def old_book(path: Path) -> None:
    """A book at the first schema revision, as an early version of the app left it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
    engine.dispose()


def main() -> int:
    folder = Path(sys.argv[1])
    suffix = ".exe" if os.name == "nt" else ""
    cli, window = folder / f"debiteur-desk-cli{suffix}", folder / f"debiteur-desk{suffix}"
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        env = {**os.environ, "DEBITEUR_DESK_DATA_DIR": str(work / "data")}
        book = work / "book.sqlite"
        run(cli, "demo", "--db", str(book), "--clients", "8", "--invoices", "60", env=env)
        aging = json.loads(run(cli, "aging", "--db", str(book), "--json", env=env))
        # The first bucket is "not yet due": a reminder needs something overdue.
        owing = next(c["id"] for c in aging["clients"] if any(map(Decimal, c["buckets"][1:])))
        print(f"demo and aging: {len(aging['clients'])} clients owe something")
        letter = work / "reminder.pdf"
        run(cli, "letter", "reminder", "--db", str(book), "--client", str(owing),
            "--out", str(letter), env=env)  # fmt: skip
        if not letter.read_bytes().startswith(b"%PDF"):
            raise SystemExit("the reminder is not a PDF")
        print(f"letter: {letter.stat().st_size:,} bytes of PDF")
        old = work / "old.sqlite"
        old_book(old)
        run(cli, "check", "--db", str(old), env=env)
        revision = sqlite3.connect(old).execute("SELECT version_num FROM alembic_version")
        print(f"old book upgraded to revision {revision.fetchone()[0]}")
        quiet = {**env, "QT_QPA_PLATFORM": "offscreen", "DEBITEUR_DESK_EXIT_AFTER_MS": "1"}
        run(window, "--db", str(book), env=quiet)
        print("window: started, showed the book and closed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
