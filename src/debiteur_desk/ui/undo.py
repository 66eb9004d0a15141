"""Undo of the last cheap-to-undo action (deleting an invoice), offered in the Edit menu
and as a button in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.operations import Operations


class UndoSlot(QObject):
    """Holds one undo at a time; a newer action replaces it."""

    def __init__(self, ops: Operations, parent: QWidget, notify: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._ops = ops
        self._parent = parent
        self._notify = notify
        self._undo: Callable[[], Any] | None = None
        self._done_text = ""
        self._changes = Change.NONE
        self.action = QAction(icon("undo"), self.tr("&Undo"), parent)
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.triggered.connect(self.undo)
        self.widget = QWidget()
        self._message = QLabel()
        self.button = QPushButton(icon("undo"), self.tr("Undo"))
        self.button.setObjectName("undo_button")
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self._message)
        layout.addWidget(self.button)
        self._show(None)

    @property
    def available(self) -> bool:
        return self._undo is not None

    def offer(self, message: str, undo: Callable[[], Any], done: str, changes: Change) -> None:
        """``message`` says what happened; ``undo`` runs on a worker and changes what
        ``changes`` says; ``done`` is said after."""
        self._undo = undo
        self._done_text = done
        self._changes = changes
        self._show(message)

    def clear(self) -> None:
        self._undo = None
        self._show(None)

    def undo(self) -> None:
        action, done, changes = self._undo, self._done_text, self._changes
        if action is None:
            return
        self.clear()
        self._ops.run(
            action,
            parent=self._parent,
            on_success=lambda _result: self._notify(done),
            changes=changes,
        )

    def _show(self, message: str | None) -> None:
        self.action.setEnabled(message is not None)
        self.action.setText(
            self.tr("&Undo") if message is None else self.tr("&Undo: {what}").format(what=message)
        )
        self._message.setText(message or "")
        self.widget.setVisible(message is not None)
