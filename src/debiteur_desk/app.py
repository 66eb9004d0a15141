"""Start-up: open (create, back up, upgrade) the database before any window, then the GUI.

The usual start, an SQLite book already at the current schema, needs none of that: its
first overview is read on a thread while Qt loads (``services/quick_open.py``), the
window shows it, and the database layer loads behind the shown window. Every other
start opens the book first, the way ``services/book.open_book`` describes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.services.quick_open import OpenedBook, QuickOpen
from debiteur_desk.text.messages import describe

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database

# For smoke tests and the start-up benchmark: quit this many milliseconds after the
# window is usable (its first overview is shown), and skip modal boxes.
EXIT_AFTER_ENV = "DEBITEUR_DESK_EXIT_AFTER_MS"
# For the start-up benchmark: print "READY <epoch seconds> <peak RSS KiB>" at that moment
# (the peak of this process's own memory, not of the one that started it).
PRINT_READY_ENV = "DEBITEUR_DESK_PRINT_READY"


def _print_ready() -> None:
    import time

    from debiteur_desk.peak_memory import peak_rss_kib

    print("READY", time.time(), peak_rss_kib(), flush=True)


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


def _open_book(db: str | Path | None, language: str, smoke_test: bool) -> OpenedBook | None:
    """Create, back up and upgrade, or refuse (with a message); offers demo data for a
    new book. ``None`` when the book cannot be opened."""
    # Imported here: the database layer is not needed for the usual, quick start.
    from debiteur_desk.services.book import is_empty, open_book
    from debiteur_desk.services.demo import fill_demo
    from debiteur_desk.services.settings import read_setting

    try:
        opened = open_book(db)
        database = opened.database
        if opened.created and is_empty(database) and not smoke_test and _offer_demo(language):
            fill_demo(database)
        first_start = not read_setting(database, "app.first_start_done")
    except DebiteurError as error:
        message = describe(error, language)
        print(message, file=sys.stderr)
        if smoke_test:
            return None
        if db is None and _server_chosen():
            answer = _ask_server_unreachable(message, language)
            if answer == "retry":
                return _open_book(db, language, smoke_test)
            if answer == "this_pc":
                from debiteur_desk.store.book_location import choose

                choose(None)
                return _open_book(db, language, smoke_test)
            return None
        QMessageBox.critical(None, "Debiteur Desk", message)
        return None
    return OpenedBook(database, None, first_start)


def _server_chosen() -> bool:
    from debiteur_desk.store.book_location import location_file

    return location_file().exists()


def _ask_server_unreachable(message: str, language: str) -> str:
    """The book chosen for this PC is on a server that does not answer: try again, go
    back to the book on this PC (the choice is undone), or stop."""
    nl = language == "nl"
    box = QMessageBox(QMessageBox.Icon.Warning, "Debiteur Desk", message)
    box.setInformativeText(
        "U kunt het opnieuw proberen, of het boek op deze pc openen: deze pc werkt dan niet"
        " meer in het boek op de server, tot u dat weer kiest onder Bestand › Instellingen."
        if nl
        else "You can try again, or open the book on this PC: this PC then no longer works"
        " in the book on the server, until you choose it again under File › Settings."
    )
    retry = box.addButton(
        "Opnieuw proberen" if nl else "Try again", QMessageBox.ButtonRole.AcceptRole
    )
    this_pc = box.addButton(
        "Boek op deze pc openen" if nl else "Open the book on this PC",
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton("Stoppen" if nl else "Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return {retry: "retry", this_pc: "this_pc"}.get(box.clickedButton(), "quit")


def _finish_opening(database: Database) -> Callable[[], None]:
    def finish() -> None:
        from debiteur_desk.services.book import finish_opening

        finish_opening(database)

    return finish


def configure_application(app: QApplication) -> None:
    """What the application needs before any window: names for QSettings, and Python's
    cycle collection kept on the GUI thread (``ui/worker.py`` says why)."""
    from debiteur_desk.ui import preferences
    from debiteur_desk.ui.worker import collect_garbage_on_gui_thread

    app.setOrganizationName(preferences.ORGANIZATION)
    app.setApplicationName(preferences.APPLICATION)
    collect_garbage_on_gui_thread(app)


def run_gui(
    db: str | Path | None = None, *, language: str | None = None, quick: QuickOpen | None = None
) -> int:
    """The window on the book at ``db``; ``quick`` is a read started before Qt was loaded."""
    quick = quick or QuickOpen(db, clock.today())
    from debiteur_desk.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    language = choose_language(language)
    translators = install_translators(app, language)
    smoke_test = os.environ.get(EXIT_AFTER_ENV)
    start = quick.result() or _open_book(db, language, bool(smoke_test))
    if start is None:
        return 1
    database = start.database

    from debiteur_desk.ui.main_window import MainWindow

    window = MainWindow(
        database,
        language,
        first_overview=start.first_overview,
        opening=_finish_opening(database) if start.to_finish else None,
    )
    if os.environ.get(PRINT_READY_ENV):
        window.ready.connect(_print_ready)
    if smoke_test:
        window.ready.connect(lambda: QTimer.singleShot(int(smoke_test), app.quit))
    elif start.first_start:
        window.ready.connect(lambda: window.commands.edit_settings(first_start=True))
    from debiteur_desk.ui.window_host import WindowHost

    host = WindowHost(app, window, translators)
    window.show()
    code = app.exec()
    host.window.ops.wait()
    host.window.db.close()  # the book chosen in Settings, if the window moved to another
    database.close()
    return code
