"""The real entry point comes up and exits cleanly, offscreen (as MNELAB's test_main does)."""

import os
import subprocess
import sys

from debiteur_desk.cli import main


def test_entry_point_starts_the_window_and_exits(tmp_path):
    book = tmp_path / "book.sqlite"
    assert main(["demo", "--db", str(book), "--clients", "5", "--invoices", "20"]) == 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEBITEUR_DESK_EXIT_AFTER_MS": "300"}
    done = subprocess.run(
        [sys.executable, "-m", "debiteur_desk", "--db", str(book)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_database_problem_is_reported_not_a_traceback(tmp_path):
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_text("geen database")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEBITEUR_DESK_EXIT_AFTER_MS": "300"}
    done = subprocess.run(
        [sys.executable, "-m", "debiteur_desk", "--db", str(foreign)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "geen database van Debiteur Desk" in done.stderr
    assert "Traceback" not in done.stderr
