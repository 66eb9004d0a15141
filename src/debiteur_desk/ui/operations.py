"""Background work through one helper (as Anki's CollectionOp / QueryOp).

``Operations.run`` runs a callable on the worker thread (``ui/worker.py``, which explains
why it is built the way it is) and hands its result or its error to callbacks on the GUI
thread. ``Operations.run_with_progress`` does the same for a long job written as a
Qt-free generator of ``Progress``: a progress dialog with a Stop button shows while it
runs, and stopping it rolls the job's work back.

Errors the user can fix (``DebiteurError``) are shown in their language; any other
``Exception`` as a short apology, never a traceback; what is not an ``Exception``
(``KeyboardInterrupt``, ``SystemExit``) is raised again on the GUI thread. An action that
changes data says what it changes (``changes``, a ``Change``); once it succeeded
``data_changed`` carries that, and each view reads again only if it is concerned. An
answer for a widget that has been closed in the meantime is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from debiteur_desk.domain.errors import DebiteurError, file_problem
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.text.messages import describe
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.modal import box_parent
from debiteur_desk.ui.worker import Cancelled, Task, Worker

log = logging.getLogger(__name__)

T = TypeVar("T")


class Operations(QObject):
    """One per main window; views listen to ``data_changed``."""

    data_changed = Signal(object)  # a Change: what the action changed
    busy_changed = Signal(bool)

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._tasks: dict[int, Task] = {}  # asked for and not yet handled: owned here

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def run(
        self,
        action: Callable[[], T],
        *,
        parent: QWidget | None = None,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[Exception], object] | None = None,
        changes: Change = Change.NONE,
    ) -> None:
        """Run ``action`` off the GUI thread; see the module text for what follows."""
        self._submit(Task(action), parent, on_success, on_failure, None, changes)

    def run_with_progress(
        self,
        job: Callable[[], ProgressJob[T]],
        *,
        title: str,
        label: str,
        parent: QWidget | None = None,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[Exception], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
        changes: Change = Change.NONE,
    ) -> None:
        """Run the generator ``job()`` on the worker with a progress dialog and Stop."""
        task = Task(job, progressive=True)
        dialog = QProgressDialog(label, self.tr("Stop"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)  # a short job finishes before a dialog flashes up
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(task.cancel.set)

        def failed(error: Exception) -> None:
            if isinstance(error, Cancelled):
                if on_cancel is not None:
                    on_cancel()
            elif on_failure is not None:
                on_failure(error)
            else:
                self.show_error(error, parent)

        self._submit(task, parent, on_success, failed, dialog, changes)

    def _submit(
        self,
        task: Task,
        parent: QWidget | None,
        on_success: Callable[[Any], object] | None,
        on_failure: Callable[[Exception], object] | None,
        dialog: QProgressDialog | None,
        changes: Change,
    ) -> None:
        if not self._tasks:
            self.busy_changed.emit(True)
        self._tasks[task.number] = task

        def arrived(number: int, progress: Progress | None) -> None:
            if not isValid(self):  # the window went away: nothing left to tell
                if progress is None:
                    self._tasks.pop(number).release()
                return
            if progress is not None:
                if dialog is not None and isValid(dialog):
                    _show_progress(dialog, progress)
                return
            finished = self._tasks.pop(number)
            try:
                if dialog is not None and isValid(dialog):
                    dialog.close()
                    dialog.deleteLater()
                self._deliver(finished, parent, on_success, on_failure, changes)
            finally:
                finished.release()
                if not self._tasks:
                    self.busy_changed.emit(False)

        Worker.instance().submit(task, arrived)

    def _deliver(
        self,
        task: Task,
        parent: QWidget | None,
        on_success: Callable[[Any], object] | None,
        on_failure: Callable[[Exception], object] | None,
        changes: Change,
    ) -> None:
        error = task.error
        if error is not None and not isinstance(error, Exception):
            raise error  # KeyboardInterrupt, SystemExit: not ours to swallow
        if parent is not None and not isValid(parent):
            if error is None and changes:
                self.data_changed.emit(changes)
            return
        if error is None:
            if on_success is not None:
                on_success(task.result)
            if changes:
                self.data_changed.emit(changes)
        elif on_failure is not None:
            on_failure(error)
        else:
            self.show_error(error, parent)

    def message_for(self, error: BaseException) -> str:
        if isinstance(error, OSError):  # a full disk, a read-only folder, a USB stick pulled
            error = file_problem(error)
        if isinstance(error, DebiteurError):
            return describe(error, self.language)
        log.error("unexpected error in a background action", exc_info=error)
        return (
            "Er ging iets mis dat niet had mogen gebeuren. Er is niets opgeslagen."
            if self.language == "nl"
            else "Something went wrong that should not have. Nothing was saved."
        )

    def show_error(self, error: BaseException, parent: QWidget | None = None) -> None:
        QMessageBox.warning(box_parent(parent), "Debiteur Desk", self.message_for(error))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker has run everything asked of it (tests, a clean exit)."""
        return Worker.instance().wait(msecs / 1000)


def _show_progress(dialog: QProgressDialog, progress: Progress) -> None:
    if progress.total is not None and dialog.maximum() != progress.total:
        dialog.setMaximum(progress.total)
    dialog.setValue(min(progress.done, dialog.maximum()) if dialog.maximum() else 0)
