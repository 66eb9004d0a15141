"""How the parts of a client's page sit, at any width the page is given.

Wide (a large screen): behaviour and details in a column beside the invoices and the
timeline. Narrow (a laptop, or the list beside it): those two side by side above the
tables, so the tables get the whole width. The actions wrap onto a second line rather than
push the window wider, and a short screen scrolls the page rather than squeeze the
invoices to a strip of three rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from debiteur_desk.ui.flow_layout import FlowLayout

SIDE_BY_SIDE_WIDTH = 1150  # narrower, the details go above the tables, not beside them
SIDE_COLUMN_WIDTH = 300


class ClientPage(QScrollArea):
    def __init__(
        self,
        *,
        head: Sequence[QWidget],
        actions: Sequence[QWidget],
        side: Sequence[QWidget],
        tables: Sequence[QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client_page")
        buttons = FlowLayout()
        for button in actions:
            buttons.addWidget(button)
        left = QWidget()
        self._side = QBoxLayout(QBoxLayout.Direction.TopToBottom, left)
        self._side.setContentsMargins(0, 0, 0, 0)
        for widget in side:
            self._side.addWidget(widget)
        self._side.setStretch(len(side) - 1, 1)  # the details take the height that is left
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        for widget in tables:
            right.addWidget(widget)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(len(tables) - 1, 3)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([SIDE_COLUMN_WIDTH, 1000])
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in head:
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)

    @property
    def narrow(self) -> bool:
        return self.body.orientation() == Qt.Orientation.Vertical

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.arrange(narrow=event.size().width() < SIDE_BY_SIDE_WIDTH)
        super().resizeEvent(event)

    def arrange(self, *, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.body.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        self._side.setDirection(
            QBoxLayout.Direction.LeftToRight if narrow else QBoxLayout.Direction.TopToBottom
        )
        self._side.setStretch(0, 1 if narrow else 0)
        self.refit()

    def refit(self) -> None:
        """Give the behaviour and details the height their text now needs (narrow), once
        the client's data is shown: the boxes were measured empty."""
        left = self.body.widget(0)
        if not self.narrow:
            self.body.setSizes([SIDE_COLUMN_WIDTH, 1000])
            return
        width = max(left.width(), self.body.width())
        needed = left.heightForWidth(width) if left.hasHeightForWidth() else -1
        self.body.setSizes([max(needed, left.sizeHint().height()), 1000])
