"""The window used for minutes on end, as a person would: hundreds of saves, reads, tabs
and date changes, on the real worker thread and event loop, with garbage collection in
between. Before the fix in ``ui/worker.py`` this died with a segmentation fault within
the first few dozen actions (a QObject freed on the worker thread)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo

DRIVER = Path(__file__).with_name("drive_window.py")


def _counts(db_path):
    db = open_book(db_path).database
    try:
        with db.reading() as s:
            return {
                "clients": s.execute(text("SELECT name FROM clients")).scalars().all(),
                "invoices": s.execute(text("SELECT number FROM invoices")).scalars().all(),
                "payments": s.execute(text("SELECT count(*) FROM payments")).scalar(),
            }
    finally:
        db.close()


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_hundreds_of_actions_in_the_real_window_lose_nothing(tmp_path, seed):
    book = tmp_path / "book.sqlite"
    db = open_book(book).database
    fill_demo(db, clients=40, invoices=300, seed=seed)
    db.close()
    before = _counts(book)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(DRIVER), str(book), "--actions", "300",
         "--seed", str(seed)],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-4000:]
    saved = json.loads(run.stdout.strip().splitlines()[-1])
    assert saved["refused"] == []  # every dialog took what a user typed
    assert saved["gui_thread"] == []  # the book was read and written on the worker only
    assert len(saved["clients"]) > 20 and saved["edits"] > 5
    assert len(saved["invoices"]) > 20 and saved["payments"] > 20
    after = _counts(book)
    new_clients = [n for n in after["clients"] if n.startswith("Soak Klant")]
    assert sorted(new_clients) == sorted(saved["clients"])
    assert sorted(n for n in after["invoices"] if n.startswith("SOAK-")) == saved["invoices"]
    assert after["payments"] == before["payments"] + saved["payments"]
