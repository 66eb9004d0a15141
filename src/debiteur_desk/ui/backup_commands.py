"""File › Back up now…: one ZIP with the book and its letters, where the user chooses (a
USB stick), made on the worker (issue 14). Restoring is ``debiteur-desk restore`` for now."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from debiteur_desk.domain.money import from_cents
from debiteur_desk.text.formatting import format_money
from debiteur_desk.ui.lazy import lazy_module

if TYPE_CHECKING:
    from debiteur_desk.services.backup import BackupInfo
    from debiteur_desk.ui.book_context import BookContext

backup = lazy_module("debiteur_desk.services.backup")  # on the worker


class BackupCommands(QObject):
    def __init__(self, window: QMainWindow, book: BookContext) -> None:
        super().__init__(window)
        self.window, self.book = window, book
        self.make = QAction(self.tr("&Back up now…"), window)
        self.make.setObjectName("backup_now")
        self.make.setStatusTip(self.tr("The book and its letters in one file, e.g. on a USB stick"))
        self.make.triggered.connect(self.choose_target)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.make)
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
