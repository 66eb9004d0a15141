"""A new user's first session through the real entry point, in this process.

Run by ``tests/ui/test_first_session.py`` in a subprocess::

    python -X faulthandler tests/ui/drive_entry_point.py BOOK.sqlite

It calls ``debiteur_desk.cli.main`` as the ``debiteur-desk`` command does, on a book that
does not exist yet: the demo offer is answered "load demo data", the welcome (Settings)
is filled in, then one save of each kind is made through the window's own actions — a
client (whose page then opens), an invoice for it, a payment from it, a letter to it
filed and marked as sent — and the program is quit from the File menu's Quit (Ctrl+Q).
A timer answers each dialog as a person would; the process exits with the entry point's
exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from debiteur_desk.cli import main
from debiteur_desk.domain import clock
from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog
from debiteur_desk.ui.letters.letter_window import LetterWindow
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog
from debiteur_desk.ui.main_window import MainWindow
from debiteur_desk.ui.settings_dialog import SettingsDialog


class FirstSession:
    def __init__(self) -> None:
        self.done: list[str] = []
        self.steps: list[Callable[[MainWindow], None]] = [
            lambda w: w.window_actions.new_client.trigger(),
            lambda w: w.window_actions.new_invoice.trigger(),
            self._payment,
            self._letter,
            lambda w: w.window_actions.quit.trigger(),  # what Ctrl+Q does
        ]
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._idle_ticks = 0
        self._pause = 0

    @staticmethod
    def _window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found and found[0].isVisible() else None

    def _tick(self) -> None:
        if self._pause:
            self._pause -= 1
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            self._pause = 5  # one answer at a time; what it starts gets to run
            # From the event loop, not inside this timer's slot: an answer may open a dialog,
            # whose nested loop would not fire this same timer again.
            QTimer.singleShot(0, lambda: self._answer(dialog))
            return
        window = self._window()
        if window is None or window.ops.busy or not window.overview.overview:
            self._idle_ticks = 0
            return
        self._idle_ticks += 1
        if self._idle_ticks < 10 or not self.steps:  # let what a step started settle
            return
        self._idle_ticks = 0
        step = self.steps.pop(0)
        QTimer.singleShot(0, lambda: step(window))  # (see _tick's answer)

    def _payment(self, window: MainWindow) -> None:
        window.window_actions.record_payment.trigger()  # the new client's page is open: theirs

    def _letter(self, window: MainWindow) -> None:
        window.letters.make_letter.trigger()

    # -- the dialogs -------------------------------------------------------------------
    def _answer(self, dialog: QDialog) -> None:
        if not dialog.isVisible():
            return
        if isinstance(dialog, QMessageBox):
            wanted = ("Demogegevens laden", "Load demo data")
            demo = [b for b in dialog.buttons() if b.text() in wanted]
            (demo[0] if demo else dialog.buttons()[0]).click()
            self.done.append("demo" if demo else "message")
        elif isinstance(dialog, SettingsDialog):
            dialog.fields["company.name"].setText("Fietsenmaker De Spaak")
            dialog.fields["company.iban"].setText("NL91ABNA0417164300")
            self._ok(dialog, dialog.buttons.button(dialog.buttons.StandardButton.Ok), "settings")
        elif isinstance(dialog, ClientDialog):
            QTest.keyClicks(dialog.name.line_edit, "Eerste Klant B.V.")
            self._ok(dialog, dialog.ok_button, "client")
        elif isinstance(dialog, InvoiceDialog):  # for the new client, and overdue by now
            dialog.client.setCurrentIndex(dialog.client.findText("Eerste Klant B.V."))
            dialog.number.setText("EERSTE-1")
            dialog.invoice_date.set_date(clock.today() - timedelta(days=60))
            dialog.amount.set_amount(Decimal("121.00"))
            # it went out by post that day: a letter may follow (``domain/sent_check.py``)
            dialog.sent_on.set_date(clock.today() - timedelta(days=60))
            dialog.sent_via.setCurrentIndex(dialog.sent_via.findData("post"))
            self._ok(dialog, dialog.ok_button, "invoice")
        elif isinstance(dialog, PaymentDialog):
            dialog.amount.set_amount(Decimal("10.00"))
            self._ok(dialog, dialog.ok_button, "payment")
        elif isinstance(dialog, LetterSentDialog):
            self._ok(dialog, dialog._buttons.button(dialog._buttons.StandardButton.Ok), "sent")
        elif isinstance(dialog, LetterWindow):
            self._letter_window(dialog)

    def _ok(self, dialog: QDialog, button: object, what: str) -> None:
        if button.isEnabled():
            button.click()
            self.done.append(what)
        else:
            print(f"could not save the {what}", file=sys.stderr)
            dialog.reject()

    def _letter_window(self, window: LetterWindow) -> None:
        if window.made is None:
            if window._file_button.isEnabled() and "letter" not in self.done:
                window._file_button.click()
                self.done.append("letter")
            elif window._problem.text():
                print(f"letter refused: {window._problem.text()}", file=sys.stderr)
                window.reject()
        elif "sent" not in self.done and window._sent_button.isEnabled():
            window._sent_button.click()
        elif window._status.text() == window.tr("Marked as sent."):
            window.accept()


if __name__ == "__main__":
    app = QApplication(sys.argv)
    session = FirstSession()
    code = main(["--db", sys.argv[1]])
    print(" ".join(session.done))
    sys.exit(code)
