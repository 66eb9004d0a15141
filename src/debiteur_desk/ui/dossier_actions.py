"""The hand-over dossier from a client's page: "Make dossier…", and after a hand-over.

The service (``services/dossier.py``) runs on the worker; once the ZIP is written the user
is told where it is, with a button that opens its folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.dossier import DossierResult
    from debiteur_desk.ui.operations import Operations

dossier_service = lazy_module("debiteur_desk.services.dossier")


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DossierActions(QObject):
    """The button for a client's page, and making the dossier for that client."""

    def __init__(self, page: QWidget, ops: Operations, db: Database, client_id: int) -> None:
        super().__init__(page)
        self._page, self._ops, self._db, self._client_id = page, ops, db, client_id
        self.button = QPushButton(self.tr("Make dossier…"))
        self.button.setToolTip(
            self.tr(
                "One ZIP for a collection agency, bailiff or lawyer: a summary with the "
                "claim and the history, the letters, and the invoices and payments as CSV"
            )
        )
        self.button.clicked.connect(lambda: self.make())
        self.made: Callable[[DossierResult], object] = self.tell_where

    def make(self) -> None:
        db, client_id, language = self._db, self._client_id, self._ops.language
        self._ops.run(
            lambda: dossier_service.make_dossier(db, client_id, language=language),
            parent=self._page,
            on_success=lambda result: self.made(result),
        )

    def tell_where(self, result: DossierResult) -> None:
        box = QMessageBox(self._page)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Dossier made"))
        box.setText(
            self.tr("The dossier for the hand-over is saved as\n{path}").format(path=result.path)
        )
        if result.missing_letters:
            box.setInformativeText(
                self.tr(
                    "%n letter file(s) could not be found and are not in it.",
                    "",
                    len(result.missing_letters),
                )  # fmt: skip
            )
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        ask(box)
        if box.clickedButton() is folder:
            open_folder(result.path.parent)
