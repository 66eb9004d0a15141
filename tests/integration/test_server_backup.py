"""A book on a PostgreSQL server is backed up too (it had no backup at all once a shop
moved its book to a server): the tables copied into an SQLite file and checked, in the
same ZIP as a file book's, the automatic ones (before an import or erasure, not daily) in
this PC's user-data folder. The backup
opens as a book on this PC; restoring onto the server is refused with how to do it."""

import zipfile

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services import backup, restore
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.store.database import data_dir
from debiteur_desk.store.models import Invoice


def _book_figures(db):
    with db.reading() as s:
        return s.execute(select(func.count(Invoice.id), func.sum(Invoice.open_cents))).one()


def test_a_server_book_is_backed_up_into_a_book_this_pc_can_open(any_db, backend, tmp_path):
    if backend != "postgresql":
        pytest.skip("the file book's backups are tests/integration/test_backup.py")
    fill_demo(any_db, clients=6, invoices=30, seed=3)
    info = backup.make_backup(any_db, tmp_path / "server.zip")
    count, open_total = _book_figures(any_db)
    assert (info.invoices, info.open_cents) == (count, open_total) == (30, open_total)
    with zipfile.ZipFile(info.path) as archive:
        archive.extract("book.sqlite", tmp_path)
    copy = open_book(tmp_path / "book.sqlite", create=False).database
    try:
        assert tuple(_book_figures(copy)) == (count, open_total)
    finally:
        copy.close()
    with pytest.raises(InvalidInput) as refused:
        restore.restore_into(any_db, info.path)
    assert refused.value.code == "backup_not_sqlite"


def test_a_server_books_automatic_backups_go_to_this_pcs_user_data(any_db, backend):
    if backend != "postgresql":
        pytest.skip("the file book's backups are tests/integration/test_backup.py")
    first = backup.auto_backup(any_db, "before-import")
    assert first is not None and first.parent == data_dir() / "backups"
    assert first.name.startswith(f"server_{make_url(any_db.url).database}-")
    assert backup.inspect_backup(first).invoices == 0
    # Not at every PC's first start of the day: that copy would hold up the window.
    assert backup.auto_backup(any_db, "daily", once_a_day=True) is None
