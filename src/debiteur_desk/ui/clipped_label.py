"""A line of figures that wraps to at most two lines and ends in "…" beyond them.

The totals under a list ("Klanten: 60 · open € 56.145,41 · Niet vervallen …") must not
push the window wider, nor grow into a column of ten lines when the list is narrow. It
breaks between its parts (at the separator) where it can; what still does not fit is
elided, and then the whole text is the tooltip. ``text()`` is always the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SEPARATOR = "   ·   "


def wrap_parts(
    text: str, metrics: QFontMetrics, width: int, max_lines: int, separator: str = SEPARATOR
) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at ``separator``, at most
    ``max_lines`` of them, the last one elided when the rest does not fit."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for part in text.split(separator):
        candidate = f"{current}{separator}{part}" if current else part
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = part
        else:
            current = candidate
    lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], separator.join(lines[max_lines - 1 :])]
    elide = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, elide, width) for line in lines]


class ClippedLabel(QLabel):
    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._max_lines = max_lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:  # the whole text, not the lines shown
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._fit()

    def shown_lines(self) -> list[str]:
        shown = super().text()
        return shown.split("\n") if shown else []

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        lines = wrap_parts(self._text, self.fontMetrics(), width, self._max_lines)
        shown = "\n".join(lines)
        clipped = SEPARATOR.join(lines) != self._text
        self.setToolTip(self._text.replace(SEPARATOR, "\n") if clipped else "")
        if shown != super().text():
            super().setText(shown)
