"""How and when a letter went out (the registered-mail number matters as evidence)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from debiteur_desk.domain import clock

SENT_VIA = ("post", "registered", "email", "hand")


@dataclass(frozen=True)
class SentInfo:
    on: date
    via: str
    tracking_number: str


class LetterSentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter sent"))
        today = today or clock.today()
        self._on = QDateEdit(QDate(today.year, today.month, today.day))
        self._on.setCalendarPopup(True)
        self._on.setDisplayFormat("dd-MM-yyyy")
        self._on.setMaximumDate(QDate(today.year, today.month, today.day))
        self._via = QComboBox()
        names = {
            "post": self.tr("By post"),
            "registered": self.tr("Registered mail (aangetekend)"),
            "email": self.tr("By email"),
            "hand": self.tr("By hand"),
        }
        for code in SENT_VIA:
            self._via.addItem(names[code], code)
        self._tracking = QLineEdit()
        self._tracking.setPlaceholderText(self.tr("e.g. 3SABCD1234567"))
        self._problem = QLabel()
        self._problem.setStyleSheet("color: #b00020")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Sent on"), self._on)
        form.addRow(self.tr("Sent"), self._via)
        form.addRow(self.tr("Tracking number"), self._tracking)
        form.addRow(self._problem)
        form.addRow(self._buttons)
        self._via.currentIndexChanged.connect(self._validate)
        self._tracking.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        missing = self._via.currentData() == "registered" and not self._tracking.text().strip()
        self._problem.setText(
            self.tr("Registered mail needs its tracking number.") if missing else ""
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    @property
    def value(self) -> SentInfo:
        return SentInfo(
            self._on.date().toPython(), self._via.currentData(), self._tracking.text().strip()
        )
