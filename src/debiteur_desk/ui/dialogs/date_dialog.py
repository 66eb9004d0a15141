"""Ask for one date (and optionally a note): when a signed plan came back, when it broke."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from debiteur_desk.domain import clock
from debiteur_desk.domain import text_limits as limits
from debiteur_desk.ui.dialogs.fields import DateField, FormDialog


class DateDialog(FormDialog):
    """The date is typed or picked; it cannot be after ``today`` (these things happened)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        explanation: str,
        *,
        today: date | None = None,
        with_note: bool = False,
    ) -> None:
        super().__init__(parent, title)
        today = today or clock.today()
        self.date = DateField(latest=today)
        self.date.set_date(today)
        self._note = QLineEdit() if with_note else None
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(text)
        form.addRow(self.tr("Date"), self.date)
        if self._note is not None:
            self._note.setMaxLength(limits.NOTES.maximum)
            form.addRow(self.tr("Note"), self._note)
        self.watch(self.date.changed)
        self.finish(form)
        self.setMinimumWidth(460)  # room for a message under a field

    def is_valid(self) -> bool:
        return self.date.date is not None and self.date.is_valid

    @property
    def value(self) -> date:
        assert self.date.date is not None, "OK is disabled until the date is valid"
        return self.date.date

    @property
    def note(self) -> str:
        return self._note.text().strip() if self._note is not None else ""
