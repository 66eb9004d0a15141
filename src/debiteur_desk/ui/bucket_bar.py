"""The bucket summary at the top: amount and count per aging bucket, one tile each, with a
bar across showing each bucket's share. Clicking a tile filters the tables on it;
clicking it again clears the filter. Each tile's tooltip shows what of its amount is
promised, in a plan, disputed, handed over or a broken promise (``set_tile_tips``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# From "still fine" to "act now"; a sixth bucket and beyond reuse the last colour.
_COLOURS = ("#5b8c5a", "#d4a72c", "#e07b22", "#cf4a26", "#9e1b1b")
_GAP = 8.0
_SHARE_BAR = 6.0


@dataclass(frozen=True)
class BucketTile:
    label: str
    amount_text: str
    count_text: str
    cents: int


class BucketBar(QWidget):
    bucket_clicked = Signal(int)  # bucket index, or -1 for "all"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: list[BucketTile] = []
        self._selected: int | None = None
        self._hover: int | None = None
        self._tips: list[str] = []  # per tile; the bar's own tooltip where there is none
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_tiles(self, tiles: Sequence[BucketTile]) -> None:
        self._tiles = list(tiles)
        self._tips = []  # until the split of the new figures arrives
        self.setToolTip(self.tr("Click a bucket to show only its clients and invoices"))
        self.update()

    def set_tile_tips(self, tips: Sequence[str]) -> None:
        """A tooltip per tile (the split of its amount by collection state)."""
        self._tips = list(tips)

    def tile_tip(self, index: int) -> str:
        return self._tips[index] if 0 <= index < len(self._tips) else self.toolTip()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._tile_at(event.pos().x(), event.pos().y())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tile_tip(index), self)
                return True
        return super().event(event)

    def set_selected(self, index: int | None) -> None:
        self._selected = index
        self.update()

    @property
    def tiles(self) -> list[BucketTile]:
        return self._tiles

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(600, int(line * 4 + _SHARE_BAR + 18))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def tile_rect(self, index: int) -> QRectF:
        n = max(1, len(self._tiles))
        width = (self.width() - _GAP * (n - 1)) / n
        top = _SHARE_BAR + 6
        return QRectF(index * (width + _GAP), top, width, self.height() - top - 1)

    def _tile_at(self, x: float, y: float) -> int | None:
        for i in range(len(self._tiles)):
            if self.tile_rect(i).contains(x, y):
                return i
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._tile_at(event.position().x(), event.position().y())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: object) -> None:  # noqa: ARG002 - Qt's signature
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self._tile_at(event.position().x(), event.position().y())
        if index is None:
            return
        self._selected = None if index == self._selected else index
        self.update()
        self.bucket_clicked.emit(-1 if self._selected is None else self._selected)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_share_bar(painter)
        for i, tile in enumerate(self._tiles):
            self._paint_tile(painter, i, tile)
        painter.end()

    def _paint_share_bar(self, painter: QPainter) -> None:
        total = sum(t.cents for t in self._tiles)
        if total <= 0:
            return
        x = 0.0
        for i, tile in enumerate(self._tiles):
            width = self.width() * tile.cents / total
            painter.fillRect(QRectF(x, 0, width, _SHARE_BAR), QColor(_colour(i)))
            x += width

    def _paint_tile(self, painter: QPainter, index: int, tile: BucketTile) -> None:
        rect = self.tile_rect(index)
        colour = QColor(_colour(index))
        selected = index == self._selected
        background = QColor(colour)
        background.setAlpha(60 if selected else 28 if index == self._hover else 14)
        painter.setPen(QPen(colour, 2 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        painter.fillRect(QRectF(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), colour)
        inner = rect.adjusted(14, 6, -8, -6)
        line = self.fontMetrics().height()
        palette = self.palette()
        painter.setPen(palette.color(palette.ColorRole.WindowText))
        small = QFont(self.font())
        painter.setFont(small)
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tile.label,
        )
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(self.font().pointSizeF() * 1.3)
        painter.setFont(big)
        painter.drawText(
            QRectF(inner.left(), inner.top() + line, inner.width(), line * 1.5),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                tile.amount_text, Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )
        painter.setFont(small)
        painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(inner.left(), inner.top() + line * 2.5, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tile.count_text,
        )


def _colour(index: int) -> str:
    return _COLOURS[min(index, len(_COLOURS) - 1)]
