"""The child of make_screenshots.py: one language at one screen size, on a real X server.

The main window is built as the app builds it, then each scene is put on screen and the
whole screen captured, so a window that does not fit shows cut off, as the user sees it.
Dialogs are shown without ``exec()`` (the script goes on while they are open); which ones,
and with what data, is the list the size tests use (tests/ui/every_window.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from tests.ui.every_window import client_windows, main_windows  # the tests measure these

from debiteur_desk.app import configure_application
from debiteur_desk.domain import clock
from debiteur_desk.services.book import open_book
from debiteur_desk.ui.i18n import install_translators
from debiteur_desk.ui.main_window import MainWindow

README_SHOTS = Path(__file__).resolve().parent


class Scenes:
    def __init__(
        self,
        out: Path,
        db_path: Path,
        language: str,
        screen: tuple[int, int],
        readme: bool,
        only: tuple[str, ...] = (),
    ) -> None:
        self.out, self.language, self.readme, self.only = out, language, readme, only
        self.screen = QSize(*screen)
        self.tag = f"{language}-{screen[0]}"
        self.app = QApplication.instance() or QApplication([])
        configure_application(self.app)
        self.translators = install_translators(self.app, language)
        self.db = open_book(db_path).database
        self.lines: list[str] = []
        self.window: MainWindow | None = None
        self.today = clock.today()

    # -- helpers -------------------------------------------------------------------------

    def settle(self, until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
        """Let the worker finish and the screen paint; then a little longer."""
        assert self.window is not None
        end = time.monotonic() + timeout
        while time.monotonic() < end and (self.window.ops.busy or not until()):
            QTest.qWait(50)
        QTest.qWait(400)

    def wanted(self, name: str) -> bool:
        return not self.only or any(fnmatch(name, pattern) for pattern in self.only)

    def shoot(self, name: str, widget: QWidget) -> None:
        """The whole screen, and a line in the report on how ``widget`` fits it."""
        if not self.wanted(name):
            return
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(self.out / f"{name}-{self.tag}.png"))
        frame, hint = (
            widget.frameGeometry(),
            widget.minimumSizeHint().expandedTo(widget.minimumSize()),
        )
        available = screen.availableGeometry()
        fits = available.contains(frame) and hint.width() <= available.width()
        fits = fits and hint.height() <= available.height()
        self.lines.append(
            f"{self.tag:8} {name:22} {frame.width()}x{frame.height()} at "
            f"{frame.x()},{frame.y()}  minimum {hint.width()}x{hint.height()}"
            f"{'' if fits else '  TOO BIG'}\n"
        )

    def dialog(self, name: str, make: Callable[[], QWidget], wait: float = 0.0) -> None:
        if not self.wanted(name):
            return
        dialog = make()
        dialog.show()
        self.settle()
        if wait:
            QTest.qWait(int(wait * 1000))
            self.settle()
        self.shoot(name, dialog)
        dialog.close()
        dialog.deleteLater()
        QTest.qWait(100)

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> int:
        window = self.window = MainWindow(self.db, self.language)
        window.show()
        self.settle(lambda: window.overview.model.rowCount() > 0)
        self.shoot("main-window", window)
        if self.readme and self.language == "nl" and self.screen.width() in (1366, 1920):
            window.grab().save(str(README_SHOTS / f"main-window-nl-{self.screen.width()}.png"))
        for index, name in ((1, "tab-invoices"), (2, "tab-worklist")):
            window.tabs.setCurrentIndex(index)
            self.settle()
            self.shoot(name, window)
        # The first step selected: before a first reminder, how its invoices went out.
        window.worklist.view.selectRow(0)
        self.settle()
        self.shoot("worklist-sent-check", window)
        self.select_longest_check(window)
        self.shoot("worklist-sent-check-many", window)
        window.tabs.setCurrentIndex(0)
        client_id = window.overview.visible_rows()[0].id
        window.open_client(client_id)
        view = window.client_tabs.currentWidget()
        self.settle(lambda: getattr(view, "detail", None) is not None)
        self.shoot("client", window)
        self.client_dialogs(view)
        self.window_dialogs()
        (self.out / f"report-{self.tag}.txt").write_text("".join(self.lines), encoding="utf-8")
        window.close()
        self.db.close()
        return 0

    def select_longest_check(self, window: MainWindow) -> None:
        """The step whose invoices take the most lines to tell how they went out."""
        view = window.worklist
        rows = range(view.proxy.rowCount())
        lines = [
            sum(1 + len(s.flags) for s in view.model.row(view.proxy.mapToSource(
                view.proxy.index(row, 0)).row()).sending)
            for row in rows
        ]  # fmt: skip
        view.view.selectRow(max(rows, key=lines.__getitem__))
        self.settle()

    def client_dialogs(self, view: QWidget) -> None:
        for name, make in client_windows(view, self.today):
            self.dialog(name, make, wait=1.5 if name == "letter-window" else 0.0)

    def window_dialogs(self) -> None:
        for name, make in main_windows(self.window, self.today):
            self.dialog(name, make)
