"""Backups a user can restore (issue 14): one ZIP with the book (SQLite's online backup,
not a file copy) and the letters; restore checks it first and keeps the current book."""

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services import backup
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.store.models import Client, Invoice

pytestmark = pytest.mark.sqlite_only(reason="a backup is SQLite's online copy of the file")


def _open_total(db) -> int:
    with db.reading() as s:
        return sum(s.scalars(select(Invoice.open_cents)))


def test_a_backup_holds_the_book_and_says_what_is_in_it(db, tmp_path):
    fill_demo(db, clients=8, invoices=40, seed=2)
    info = backup.make_backup(db, tmp_path / "b.zip")
    with db.reading() as s:
        clients = len(s.scalars(select(Client.id)).all())
    assert (info.clients, info.invoices, info.open_cents) == (clients, 40, _open_total(db))
    with zipfile.ZipFile(info.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert {"book.sqlite", "manifest.json"} <= names and manifest["kind"] == backup.KIND
    assert backup.inspect_backup(info.path) == info


def test_restore_puts_the_backup_back_and_keeps_the_current_book(db, db_path, tmp_path):
    fill_demo(db, clients=8, invoices=40, seed=2)
    saved = backup.make_backup(db, tmp_path / "b.zip")
    before = _open_total(db)
    with db.transaction() as s:  # later work that the restore must undo
        for invoice in s.scalars(select(Invoice)):
            invoice.open_cents = 0
    db.close()
    info, kept = backup.restore_backup(db_path, saved.path)
    restored = open_book(db_path, create=False).database
    assert _open_total(restored) == before and info.invoices == 40
    assert kept is not None and backup.inspect_backup(kept).open_cents == 0
    restored.close()


@pytest.mark.parametrize(
    "content", [b"not a zip at all", b"PK\x03\x04broken", None], ids=["text", "cut", "foreign"]
)
def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(db, db_path, tmp_path,
                                                                     content):  # fmt: skip
    fill_demo(db, clients=4, invoices=10, seed=1)
    before = _open_total(db)
    bad = tmp_path / "bad.zip"
    if content is None:
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("manifest.json", json.dumps({"kind": "something else"}))
    else:
        bad.write_bytes(content)
    db.close()
    with pytest.raises(InvalidInput):
        backup.restore_backup(db_path, bad)
    assert _open_total(open_book(db_path, create=False).database) == before


def test_the_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    """Two years of daily backups: what stays is the newest of each kept day, week, month."""
    for n in range(730):
        day = date.fromordinal(date(2026, 12, 3).toordinal() - n)
        (tmp_path / f"book-{day:%Y%m%d}-120000-daily.zip").write_bytes(b"")
    kept_by_hand = [tmp_path / "book-20250101-120000-manual.zip",
                    tmp_path / "book-20250102-120000-before-restore.zip"]  # fmt: skip
    for path in kept_by_hand:
        path.write_bytes(b"")
    backup.prune(tmp_path, "book", date(2026, 12, 3))
    assert all(path.exists() for path in kept_by_hand)  # the rotation is for its own only
    for path in kept_by_hand:
        path.unlink()
    left = sorted(p.name[5:13] for p in tmp_path.iterdir())
    assert len(left) == len(set(left))
    assert left[-7:] == [f"202611{d}" for d in ("27", "28", "29", "30")] + [
        "20261201", "20261202", "20261203"]  # fmt: skip
    months = {name[:6] for name in left}
    assert len(months) == 12 and min(months) == "202601"
    assert len(left) <= 7 + 4 + 12


def test_auto_backup_once_a_day(db, db_path):
    first = backup.auto_backup(db, "daily", once_a_day=True)
    assert first is not None and first.parent == Path(db_path).parent / "backups"
    assert backup.auto_backup(db, "daily", once_a_day=True) is None
    assert backup.auto_backup(db, "before-import") is not None


def test_letters_travel_with_the_backup_and_their_hashes_are_checked(db, db_path, tmp_path):
    import hashlib

    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.store.models import Letter

    from .factories import client

    pdf = tmp_path / "letters" / "herinnering.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.4 a letter")
    cid = client(db)
    with db.transaction() as s:
        s.add(Letter(client_id=cid, kind=LetterKind.REMINDER, file_path=str(pdf),
                     sha256=hashlib.sha256(pdf.read_bytes()).hexdigest()))  # fmt: skip
    saved = backup.make_backup(db, tmp_path / "b.zip")
    assert saved.letters == 1
    db.close()
    pdf.unlink()  # lost with the old PC
    backup.restore_backup(db_path, saved.path)
    assert pdf.read_bytes() == b"%PDF-1.4 a letter"
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(saved.path) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(
                item, b"%PDF-1.4 changed" if item.filename.startswith("letters/") else data
            )
    with pytest.raises(InvalidInput) as refused:
        backup.inspect_backup(tampered)
    assert refused.value.code == "backup_damaged"


def test_a_backup_writes_letters_only_as_pdfs_where_a_book_files_them(db, db_path, tmp_path):
    """A hostile backup whose manifest names another file is not written there."""
    import hashlib

    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.store.models import Letter

    from .factories import client

    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4 x")
    client_id = client(db)
    with db.transaction() as s:
        s.add(Letter(client_id=client_id, kind=LetterKind.REMINDER, file_path=str(pdf),
                     sha256=hashlib.sha256(b"%PDF-1.4 x").hexdigest()))  # fmt: skip
    saved = backup.make_backup(db, tmp_path / "b.zip")
    db.close()
    hostile = tmp_path / "hostile.zip"
    elsewhere = tmp_path / "bashrc"
    with zipfile.ZipFile(saved.path) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["letters"][0]["path"] = str(elsewhere)
                data = json.dumps(manifest).encode()
            dst.writestr(item, data)
    backup.restore_backup(db_path, hostile)
    assert not elsewhere.exists()


def test_a_backup_made_before_an_erasure_goes_with_the_rotation(tmp_path):
    """Art. 17 AVG: the copy kept before a client was erased holds that client's personal
    data; it is not kept for ever like one made by hand."""
    old = tmp_path / "book-20250101-120000-before-erase.zip"
    old.write_bytes(b"")
    for n in range(400):
        day = date.fromordinal(date(2026, 12, 3).toordinal() - n)
        (tmp_path / f"book-{day:%Y%m%d}-120000-daily.zip").write_bytes(b"")
    backup.prune(tmp_path, "book", date(2026, 12, 3))
    assert not old.exists()
