"""Background work through one helper (as Anki's CollectionOp / QueryOp).

``Operations.run`` runs a callable on a worker thread and delivers its result or
its error on the GUI thread. Errors the user can fix (``DebiteurError``) are shown
in their language; anything else is shown as a short apology, never a traceback.
Jobs run one at a time on a single worker; an action that changes data emits
``data_changed`` once when it succeeds, so every view can refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.messages import describe

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread (queued signal)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, action: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._action = action
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._action()
        except BaseException as error:  # delivered to the GUI thread, shown there
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class Operations(QObject):
    """One per main window; views listen to ``data_changed``."""

    data_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        # One worker: database writes must be serialised, and ReportLab (letters are
        # rendered here too) keeps process-wide state, so jobs run one after another.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        action: Callable[[], Any],
        *,
        parent: QWidget | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        changes_data: bool = True,
    ) -> None:
        """Run ``action`` off the GUI thread; see the module text for what follows."""
        relay = _Relay()
        self._relays.add(relay)

        def finished() -> None:
            self._relays.discard(relay)
            self._running -= 1
            if not self._running:
                self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            finished()
            if on_success is not None:
                on_success(result)
            if changes_data:
                self.data_changed.emit()

        def failed(error: BaseException) -> None:
            finished()
            if on_failure is not None:
                on_failure(error)
            else:
                self.show_error(error, parent)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(action, relay))

    def message_for(self, error: BaseException) -> str:
        if isinstance(error, DebiteurError):
            return describe(error, self.language)
        log.error("unexpected error in a background action", exc_info=error)
        return (
            "Er ging iets mis dat niet had mogen gebeuren. Er is niets opgeslagen."
            if self.language == "nl"
            else "Something went wrong that should not have. Nothing was saved."
        )

    def show_error(self, error: BaseException, parent: QWidget | None = None) -> None:
        QMessageBox.warning(parent, "Debiteur Desk", self.message_for(error))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until all work is done (for tests and for a clean exit)."""
        return self._pool.waitForDone(msecs)
