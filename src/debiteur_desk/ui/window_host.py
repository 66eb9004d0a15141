"""The keeper of the main window: a language chosen in Settings takes effect at once.

Qt widgets take their texts when they are built, so the window is built again in the
new language rather than retranslated in place. The book, the window's size, splitters,
column widths and tab carry over (preferences), and so do the client pages that were
open and the search text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from debiteur_desk.ui.i18n import install_translators, remove_translators
from debiteur_desk.ui.main_window import MainWindow


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

    def switch_language(self, language: str) -> None:
        old = self.window
        if language == old.language:
            return
        old.ops.wait()  # the settings being saved, a read in flight
        old.save_state()
        remove_translators(self.app, self._translators)
        self._translators = install_translators(self.app, language)
        pages, current = old.open_clients()
        search = old.filter_bar.search.text()
        new = MainWindow(old.db, language)
        self._watch(new)
        self.window = new
        new.show()  # before the old one closes, or the application would quit
        new.reopen_clients(pages, current)
        if search:
            new.filter_bar.search.setText(search)
            new.filter_bar.flush()
        old.close()
        old.deleteLater()

    def remove_translators(self) -> None:
        """Takes this host's translations out of the application (tests)."""
        remove_translators(self.app, self._translators)
        self._translators = []
