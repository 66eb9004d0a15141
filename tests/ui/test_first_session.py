"""A new user's first session through the real ``debiteur-desk`` entry point, in its own
process: first start, demo data, the welcome, one save of each kind, Quit (exit code 0)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from debiteur_desk.services.book import open_book
from debiteur_desk.services.settings import read_setting
from debiteur_desk.store.models import Client, Invoice, Letter, Payment

DRIVER = Path(__file__).with_name("drive_entry_point.py")


@pytest.mark.slow
def test_first_start_demo_one_save_of_each_kind_and_quit(tmp_path):
    book = tmp_path / "nieuw.sqlite"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DEBITEUR_DESK_DATA_DIR": str(tmp_path / "data"),
        "DEBITEUR_DESK_DOCUMENTS_DIR": str(tmp_path / "brieven"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", str(DRIVER), str(book)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    done = run.stdout.split()
    assert done == ["demo", "settings", "client", "invoice", "payment", "letter", "sent"]
    db = open_book(book).database
    try:
        assert read_setting(db, "company.name") == "Fietsenmaker De Spaak"
        assert read_setting(db, "app.first_start_done")
        with db.reading() as s:
            assert s.scalars(select(Client).where(Client.name == "Eerste Klant B.V.")).one()
            assert s.scalars(select(Invoice).where(Invoice.number == "EERSTE-1")).one()
            assert s.scalars(select(Payment).where(Payment.amount_cents == 1000)).all()
            letter = s.scalars(select(Letter)).one()
            assert letter.sent_on is not None and Path(letter.file_path).exists()
    finally:
        db.close()
