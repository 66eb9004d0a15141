"""Boxes side by side where they all fit, else one under the other.

A client's behaviour and details sit side by side above the tables when the page is wide
enough for both, and one under the other when it is not (at 1024x768 beside the lists they
did not fit side by side: the page grew wider than its room and was cut off at the right).
Which of the two is decided from the width this layout is given alone, never from how it
is laid out now, so laying it out again can never turn it back: no code in a
``resizeEvent``, no timers.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

from debiteur_desk.ui.flow_layout import FlowLayout


class FitRowLayout(FlowLayout):
    """Side by side, sharing the width equally (none below its minimum width), when all
    fit at their minimum width; else each at the full width, the last one taking the
    height that is left. Never wider than its widest item's minimum."""

    # Emitted from the layout pass when the items turned (side by side now?): connect it
    # queued, so that what it sets off runs after the pass, not inside it.
    across_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent, spacing)
        self._width: int | None = None  # as last laid out; None: not laid out yet
        self._across = False  # as last laid out (one under the other until then)

    # -- the one decision ------------------------------------------------------------
    def fits_across(self, width: int) -> bool:
        """Whether, at ``width`` (margins included), all items fit side by side."""
        items = self._shown()
        needed = sum(item.minimumSize().width() for item in items)
        needed += self._spacing * max(0, len(items) - 1)
        margins = self.contentsMargins()
        return needed <= width - margins.left() - margins.right()

    # -- QLayout ---------------------------------------------------------------------
    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        items = self._shown()
        if self.fits_across(width):
            widths = self._shares(items, inner)
            height = max(
                (_height(item, w) for item, w in zip(items, widths, strict=True)), default=0
            )
        else:
            height = sum(_height(item, inner) for item in items)
            height += self._spacing * max(0, len(items) - 1)
        return height + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        """As the items are laid out now (one under the other until then): the height
        their text needs at the width they have."""
        hints = [item.sizeHint() for item in self._shown()]
        if self._width is None:
            margins = self.contentsMargins()
            height = sum(hint.height() for hint in hints)
            height += self._spacing * max(0, len(hints) - 1) + margins.top() + margins.bottom()
        else:
            height = self.heightForWidth(self._width)
        width = super().sizeHint().width() if self._across else self._widest(hints)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As wide as the widest item; as high as the items need as they are laid out
        now (one under the other until then)."""
        items = self._shown()
        heights = [item.minimumSize().height() for item in items]
        if self._across:
            height = max(heights, default=0)
        else:
            height = sum(heights) + self._spacing * max(0, len(items) - 1)
        margins = self.contentsMargins()
        return QSize(super().minimumSize().width(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        QLayout.setGeometry(self, rect)
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._shown()
        across = self.fits_across(rect.width())
        if across:
            x = area.x()
            for item, width in zip(items, self._shares(items, area.width()), strict=True):
                item.setGeometry(QRect(x, area.y(), width, area.height()))
                x += width + self._spacing
        else:
            y = area.y()
            for i, item in enumerate(items):
                left = area.bottom() + 1 - y
                height = left if i == len(items) - 1 else min(_height(item, area.width()), left)
                item.setGeometry(QRect(area.x(), y, area.width(), max(0, height)))
                y += height + self._spacing
        turned = across != self._across
        self._width, self._across = rect.width(), across
        if turned:  # the minimum and preferred heights turned with it: say so, later
            self.update()
            self.across_changed.emit(across)

    # -- laying out ------------------------------------------------------------------
    def _widest(self, hints: list[QSize]) -> int:
        margins = self.contentsMargins()
        widest = max((hint.width() for hint in hints), default=0)
        return widest + margins.left() + margins.right()

    @staticmethod
    def _shares(items: list[QLayoutItem], room: int) -> list[int]:
        """``room`` shared equally, except that an item too wide for its share gets its
        minimum width and the others share the rest."""
        widths = [0] * len(items)
        free = list(range(len(items)))
        while free:
            share = room // len(free)
            short = [i for i in free if items[i].minimumSize().width() > share]
            if not short:
                for n, i in enumerate(free):
                    widths[i] = share + (1 if n < room % len(free) else 0)
                break
            for i in short:
                widths[i] = items[i].minimumSize().width()
                room -= widths[i]
                free.remove(i)
        return widths


def _height(item: QLayoutItem, width: int) -> int:
    """The height the item wants at ``width``."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
