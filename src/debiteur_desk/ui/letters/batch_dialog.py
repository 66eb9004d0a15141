"""Make every due first reminder at once, with a progress dialog that can be cancelled.

Each letter is filed and recorded as it is made; one combined PDF is written for
printing at the end. Letters the rules refuse are listed with their reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.services.book import Database
from debiteur_desk.services.letters import (
    due_reminder_requests,
    letters_folder,
    make_batch,
)
from debiteur_desk.ui.operations import Operations


def run_reminder_batch(
    parent: QWidget | None, ops: Operations, db: Database, today: date | None = None
) -> tuple[int, list[str], Path | None]:
    """Returns (letters made, refusals, combined PDF or None). Runs on the GUI thread,
    keeping the window responsive through the progress dialog's event processing."""
    today = today or clock.today()
    requests = due_reminder_requests(db, today)
    if not requests:
        QMessageBox.information(
            parent,
            "Debiteur Desk",
            QCoreApplication.translate("BatchLetters", "No first reminders are due today."),
        )
        return 0, [], None
    combined = letters_folder(db) / f"{today:%Y-%m-%d} herinneringen afdrukken.pdf"
    counter = 2
    while combined.exists():
        combined = combined.with_name(f"{today:%Y-%m-%d} herinneringen afdrukken ({counter}).pdf")
        counter += 1
    combined.parent.mkdir(parents=True, exist_ok=True)
    progress = QProgressDialog(
        QCoreApplication.translate("BatchLetters", "Making reminders…"),
        QCoreApplication.translate("BatchLetters", "Stop"),
        0,
        len(requests),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("BatchLetters", "Reminders"))
    progress.setMinimumDuration(0)
    made, refusals = 0, []
    batch = make_batch(db, requests, combined, today)
    for done, _total, letter, refusal in batch:
        if refusal is not None:
            refusals.append(ops.message_for(refusal))
        elif letter is not None:
            made += 1
        progress.setValue(done)
        QCoreApplication.processEvents()
        if progress.wasCanceled():
            batch.close()  # stops the generator: no combined PDF, letters so far stay filed
            break
    progress.close()
    ops.data_changed.emit()
    return made, refusals, combined if combined.exists() else None
