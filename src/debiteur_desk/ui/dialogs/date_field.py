"""The one date field of the program: typed or picked from a calendar.

A date is typed the way the user writes it, ``15-05-2026`` (Dutch) or ``15/05/2026``
(English), also ``2026-05-15``; the calendar button next to it picks one. Every date in
the program is entered with it: dialogs, the letter window and the as-of date of the
main window (light: no database layer).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QMenu, QToolButton, QWidget, QWidgetAction

from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.dialogs.validated import ValidatedLineEdit, app_language

LONGEST_DATE = len("2026-11-22")  # the longest form a date is typed in


def date_text(value: date) -> str:
    """``22-11-2026`` (or ``22/11/2026`` in English)."""
    return format_date(value, app_language())


def _calendar_icon() -> QIcon:
    """A small painted calendar (our own drawing, no icon licence involved)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 2, 2)
    painter.fillRect(QRectF(2, 3, 12, 3), QColor("#c0392b"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#555555"))
    for row in range(2):
        for col in range(3):
            painter.drawEllipse(QPointF(5 + 3 * col, 9 + 3 * row), 0.9, 0.9)
    painter.end()
    return QIcon(pixmap)


class DateField(ValidatedLineEdit):
    """A date typed as ``22-11-2026``, ``22/11/2026`` or ``2026-11-22``, or picked.

    ``earliest``/``latest`` bound the dates accepted (e.g. a date that has happened is
    not after today). ``date_changed`` is emitted with each new valid date, typed or
    picked; ``date`` is ``None`` while the text is not a valid date.
    """

    date_changed = Signal(object)  # datetime.date

    def __init__(
        self,
        *,
        required: str | None = "date_empty",
        earliest: date | None = None,
        latest: date | None = None,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self._earliest, self._latest = earliest, latest
        self._last: date | None = None
        super().__init__(self._parse_date, required=required, compact=compact, parent=parent)
        self.line_edit.setMaxLength(LONGEST_DATE)
        # A whole date stays in view when the row is cramped (the filter bar).
        widest = self.line_edit.fontMetrics().horizontalAdvance("00-00-00000")
        self.line_edit.setMinimumWidth(widest + 12)
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.picker = QToolButton()
        self.picker.setIcon(_calendar_icon())
        self.picker.setToolTip(self.tr("Pick a date"))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        menu = QMenu(self.picker)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._calendar.clicked.connect(lambda day: (self._picked(day), menu.close()))
        self.picker.setMenu(menu)
        self.row.addWidget(self.picker)
        self.make_narrow(120)
        self._bound_calendar()
        self.line_edit.editingFinished.connect(self._tidy)
        self.changed.connect(self._emit_new_date)

    @property
    def date(self) -> date | None:
        return self.value

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else date_text(value))

    def set_range(self, earliest: date | None, latest: date | None) -> None:
        """Accept only dates from ``earliest`` to ``latest`` (``None``: no bound)."""
        self._earliest, self._latest = earliest, latest
        self._bound_calendar()
        self.revalidate()

    def _parse_date(self, text: str) -> date:
        value = parse_date(text)
        if self._earliest is not None and value < self._earliest:
            raise InvalidInput("date_before_earliest", date=date_text(self._earliest))
        if self._latest is not None and value > self._latest:
            raise InvalidInput("date_after_latest", date=date_text(self._latest))
        return value

    def _bound_calendar(self) -> None:
        if self._earliest is not None:
            self._calendar.setMinimumDate(QDate(self._earliest))
        if self._latest is not None:
            self._calendar.setMaximumDate(QDate(self._latest))

    def _emit_new_date(self) -> None:
        if self.value is not None and self.value != self._last:
            self._last = self.value
            self.date_changed.emit(self.value)

    def _sync_calendar(self) -> None:
        if self.value is not None:
            self._calendar.setSelectedDate(QDate(self.value))

    def _picked(self, day: QDate) -> None:
        self._touched = True
        self.set_date(day.toPython())

    def _tidy(self) -> None:
        if self.value is not None and date_text(self.value) != self.text():
            self.set_date(self.value)
