"""Run as a program by tests/ui/test_message_box_parent.py: an error box about a page is
open when the page is deleted (its tab closed), then the box is closed. Prints "alive"
and exits 0 when the process survives that."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget  # noqa: E402

from debiteur_desk.domain.errors import InvalidInput  # noqa: E402
from debiteur_desk.ui.operations import Operations  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    page = QWidget()
    window.setCentralWidget(page)
    window.show()

    def while_open() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, while_open)
            return
        shiboken6.delete(page)  # the page's tab is closed while its box is open
        if shiboken6.isValid(box):
            box.reject()

    QTimer.singleShot(0, while_open)
    Operations("nl").show_error(InvalidInput("company_name_empty"), page)
    print("alive", flush=True)
    window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
