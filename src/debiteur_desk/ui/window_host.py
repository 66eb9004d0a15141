"""The keeper of the main window: a language chosen in Settings takes effect at once, and
a restored backup, or another book chosen in Settings, is shown in a window of its own.

Qt widgets take their texts when they are built, so the window is built again in the
new language rather than retranslated in place. The book, the window's size, splitters,
column widths and tab carry over (preferences), and so do the client pages that were
open and the search text. After a restore the window is built again on the restored
book: the old window's client pages, undo steps and reads belong to the book it replaced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from debiteur_desk.ui.i18n import install_translators, remove_translators
from debiteur_desk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database


class WindowHost(QObject):
    def __init__(
        self, app: QApplication, window: MainWindow, translators: list[QTranslator]
    ) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self._translators = translators
        self._watch(window)

    def _watch(self, window: MainWindow) -> None:
        # Queued: the old window finishes the Settings action that chose the language first.
        window.language_chosen.connect(self.switch_language, Qt.ConnectionType.QueuedConnection)
        window.book_replaced.connect(self.show_restored, Qt.ConnectionType.QueuedConnection)
        window.book_chosen.connect(self.show_book, Qt.ConnectionType.QueuedConnection)

    def switch_language(self, language: str) -> None:
        old = self.window
        if language == old.language:
            return
        self._settle(old)
        self._use_language(language)
        pages, current = old.open_clients()
        search = old.filter_bar.search.text()
        new = self._open(old, language)
        new.reopen_clients(pages, current)
        if search:
            new.filter_bar.search.setText(search)
            new.filter_bar.flush()
        self._retire(old)

    def show_restored(self, message: str) -> None:
        old = self.window
        self._settle(old)
        new = self._open(old, old.language)
        new.notify(message)
        self._retire(old)

    def show_book(self, database: Database, language: str, message: str) -> None:
        """This PC moved to another book (Settings › Where the book is)."""
        old = self.window
        self._settle(old)
        if language != old.language:
            self._use_language(language)
        new = self._open(old, language, database)
        new.notify(message)
        self._retire(old)
        old.db.close()

    def _use_language(self, language: str) -> None:
        remove_translators(self.app, self._translators)
        self._translators = install_translators(self.app, language)

    @staticmethod
    def _settle(old: MainWindow) -> None:
        old.ops.wait()  # the settings being saved, a read in flight
        old.save_state()

    def _open(self, old: MainWindow, language: str, database: Database | None = None) -> MainWindow:
        new = MainWindow(database or old.db, language)
        self._watch(new)
        self.window = new
        new.show()  # before the old one closes, or the application would quit
        return new

    @staticmethod
    def _retire(old: MainWindow) -> None:
        old.close()
        old.deleteLater()

    def remove_translators(self) -> None:
        """Takes this host's translations out of the application (tests)."""
        remove_translators(self.app, self._translators)
        self._translators = []
