"""Ask for one date (and optionally a note): when a signed plan came back, when it broke."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from debiteur_desk.domain import clock


class DateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        *,
        today: date | None = None,
        with_note: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        today = today or clock.today()
        latest = QDate(today.year, today.month, today.day)
        self._date = QDateEdit(latest)
        self._date.setCalendarPopup(True)
        self._date.setDisplayFormat("dd-MM-yyyy")
        self._date.setMaximumDate(latest)  # these things have happened, not will happen
        self._note = QLineEdit() if with_note else None
        text = QLabel(explanation)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(self.tr("Date"), self._date)
        if self._note is not None:
            form.addRow(self.tr("Note"), self._note)
        form.addRow(buttons)

    @property
    def value(self) -> date:
        return self._date.date().toPython()

    @property
    def note(self) -> str:
        return self._note.text().strip() if self._note is not None else ""
