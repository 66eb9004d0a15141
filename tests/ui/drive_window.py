"""Drive the real main window as a user would, for a few hundred actions, in this process.

Run by ``tests/ui/test_soak.py`` in a subprocess (a segmentation fault then fails that
test with the ``faulthandler`` trace instead of killing the test run)::

    python -X faulthandler tests/ui/drive_window.py BOOK.sqlite --actions 300 --seed 1 [--demo]

The window runs on its real worker thread and event loop: between actions the event loop
runs for a few milliseconds (sometimes none), never waiting for the worker, so reads,
saves and repaints overlap as they do for a person clicking through the day. Modal
dialogs are answered by a timer that fills them in and clicks OK, while their own event
loop runs. ``gc.collect()`` is called at random moments. At the end it prints one JSON
line with what was saved, which the test compares with the book.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QTabBar

from debiteur_desk.app import configure_application
from debiteur_desk.services.book import Database, open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog
from debiteur_desk.ui.main_window import MainWindow

try:
    from .gui_thread_guard import book_off_the_gui_thread
except ImportError:  # run as a script: ``python tests/ui/drive_window.py``
    from gui_thread_guard import book_off_the_gui_thread  # type: ignore[no-redef]


class Answerer:
    """Fills in whichever of our dialogs is open and modal, and clicks OK."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.saved = {"clients": [], "edits": 0, "invoices": [], "payments": 0}
        self.refused: list[str] = []  # dialogs whose OK stayed disabled after filling in
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        if isinstance(dialog, ClientDialog):
            self._client(dialog)
        elif isinstance(dialog, InvoiceDialog):
            self._invoice(dialog)
        elif isinstance(dialog, PaymentDialog):
            self._payment(dialog)
        elif isinstance(dialog, QMessageBox):
            dialog.accept()

    def _ok(self, dialog: QDialog) -> bool:
        """Click OK; a dialog that will not take what was typed is cancelled and noted."""
        if dialog.ok_button.isEnabled():
            dialog.ok_button.click()
            return True
        errors = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        self.refused.append(f"{dialog.windowTitle()}: {' | '.join(errors)}")
        dialog.reject()
        return False

    def _client(self, dialog: ClientDialog) -> None:
        if dialog.name.text():  # editing an existing client
            dialog.phone.setText(f"06-{self.rng.randrange(10**7, 10**8)}")
            self.saved["edits"] += self._ok(dialog)
            return
        name = f"Soak Klant {len(self.saved['clients']) + 1}"
        QTest.keyClicks(dialog.name.line_edit, name)
        if self._ok(dialog):
            self.saved["clients"].append(name)

    def _invoice(self, dialog: InvoiceDialog) -> None:
        number = f"SOAK-{len(self.saved['invoices']) + 1:04d}"
        dialog.client.setCurrentIndex(self.rng.randrange(dialog.client.count()))
        dialog.number.setText(number)
        dialog.invoice_date.set_date(date.today() - timedelta(days=self.rng.randrange(90)))
        dialog.amount.set_amount(Decimal(self.rng.randrange(1000, 90000)) / 100)
        if self._ok(dialog):
            self.saved["invoices"].append(number)

    def _payment(self, dialog: PaymentDialog) -> None:
        dialog.amount.set_amount(Decimal("1.00"))
        self.saved["payments"] += self._ok(dialog)


def _rows(window: MainWindow) -> int:
    return window.overview.proxy.rowCount()


def drive(window: MainWindow, actions: int, rng: random.Random) -> None:
    w = window

    def select_some_client() -> None:
        if _rows(w):
            w.tabs.setCurrentWidget(w.overview)
            w.overview.view.selectRow(rng.randrange(_rows(w)))

    def close_a_client_tab() -> None:
        tabs = w.client_tabs
        if tabs.count():
            i = rng.randrange(tabs.count())
            button = tabs.tabBar().tabButton(i, QTabBar.ButtonPosition.RightSide)
            if button is not None:
                button.click()

    def edit_open_client() -> None:
        view = w.client_tabs.currentWidget()
        if view is None or not w.client_tabs.isVisible():
            return
        for _ in range(300):  # a person reads the page before clicking Edit
            if view.detail is not None:
                break
            QTest.qWait(10)
        view.edit_button.click()

    def change_as_of() -> None:
        day = date.today() - timedelta(days=rng.choice([0, 0, 15, 45, 120]))
        w.filter_bar.set_as_of(day)

    def open_client() -> None:
        select_some_client()
        w.window_actions.open_client.trigger()

    def record_payment() -> None:
        select_some_client()
        w.window_actions.record_payment.trigger()

    def switch_tab() -> None:
        w.tabs.setCurrentIndex(rng.randrange(w.tabs.count()))

    steps: list[tuple[int, Callable[[], None]]] = [
        (6, w.window_actions.new_client.trigger),
        (3, edit_open_client),
        (5, w.window_actions.new_invoice.trigger),
        (5, record_payment),
        (5, w.window_actions.refresh.trigger),
        (5, open_client),
        (4, close_a_client_tab),
        (4, change_as_of),
        (3, switch_tab),
    ]
    weights = [weight for weight, _ in steps]
    for _ in range(actions):
        _, step = rng.choices(steps, weights)[0]
        step()
        if rng.random() < 0.3:
            gc.collect()
        QTest.qWait(rng.choice([0, 0, 1, 5, 20, 60]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--actions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--demo", action="store_true", help="fill an empty book first")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    database = open_book(args.db).database
    if args.demo:
        fill_demo(database, clients=40, invoices=300, seed=args.seed)
    rng = random.Random(args.seed)
    with book_off_the_gui_thread() as offences:
        answerer = _run(database, args.actions, rng)
    database.close()
    print(json.dumps({**answerer.saved, "refused": answerer.refused, "gui_thread": offences}))
    return 0


def _run(database: Database, actions: int, rng: random.Random) -> Answerer:
    window = MainWindow(database, "nl")
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.show()
    while not ready:
        QTest.qWait(10)
    answerer = Answerer(rng)
    drive(window, actions, rng)
    # Let what is still queued finish, as a user would wait before quitting.
    for _ in range(500):
        if QApplication.activeModalWidget() is None and not window.ops.busy:
            break
        QTest.qWait(20)
    window.close()
    window.deleteLater()
    QTest.qWait(50)
    return answerer


if __name__ == "__main__":
    sys.exit(main())
