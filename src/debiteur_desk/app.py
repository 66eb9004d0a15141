"""Start-up: open (create, back up, upgrade) the database before any window, then the GUI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.messages import describe
from debiteur_desk.services.book import is_empty, open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.settings import read_setting

# For smoke tests and the start-up benchmark: quit this many milliseconds after the
# window is usable (its first overview is shown), and skip modal boxes.
EXIT_AFTER_ENV = "DEBITEUR_DESK_EXIT_AFTER_MS"


def _offer_demo(language: str) -> bool:
    nl = language == "nl"
    box = QMessageBox()
    box.setWindowTitle("Debiteur Desk")
    box.setText("Deze administratie is nog leeg." if nl else "This book is still empty.")
    box.setInformativeText(
        "Wilt u leeg beginnen, of eerst rondkijken met demogegevens?"
        if nl
        else "Start empty, or look around with demo data first?"
    )
    demo = box.addButton(
        "Demogegevens laden" if nl else "Load demo data", QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton("Leeg beginnen" if nl else "Start empty", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is demo


def choose_language(language: str | None) -> str:
    """A language typed on the command line wins over the one chosen in Settings."""
    from debiteur_desk.ui.preferences import saved_language

    return language or saved_language() or "nl"


def run_gui(db: str | Path | None = None, *, language: str | None = None) -> int:
    from debiteur_desk.ui import preferences
    from debiteur_desk.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(preferences.ORGANIZATION)
    app.setApplicationName(preferences.APPLICATION)
    language = choose_language(language)
    translators = install_translators(app, language)  # noqa: F841 - kept alive until exit
    smoke_test = os.environ.get(EXIT_AFTER_ENV)
    try:
        opened = open_book(db)
        database = opened.database
        if opened.created and is_empty(database) and not smoke_test and _offer_demo(language):
            fill_demo(database)
        first_start = not read_setting(database, "app.first_start_done")
    except DebiteurError as error:
        message = describe(error, language)
        print(message, file=sys.stderr)
        if not smoke_test:
            QMessageBox.critical(None, "Debiteur Desk", message)
        return 1

    from debiteur_desk.ui.main_window import MainWindow

    window = MainWindow(database, language)
    if smoke_test:
        window.ready.connect(lambda: QTimer.singleShot(int(smoke_test), app.quit))
    elif first_start:
        window.ready.connect(lambda: window.commands.edit_settings(first_start=True))
    window.show()
    code = app.exec()
    window.ops.wait()
    database.close()
    return code
