"""A process killed (SIGKILL: no clean-up, no rollback code of ours runs) in the middle of
long work leaves a consistent book (issue 14): the work is fully there or fully absent,
``check`` finds nothing wrong and the next start works. SQLite's write-ahead log makes a
transaction atomic; these tests make sure no long job commits in parts."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

TODAY = "2026-11-20"


def cli(db: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "debiteur_desk", *argv, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )


def finished(db: Path, *argv: str, env: dict[str, str] | None = None) -> str:
    process = cli(db, *argv, env=env)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    return out.decode()


def kill_when_writing(process: subprocess.Popen[bytes], db: Path, wal_bytes: int) -> None:
    """SIGKILL the process once its transaction has written ``wal_bytes`` to the log (it
    is then surely in the middle); fails the test if it ended before that."""
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "the work ended before it could be interrupted"
        if wal.exists() and wal.stat().st_size >= wal_bytes:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            assert process.returncode == -signal.SIGKILL
            return
        time.sleep(0.005)
    pytest.fail("the work never reached the log")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("clients", "invoices", "payments", "bank_lines", "import_batches")
        }
    connection.close()
    return found


def check_is_clean(db: Path) -> None:
    process = cli(db, "check")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, out.decode() + err.decode()


def test_a_demo_fill_killed_halfway_leaves_an_empty_book(tmp_path):
    db = tmp_path / "book.sqlite"
    process = cli(db, "demo", "--clients", "4000", "--invoices", "150000", "--as-of", TODAY)
    kill_when_writing(process, db, 2_000_000)
    assert counts(db) == dict.fromkeys(
        ("clients", "invoices", "payments", "bank_lines", "import_batches"), 0
    )
    check_is_clean(db)
    finished(db, "demo", "--clients", "20", "--invoices", "100", "--as-of", TODAY)  # restarts
    assert counts(db)["clients"] == 20


def statement(db: Path, entries: int) -> bytes:
    """A CAMT.053 with ``entries`` credits, each naming an open invoice with its amount."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT number, open_cents FROM invoices WHERE open_cents > 0 ORDER BY id LIMIT ?",
            (entries,),
        ).fetchall()
    connection.close()
    lines = "".join(
        f"""<Ntry><Amt Ccy="EUR">{cents // 100}.{cents % 100:02d}</Amt>
<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-19</Dt></BookgDt>
<AcctSvcrRef>K{n:010d}</AcctSvcrRef><NtryDtls><TxDtls>
<RltdPties><Dbtr><Nm>Betaler {n}</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>Factuur {number}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
"""
        for n, (number, cents) in enumerate(rows)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>KILL</MsgId><CreDtTm>2026-11-19T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>KILL-1</Id><CreDtTm>2026-11-19T18:00:00</CreDtTm>
<Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>
{lines}</Stmt></BkToCstmrStmt></Document>
""".encode()


def test_a_statement_import_killed_halfway_books_nothing(tmp_path):
    db = tmp_path / "book.sqlite"
    finished(db, "demo", "--clients", "1500", "--invoices", "30000", "--as-of", TODAY)
    before = counts(db)
    camt = tmp_path / "statement.xml"
    camt.write_bytes(statement(db, 5000))
    process = cli(db, "import", "statement", str(camt))
    kill_when_writing(process, db, 500_000)
    assert counts(db) == before  # nothing of the import: no batch, no payment, no line
    check_is_clean(db)
    out = finished(db, "import", "statement", str(camt), "--json")  # the next start works
    assert len(json.loads(out)["booked"]) == 5000
    check_is_clean(db)


BATCH = """
import sys
from datetime import date
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.book import open_book
from debiteur_desk.services.letter_batch import due_reminder_requests, make_reminders

db = open_book(sys.argv[1], create=False).database
today = date.fromisoformat(sys.argv[2])
requests = due_reminder_requests(db, today)
print(len(requests), flush=True)
run_to_end(make_reminders(db, requests, today))
"""


def test_a_letter_batch_killed_halfway_leaves_every_letter_whole(tmp_path):
    """Killed between letters or in the middle of one: after the next start every letter
    record has its file with the recorded SHA-256, and every file its record."""
    db = tmp_path / "book.sqlite"
    letters = tmp_path / "brieven"
    env = {"DEBITEUR_DESK_DOCUMENTS_DIR": str(letters)}
    finished(db, "demo", "--clients", "60", "--invoices", "400", "--as-of", TODAY)
    process = subprocess.Popen(
        [sys.executable, "-c", BATCH, str(db), TODAY],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env},
    )  # fmt: skip
    assert process.stdout is not None and int(process.stdout.readline()) > 10
    deadline = time.monotonic() + 120
    while len(list(letters.rglob("*.pdf"))) < 5:  # some letters filed, more to come
        assert process.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    out = finished(db, "check", "--json", env=env)  # the next start finishes what was left
    assert json.loads(out) == {"ok": True, "problems": []}
    with sqlite3.connect(db) as connection:
        recorded = {row[0] for row in connection.execute("SELECT file_path FROM letters")}
    connection.close()
    assert recorded and recorded == {str(p) for p in letters.rglob("*.pdf")}
    # A PDF killed before its record was committed stays a ".part" (not a letter), removed
    # by a later start once it is surely no other window's letter in progress.
    for partial in letters.rglob("*.part"):
        assert str(partial.with_suffix("")) not in recorded
