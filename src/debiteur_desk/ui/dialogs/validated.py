"""A line edit that validates as you type and says what is wrong on the line under it.

The line under the field is always there, empty while all is well, so that nothing in a
dialog moves when an error comes or goes (a click aimed at a field lands in that field).
A message too long for the line ends in "…" and is whole in its tooltip.

Parsers are plain functions that return a value or raise a ``DebiteurError``; its text
comes from the message catalogue in the app's language (``app_language()``). This module
is light (no database layer), so that the main window's filter bar can use it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.errors import DebiteurError, InvalidInput
from debiteur_desk.domain.text_limits import TextLimit
from debiteur_desk.text.messages import describe, describe_short
from debiteur_desk.ui.i18n import LANGUAGE_PROPERTY

ERROR_COLOUR = "#b3261e"


def app_language() -> str:
    """The user's language: the application's ``language`` property, Dutch by default."""
    app = QApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "en" if value == "en" else "nl"


def error_text(error: DebiteurError) -> str:
    return describe(error, app_language())


def short_error_text(error: DebiteurError) -> str:
    """The error as the line under a field says it (without repeating what was typed)."""
    return describe_short(error, app_language())


def cleaned_text(
    limit: TextLimit, required: str | None = None, parse: Callable[[str], Any] = str
) -> Callable[[str], Any]:
    """The parser of a text field: the text as the service will store it
    (``TextLimit.clean``), then ``parse``; a required text with nothing left after
    cleaning (only control characters) is refused with ``required``."""

    def parsed(text: str) -> Any:
        clean = limit.clean(text)
        if required and not clean:
            raise InvalidInput(required)
        return parse(clean)

    return parsed


class ErrorLine(QLabel):
    """One line of red text that always takes its height, with or without a message.

    Its width follows the layout, never the message: a message too long for the line is
    cut with "…" and is whole in the tooltip (and in :attr:`message`). No paint override
    (Qt may still paint a child of a dialog that Python has already let go of).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height())
        self.message = ""

    def show_message(self, message: str, short: str = "") -> None:
        """Show ``message`` ("" for none), or its ``short`` form when given, cut to the
        width the line has now; the whole ``message`` is the tooltip."""
        self.message = message
        self.setToolTip(message)
        shown = short or message
        width = self.width() if self.isVisible() else 0
        elide = Qt.TextElideMode.ElideRight
        self.setText(self.fontMetrics().elidedText(shown, elide, width) if width else shown)


class ValidatedLineEdit(QWidget):
    """A line edit plus the error line under it.

    ``parse`` turns the text into a value or raises a ``DebiteurError``. An empty field is
    valid (value ``None``) unless ``required`` names the error code for a missing value; that
    error shows only once the field had text and was emptied; OK stays disabled anyway.
    ``set_problem`` adds an error found by looking at several fields together.
    ``max_length``: the most characters the field takes (from ``domain/text_limits.py``).
    ``compact``: no error line (a field in a tool bar); the text turns red and the
    tooltip says what is wrong.
    """

    changed = Signal()

    def __init__(
        self,
        parse: Callable[[str], Any] = str.strip,
        *,
        required: str | None = None,
        placeholder: str = "",
        max_length: int | None = None,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._required = required
        self._compact = compact
        self._value: Any = None
        self._own_error: DebiteurError | None = None
        self._problem: DebiteurError | None = None
        self._touched = False
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(placeholder)
        if max_length is not None:
            self.line_edit.setMaxLength(max_length)
        self.error_label = ErrorLine()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.line_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(self.row)
        column.addWidget(self.error_label)
        self.error_label.setVisible(not compact)
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
        """The message shown for the field (under it, or in the tooltip), or ``""``."""
        return self.line_edit.toolTip()

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
        shown = error is not None and self.isEnabled()
        message = error_text(error) if shown else ""
        self.error_label.show_message(message, short_error_text(error) if shown else "")
        self.line_edit.setToolTip(message)
        if self._compact:
            self.line_edit.setStyleSheet(f"color: {ERROR_COLOUR};" if message else "")
