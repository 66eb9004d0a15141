"""Small shared field widgets for the dialogs: a line edit that validates as you type and
says what is wrong right below itself, an amount field, a date field, and the dialog base
that keeps OK disabled until every field is valid.

Parsers are plain functions that return a value or raise a ``DebiteurError``; its text comes
from the message catalogue in the app's language (``app_language()``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.money import parse_amount
from debiteur_desk.formatting import format_date, format_money
from debiteur_desk.messages import describe
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.i18n import LANGUAGE_PROPERTY

ERROR_COLOUR = "#b3261e"


def app_language() -> str:
    """The user's language: the application's ``language`` property, Dutch by default."""
    app = QApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "en" if value == "en" else "nl"


def error_text(error: DebiteurError) -> str:
    return describe(error, app_language())


def money_text(amount: Decimal) -> str:
    """``€ 1.234,56`` (or ``€1,234.56`` in English)."""
    return format_money(amount, app_language())


def date_text(value: date) -> str:
    """``22-11-2026`` (or ``22/11/2026`` in English)."""
    return format_date(value, app_language())


def amount_input_text(amount: Decimal) -> str:
    """An amount as typed in a field: ``1.234,56`` without the euro sign."""
    return money_text(amount).replace("€", "").strip()


class ValidatedLineEdit(QWidget):
    """A line edit plus an error label under it.

    ``parse`` turns the text into a value or raises a ``DebiteurError``. An empty field is
    valid (value ``None``) unless ``required`` names the error code for a missing value; that
    error shows only once the field had text and was emptied; OK stays disabled anyway.
    ``set_problem`` adds an error found by looking at several fields together.
    """

    changed = Signal()

    def __init__(
        self,
        parse: Callable[[str], Any] = str.strip,
        *,
        required: str | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._required = required
        self._value: Any = None
        self._own_error: DebiteurError | None = None
        self._problem: DebiteurError | None = None
        self._touched = False
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(placeholder)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.line_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(self.row)
        column.addWidget(self.error_label)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textEdited.connect(self._edited)
        self.line_edit.textChanged.connect(self._revalidate)
        self._revalidate(self.line_edit.text())

    # -- reading and writing ------------------------------------------------------------
    def text(self) -> str:
        return self.line_edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming, like QLineEdit
        self.line_edit.setText(text)

    @property
    def value(self) -> Any:
        """The parsed value; ``None`` when empty or invalid."""
        return self._value

    @property
    def is_valid(self) -> bool:
        return self._own_error is None and self._problem is None

    @property
    def error(self) -> str:
        """The message shown under the field, or ``""``."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def set_problem(self, problem: DebiteurError | None) -> None:
        """An error that depends on other fields (``None`` clears it)."""
        self._problem = problem
        self._show()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt override
        super().setEnabled(enabled)
        self._show()

    def make_narrow(self, width: int) -> None:
        """A short field (a country code, an amount): fixed width, aligned left."""
        self.line_edit.setMaximumWidth(width)
        self.row.addStretch(1)

    def revalidate(self) -> None:
        """Parse the text again (when the rule depends on another field, e.g. the country)."""
        self._revalidate(self.text())

    # -- internals ------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._touched = True

    def _revalidate(self, text: str) -> None:
        self._value, self._own_error = None, None
        if not text.strip():
            if self._required:
                self._own_error = InvalidInput(self._required)
        else:
            self._touched = True  # once it had text, emptying it again deserves a word
            try:
                self._value = self._parse(text)
            except DebiteurError as error:
                self._own_error = error
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        error = self._own_error or self._problem
        if self._own_error is not None and not self.text().strip() and not self._touched:
            error = None  # a required field left empty: no scolding before the user types
        message = error_text(error) if error is not None and self.isEnabled() else ""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.line_edit.setToolTip(message)


def _amount_parser(allow_zero: bool) -> Callable[[str], Decimal]:
    return lambda text: parse_amount(text, allow_zero=allow_zero)


class AmountField(ValidatedLineEdit):
    """Euros as a Dutch user types them (``1.234,56``, ``1234,5``, ``€ 12``); more than zero
    unless ``allow_zero``. Tidied to ``1.234,56`` when the user leaves the field."""

    def __init__(
        self,
        *,
        required: str | None = "amount_empty",
        allow_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_amount_parser(allow_zero), required=required, parent=parent)
        self.line_edit.setPlaceholderText(amount_input_text(Decimal("0")))
        self.line_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.row.insertWidget(0, QLabel("€"))
        self.make_narrow(150)
        self.line_edit.editingFinished.connect(self._tidy)

    @property
    def amount(self) -> Decimal | None:
        return self.value

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else amount_input_text(amount))

    def _tidy(self) -> None:
        if self.value is not None and self.is_valid:
            tidy = amount_input_text(self.value)
            if tidy != self.text():
                self.setText(tidy)


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
    """A date typed as ``22-11-2026`` or ``2026-11-22``, or picked from a calendar."""

    def __init__(
        self, *, required: str | None = "date_empty", parent: QWidget | None = None
    ) -> None:
        super().__init__(parse_date, required=required, parent=parent)
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
        self.line_edit.editingFinished.connect(self._tidy)

    @property
    def date(self) -> date | None:
        return self.value

    def set_date(self, value: date | None) -> None:
        self.setText("" if value is None else date_text(value))

    def _sync_calendar(self) -> None:
        if self.value is not None:
            self._calendar.setSelectedDate(QDate(self.value))

    def _picked(self, day: QDate) -> None:
        self._touched = True
        self.set_date(day.toPython())

    def _tidy(self) -> None:
        if self.value is not None and date_text(self.value) != self.text():
            self.set_date(self.value)


class InvoiceHeading(QLabel):
    """The invoice a dialog is about, in one line above its form."""

    def __init__(self, invoice: InvoiceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(
            self.tr("<b>Invoice {number}</b> · {client}<br>amount {amount} · open {open}").format(
                number=invoice.number,
                client=invoice.client_name,
                amount=money_text(invoice.amount),
                open=money_text(invoice.open),
            )
        )


class FormDialog(QDialog):
    """The dialog base: OK/Cancel under the form, OK enabled only while ``is_valid()``.

    Subclasses build their form, call ``watch(...)`` with every widget whose change may
    change validity, then ``finish(layout)``; they implement ``is_valid`` and ``value``.
    """

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self.revalidate)

    def finish(self, form: QLayout, *, grows: bool = False) -> None:
        """Put the form above the buttons; ``grows``: the form takes the extra height (a table
        in it), otherwise the buttons stay just under the form."""
        outer = QVBoxLayout(self)
        outer.addLayout(form, 1 if grows else 0)
        if not grows:
            outer.addStretch(1)
        outer.addWidget(self.buttons)
        self.revalidate()

    def revalidate(self, *_args: Any) -> None:
        self.ok_button.setEnabled(self.is_valid())

    def is_valid(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.is_valid():
            super().accept()
