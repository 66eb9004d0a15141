"""A letter's file and record together or not at all (``services/letter_files.py``,
issue 14): what a killed process leaves is finished when the book is next opened."""

import os
import time

from debiteur_desk.services.book import open_book
from debiteur_desk.services.letter_files import (
    IN_PROGRESS_SECONDS,
    finish_interrupted_letters,
    partial_of,
)
from debiteur_desk.store.models import Letter

from .factories import client


def test_a_letter_committed_but_not_yet_named_gets_its_name(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    final = tmp_path / "1 Bakkerij" / "2026-11-20 herinnering 2026-001.pdf"
    final.parent.mkdir()
    partial_of(final).write_bytes(b"%PDF-1.4 brief")
    client_id = client(db)
    with db.transaction() as session:
        session.add(Letter(client_id=client_id, kind="reminder", file_path=str(final),
                           sha256="x"))  # fmt: skip
    assert finish_interrupted_letters(db) == [final]
    assert final.read_bytes() == b"%PDF-1.4 brief" and not partial_of(final).exists()


def test_a_file_without_a_record_is_removed_once_it_is_surely_no_letter_in_progress(
    db, tmp_path, monkeypatch
):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    young, old = tmp_path / "young.pdf", tmp_path / "old.pdf"
    for path in (young, old):
        partial_of(path).write_bytes(b"%PDF")
    long_ago = time.time() - IN_PROGRESS_SECONDS - 60
    os.utime(partial_of(old), (long_ago, long_ago))
    assert finish_interrupted_letters(db) == []
    assert partial_of(young).exists()  # maybe another window filing a letter right now
    assert not partial_of(old).exists() and not old.exists()


def test_opening_the_book_finishes_them(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    final = tmp_path / "brief.pdf"
    partial_of(final).write_bytes(b"%PDF")
    client_id = client(db)
    with db.transaction() as session:
        session.add(Letter(client_id=client_id, kind="reminder", file_path=str(final),
                           sha256="x"))  # fmt: skip
    db.close()
    open_book(db.url).database.close()
    assert final.exists()
