"""How the parts of a client's page sit, at any width the page is given.

Wide (a large screen): behaviour and details in a column beside the invoices and the
timeline. Narrow (a laptop, or the list beside it): those two above the tables, so the
tables get the whole width; side by side where both fit, else one under the other, so the
page is never wider than its room (``FitRowLayout`` decides which from the width it is
given). The actions wrap onto a second line rather than push the window wider, and a
short screen scrolls the page rather than squeeze the invoices to a strip of three rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from debiteur_desk.ui.fit_row_layout import FitRowLayout
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
        self._side = FitRowLayout(left)  # one under the other: the details take what is left
        for widget in side:
            self._side.addWidget(widget)
        # Queued: the splitter is given the new height after the layout pass, not in it.
        self._side.across_changed.connect(self._side_turned, Qt.ConnectionType.QueuedConnection)
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
        self.refit()

    def _side_turned(self, across: bool) -> None:
        """Behaviour and details went side by side or one under the other: above the
        tables they need another height (beside them, the user's column stays as it is)."""
        if self.narrow:
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
