"""Sizes that fit: a window's first size on the screen it opens on, a table's height in rows."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget

FRAME_ROOM = (40, 60)  # the window's frame and title bar, and a little air


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to the screen it opens on (its
    parent's) less room for the frame, whichever is smaller."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    widget.resize(
        min(width, available.width() - FRAME_ROOM[0]),
        min(height, available.height() - FRAME_ROOM[1]),
    )


def rows_high(table: QTableView, rows: int) -> int:
    """How high ``table`` must be to show ``rows`` rows whole: header, rows, frame, and
    the sideways scroll bar should it show."""
    return (
        table.horizontalHeader().sizeHint().height()
        + table.verticalHeader().defaultSectionSize() * rows
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
    )
