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

# For smoke tests: quit this many milliseconds after the window shows, skip modal boxes.
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


def run_gui(db: str | Path | None = None, *, language: str = "nl") -> int:
    from debiteur_desk.ui.placeholder_window import PlaceholderWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Debiteur Desk")
    try:
        opened = open_book(db)
        if opened.created and is_empty(opened.database) and _offer_demo(language):
            fill_demo(opened.database)
    except DebiteurError as error:
        message = describe(error, language)
        print(message, file=sys.stderr)
        if not os.environ.get(EXIT_AFTER_ENV):
            QMessageBox.critical(None, "Debiteur Desk", message)
        return 1
    window = PlaceholderWindow(opened.database, language)
    window.show()
    if exit_after := os.environ.get(EXIT_AFTER_ENV):
        QTimer.singleShot(int(exit_after), app.quit)
    return app.exec()
