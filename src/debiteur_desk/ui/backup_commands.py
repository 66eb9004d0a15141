"""File › Back up now… and Restore a backup… (issue 14).

Back up: one ZIP with the book and its letters, where the user chooses (a USB stick),
made on the worker. Restore: the chosen backup is checked on the worker and what it holds
shown; only when the user confirms is the book closed, kept as a backup and replaced
(``services/restore.py``); then ``restored`` asks for a window on the restored book
(``ui/window_host.py``): the open client pages and undo steps belong to the old one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from debiteur_desk.domain.money import from_cents
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.services.backup import BackupInfo
    from debiteur_desk.services.restore import Restored
    from debiteur_desk.ui.book_context import BookContext

backup = lazy_module("debiteur_desk.services.backup")  # on the worker
restore = lazy_module("debiteur_desk.services.restore")


class BackupCommands(QObject):
    restored = Signal(str)  # the book was replaced; what to tell the user in the new window

    def __init__(self, window: QMainWindow, book: BookContext) -> None:
        super().__init__(window)
        self.window, self.book = window, book
        self.make = QAction(self.tr("&Back up now…"), window)
        self.make.setObjectName("backup_now")
        self.make.setStatusTip(self.tr("The book and its letters in one file, e.g. on a USB stick"))
        self.make.triggered.connect(self.choose_target)
        self.restore = QAction(self.tr("&Restore a backup…"), window)
        self.restore.setObjectName("restore_backup")
        self.restore.setStatusTip(
            self.tr("Put the book back as a backup holds it; the current book is kept first")
        )
        self.restore.triggered.connect(self.choose_backup)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.make)
        menu.insertAction(before, self.restore)
        menu.insertSeparator(before)

    def choose_target(self) -> None:
        name = f"debiteur-desk-{datetime.now():%Y-%m-%d}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up now"), str(Path.home() / name),
            self.tr("Backups (*.zip)"),
        )  # fmt: skip
        if path:
            self.back_up(Path(path if path.lower().endswith(".zip") else path + ".zip"))

    def back_up(self, target: Path) -> None:
        db = self.book.db
        self.book.ops.run(
            lambda: backup.make_backup(db, target), parent=self.window, on_success=self._made
        )

    def _made(self, info: BackupInfo) -> None:
        total = format_money(from_cents(info.open_cents), self.book.language)
        self.book.notify(
            self.tr("Backup made: %1 (%2 invoices, %3 open).")
            .replace("%1", str(info.path)).replace("%2", str(info.invoices)).replace("%3", total)
        )  # fmt: skip

    # -- restore -------------------------------------------------------------------------

    def choose_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore a backup"), str(Path.home()), self.tr("Backups (*.zip)")
        )
        if path:
            self.check(Path(path))

    def check(self, source: Path) -> None:
        """What the backup holds, read (and its integrity checked) on the worker."""
        self.book.ops.run(
            lambda: backup.inspect_backup(source), parent=self.window, on_success=self.confirm
        )

    def when(self, info: BackupInfo) -> str:
        """When the backup was made, the date written as everywhere in the window."""
        return f"{format_date(info.made_at.date(), self.book.language)} {info.made_at:%H:%M}"

    def describe(self, info: BackupInfo) -> str:
        return (
            self.tr("Backup of %1: %2 clients, %3 invoices, %4 open, %5 letters.")
            .replace("%1", self.when(info))
            .replace("%2", str(info.clients))
            .replace("%3", str(info.invoices))
            .replace("%4", format_money(from_cents(info.open_cents), self.book.language))
            .replace("%5", str(info.letters))
        )

    def confirm(self, info: BackupInfo) -> None:
        box = self.confirm_box(info)
        go = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        )
        ask(box)
        if box.clickedButton() is go:
            self.replace_book(info.path)

    def confirm_box(self, info: BackupInfo) -> QMessageBox:
        """The question before a restore: what the backup holds, and what happens."""
        box = QMessageBox(self.window)
        box.setObjectName("restore_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(self.describe(info))
        box.setInformativeText(
            self.tr(
                "The book as it is now is kept as a backup first; then this backup replaces"
                " it. Work done after %1 is then only in that kept backup."
            ).replace("%1", self.when(info))
        )
        box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def replace_book(self, source: Path) -> None:
        db = self.book.db
        self.book.ops.run(
            lambda: restore.restore_into(db, source), parent=self.window, on_success=self._restored
        )

    def _restored(self, outcome: Restored) -> None:
        message = self.tr("Restored. %1").replace("%1", self.describe(outcome.info))
        if outcome.kept is not None:
            message += " " + self.tr("The previous book was kept as %1.").replace(
                "%1", str(outcome.kept)
            )
        self.restored.emit(message)
