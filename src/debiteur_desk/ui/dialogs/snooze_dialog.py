"""Snooze a worklist step: until which day, and why (the reason shows on the timeline)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.snooze import check_snooze
from debiteur_desk.ui.dialogs.fields import DateField, FormDialog, ValidatedLineEdit

DEFAULT_DAYS = 7  # a week: the usual "call me next week"


def _reason(text: str) -> str:
    if not text.strip():
        raise InvalidInput("snooze_reason_empty")
    return text.strip()


class SnoozeDialog(FormDialog):
    """Collects the day the step comes back (after ``today``) and the reason; the caller
    runs ``worklist_actions.snooze_step``."""

    def __init__(self, parent: QWidget | None, step: str, today: date) -> None:
        super().__init__(parent, self.tr("Snooze step"))
        self._today = today
        explanation = QLabel(
            self.tr(
                "“{step}” leaves the list until the day you choose and comes back on that "
                "day. The snooze and its reason show on the client's timeline."
            ).format(step=step)
        )
        explanation.setWordWrap(True)
        self.until = DateField(earliest=today + timedelta(days=1))
        self.until.set_date(today + timedelta(days=DEFAULT_DAYS))
        self.reason = ValidatedLineEdit(
            _reason,
            required="snooze_reason_empty",
            placeholder=self.tr("e.g. the client pays after the holidays"),
            max_length=limits.NOTES.maximum,
        )
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(self.tr("Back on *"), self.until)
        form.addRow(self.tr("Reason *"), self.reason)
        self.watch(self.until.changed, self.reason.changed)
        self.finish(form)
        self.setMinimumWidth(460)

    def is_valid(self) -> bool:
        until = self.until.date
        if until is None or not (self.until.is_valid and self.reason.is_valid):
            return False
        try:
            check_snooze(self.reason.text(), until, self._today)
        except InvalidInput:
            return False
        return True

    @property
    def until_day(self) -> date:
        assert self.until.date is not None, "OK is disabled until the date is valid"
        return self.until.date

    @property
    def reason_text(self) -> str:
        return self.reason.text().strip()
