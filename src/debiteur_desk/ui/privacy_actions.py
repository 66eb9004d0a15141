"""A client's personal data in the window (AVG/GDPR).

* On a client's page, the "Privacy (GDPR)" button's menu: export everything held on the
  client as one ZIP (art. 15 and 20 AVG), and erase the client (art. 17 AVG) after the
  confirmation dialog; a refusal (a claim still open) is explained.
* File › Anonymise old clients…: the closed clients past the retention period, ticked in
  a dialog, erased together. The period is set in that dialog (at least seven years,
  art. 52 AWR); a change is saved for the book at once and the list read again.

The services (``services/privacy.py``) run on the worker; dialogs only collect.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QPushButton, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.dialogs.erase_client_dialog import EraseClientDialog
from debiteur_desk.ui.dialogs.retention_dialog import RetentionDialog
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.privacy import DueClient, ErasedClient, ErasePreview
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.operations import Operations

privacy = lazy_module("debiteur_desk.services.privacy")


def tell(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon) -> None:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Close)
    ask(box)


class _Erased(QObject):
    """What the user is told after an erasure (one context for its translations)."""

    def text(self, done: list[ErasedClient]) -> str:
        text = self.tr("%n client(s) anonymised.", "", len(done))
        backup = next((e.backup for e in done if e.backup is not None), None)
        if backup is not None:
            text += " " + self.tr("The backup from before is %1.").replace("%1", str(backup))
        left = [str(p) for e in done for p in e.files_left]
        if left:
            text += "\n" + self.tr("These files could not be deleted:") + "\n" + "\n".join(left)
        return text


def _erased_text(done: list[ErasedClient]) -> str:
    return _Erased().text(done)


class PrivacyActions(QObject):
    """The button with its menu for a client's page."""

    def __init__(self, page: QWidget, ops: Operations, db: Database, client_id: int) -> None:
        super().__init__(page)
        self._page, self._ops, self._db, self._client_id = page, ops, db, client_id
        self.button = QPushButton(self.tr("Privacy (GDPR)"))
        self.button.setObjectName("privacy_button")
        menu = QMenu(self.button)
        self.export_action = menu.addAction(self.tr("Export data (GDPR)…"))
        self.export_action.setStatusTip(
            self.tr("Everything held on this client in one ZIP: data, CSV tables and letters")
        )
        self.erase_action = menu.addAction(self.tr("Erase client (GDPR)…"))
        self.erase_action.setStatusTip(
            self.tr("Erase the personal data; the amounts and dates stay for the bookkeeping")
        )
        self.button.setMenu(menu)
        self.export_action.triggered.connect(self.choose_export_target)
        self.erase_action.triggered.connect(self.ask_erase)

    # -- export -------------------------------------------------------------------------

    def choose_export_target(self) -> None:
        name = privacy.default_export_name(self._client_id, clock.today())
        path, _ = QFileDialog.getSaveFileName(
            self._page, self.tr("Export data (GDPR)"), str(Path.home() / name),
            self.tr("ZIP files (*.zip)"),
        )  # fmt: skip
        if path:
            self.export(Path(path if path.lower().endswith(".zip") else path + ".zip"))

    def export(self, target: Path) -> None:
        db, client_id, language = self._db, self._client_id, self._ops.language
        self._ops.run(
            lambda: privacy.export_client(db, client_id, target, language=language),
            parent=self._page,
            on_success=self._exported,
        )

    def _exported(self, path: Path) -> None:
        tell(
            self._page,
            self.tr("Data exported"),
            self.tr("Everything held on this client is saved as\n%1").replace("%1", str(path)),
            QMessageBox.Icon.Information,
        )

    # -- erase --------------------------------------------------------------------------

    def ask_erase(self) -> None:
        db, client_id = self._db, self._client_id
        self._ops.run(
            lambda: privacy.erase_preview(db, client_id), parent=self._page, on_success=self.confirm
        )

    def confirm(self, preview: ErasePreview) -> None:
        language = self._ops.language
        try:
            privacy.refuse(preview)
        except DebiteurError as refused:  # already erased, or a claim still open
            reasons = [describe(n, language) for n in preview.blockers] or [
                self._ops.message_for(refused)
            ]
            tell(
                self._page, self.tr("Erase client (GDPR)"), "\n\n".join(reasons),
                QMessageBox.Icon.Warning,
            )  # fmt: skip
            return
        dialog = EraseClientDialog(self._page, preview, language)
        if ask(dialog):
            db, client_id = self._db, dialog.value
            self._ops.run(
                lambda: privacy.erase_client(db, client_id, language=language),
                parent=self._page,
                on_success=lambda erased: self._erased([erased]),
                changes=Change.EVERYTHING,
            )

    def _erased(self, done: list[ErasedClient]) -> None:
        tell(
            self._page, self.tr("Client erased"), _erased_text(done),
            QMessageBox.Icon.Information,
        )  # fmt: skip


class RetentionCommands(QObject):
    """File › Anonymise old clients…"""

    def __init__(self, window: QMainWindow, book: BookContext) -> None:
        super().__init__(window)
        self.window, self.book = window, book
        self.action = QAction(self.tr("Anonymise old clients…"), window)
        self.action.setObjectName("anonymise_old_clients")
        self.action.setStatusTip(
            self.tr("Closed clients whose last invoice is older than the retention period")
        )
        self.action.triggered.connect(self.list_due)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.action)

    def list_due(self) -> None:
        db = self.book.db
        self.book.ops.run(
            lambda: (privacy.clients_due(db), privacy.retention_years(db)),
            parent=self.window,
            on_success=lambda found: self.choose(*found),
        )

    def choose(self, clients: list[DueClient], years: int) -> None:
        dialog = RetentionDialog(self.window, clients, years, self.book.language)
        dialog.years_changed.connect(lambda new: self.change_period(dialog, new))
        if ask(dialog):
            db, ids, language = self.book.db, dialog.value, self.book.language
            self.book.ops.run(
                lambda: privacy.erase_clients(db, ids, language=language),
                parent=self.window,
                on_success=self._erased,
                changes=Change.EVERYTHING,
            )

    def change_period(self, dialog: RetentionDialog, years: int) -> None:
        """The user set another retention period: save it for the book (also when nobody
        is anonymised now) and show the list for it."""
        db = self.book.db

        def save_and_read() -> list[DueClient]:
            privacy.set_retention_years(db, years)
            return privacy.clients_due(db, years=years)

        def failed(error: Exception) -> None:
            self.book.ops.show_error(error, dialog)
            dialog.keep_shown_period()

        self.book.ops.run(
            save_and_read,
            parent=dialog,
            on_success=lambda found: dialog.show_clients(found, years),
            on_failure=failed,
        )

    def _erased(self, done: list[ErasedClient]) -> None:
        self.book.notify(_erased_text(done).splitlines()[0])
