"""How and when a letter went out (the registered-mail number matters as evidence)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.ui.dialogs.fields import DateField, FormDialog, ValidatedLineEdit

SENT_VIA = ("post", "registered", "email", "hand")
TRACKING_NUMBER_LENGTH = 60  # the column; PostNL's numbers have 13 characters (3SABCD1234567)


@dataclass(frozen=True)
class SentInfo:
    on: date
    via: str
    tracking_number: str


class LetterSentDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Letter sent"))
        today = today or clock.today()
        self._on = DateField(latest=today)
        self._on.set_date(today)
        self._via = QComboBox()
        names = {
            "post": self.tr("By post"),
            "registered": self.tr("Registered mail (aangetekend)"),
            "email": self.tr("By email"),
            "hand": self.tr("By hand"),
        }
        for code in SENT_VIA:
            self._via.addItem(names[code], code)
        self._tracking = ValidatedLineEdit(max_length=TRACKING_NUMBER_LENGTH)
        self._tracking.line_edit.setPlaceholderText(self.tr("e.g. 3SABCD1234567"))
        self._buttons = self.buttons
        form = QFormLayout()
        form.addRow(self.tr("Sent on"), self._on)
        form.addRow(self.tr("Sent"), self._via)
        form.addRow(self.tr("Tracking number"), self._tracking)
        self.watch(self._on.changed, self._via.currentIndexChanged, self._tracking.changed)
        self.finish(form)
        self.setMinimumWidth(460)  # room for a message under a field

    def is_valid(self) -> bool:
        missing = self._via.currentData() == "registered" and not self._tracking.text().strip()
        self._tracking.set_problem(InvalidInput("tracking_number_missing") if missing else None)
        return self._on.date is not None and self._on.is_valid and not missing

    @property
    def value(self) -> SentInfo:
        assert self._on.date is not None, "OK is disabled until the date is valid"
        return SentInfo(self._on.date, self._via.currentData(), self._tracking.text().strip())
