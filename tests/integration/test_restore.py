"""Restoring over the open book (``services/restore.py``, issue 14)."""

import zipfile

import pytest
from sqlalchemy import func, select

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.services import backup
from debiteur_desk.services.restore import restore_into
from debiteur_desk.store.models import Client
from tests.integration.factories import client

pytestmark = pytest.mark.sqlite_only(reason="restores a backup: a copy of the SQLite file")


def clients_in(db):
    with db.reading() as session:
        return session.scalar(select(func.count(Client.id)))


def test_the_open_book_reads_the_restored_one_and_the_replaced_one_is_kept(db, tmp_path):
    client(db, name="Voor de back-up")
    saved = backup.make_backup(db, tmp_path / "b.zip").path
    client(db, name="Na de back-up")
    outcome = restore_into(db, saved)
    assert clients_in(db) == 1
    assert outcome.info.clients == 1
    assert outcome.kept is not None and backup.inspect_backup(outcome.kept).clients == 2
    client(db, name="Na het terugzetten")  # the book is usable afterwards
    assert clients_in(db) == 2


def test_a_damaged_backup_is_refused_and_the_book_stays_as_it_was(db, tmp_path):
    client(db, name="Bakkerij")
    saved = backup.make_backup(db, tmp_path / "b.zip").path
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == backup.BOOK:
                data = data[: len(data) // 2]  # cut off halfway
            target.writestr(item, data)
    client(db, name="Slagerij")
    with pytest.raises(InvalidInput):
        restore_into(db, damaged)
    assert clients_in(db) == 2
