"""File › Restore a backup… (issue 14): the backup is checked and what it holds shown; only
on "Restore" is the current book kept as a backup and replaced, and the window then shows
the restored book (a window of its own: the old one's pages and undo steps are gone)."""

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from debiteur_desk.services import backup
from debiteur_desk.store.models import Client
from tests.integration.factories import client


def clients_in(db):
    with db.reading() as session:
        return session.scalar(select(func.count(Client.id)))


@pytest.fixture
def backup_of_eight(db, tmp_path):
    """A backup of the book with its eight clients, then a ninth client added."""
    path = backup.make_backup(db, tmp_path / "backup.zip").path
    client(db, name="Na de back-up B.V.")
    assert clients_in(db) == 9
    return path


def answer_the_question(qtbot, button_text):
    """Click ``button_text`` in the restore question as soon as it is shown."""
    clicked = []

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "restore_confirm":
            clicked.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)
    return clicked


def choose_file(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_a_restore_through_the_window_brings_the_book_back(
    qtbot, host, db, backup_of_eight, monkeypatch
):
    old = host.window
    choose_file(monkeypatch, backup_of_eight)
    shown = answer_the_question(qtbot, "Restore")
    old.backups.restore.trigger()
    qtbot.waitUntil(lambda: host.window is not old, timeout=15_000)
    new = host.window
    assert shown and "8 clients" in shown[0]
    qtbot.waitUntil(lambda: new.overview.overview is not None, timeout=10_000)
    assert "Na de back-up B.V." not in [name for _, name in new.overview.clients()]
    assert "Restored" in new.statusBar().currentMessage()
    assert clients_in(db) == 8  # the same Database object reads the restored book
    folder = backup.backups_folder(backup.book_file(db))
    kept = list(folder.glob("*before-restore*"))
    assert len(kept) == 1
    assert backup.inspect_backup(kept[0]).clients == 9  # the work after the backup is kept
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=5_000)


def test_cancelling_the_question_changes_nothing(qtbot, host, db, backup_of_eight, monkeypatch):
    old = host.window
    choose_file(monkeypatch, backup_of_eight)
    shown = answer_the_question(qtbot, "Cancel")
    old.backups.restore.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    old.ops.wait()
    qtbot.wait(50)
    assert host.window is old
    assert clients_in(db) == 9
