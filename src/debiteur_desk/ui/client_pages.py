"""The clients opened beside the tables: one closable tab each, hidden while none is open.

A client opened twice gets its existing tab. The page itself is made by the function the
window hands in (``make_page``), so that this widget knows nothing of the book.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from debiteur_desk.ui.icons import icon


class ClientPages(QTabWidget):
    appeared = Signal()  # the first page opened: the pane is there, make room for it
    changed = Signal()  # a page opened, closed or came to the front

    def __init__(self, make_page: Callable[[int], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_page = make_page
        self.setObjectName("client_tabs")
        self.setTabsClosable(True)
        self.setDocumentMode(True)
        self.hide()
        self.tabCloseRequested.connect(self.close_page)
        self.currentChanged.connect(lambda _index: self.changed.emit())

    def open(self, client_id: int, title: str) -> None:
        for i in range(self.count()):
            if self.widget(i).property("client_id") == client_id:
                self.setCurrentIndex(i)
                return
        page = self._make_page(client_id)
        page.setProperty("client_id", client_id)
        self.setCurrentIndex(self.addTab(page, icon("client"), title))
        if self.isHidden():
            self.show()
            self.appeared.emit()
        self.changed.emit()

    def close_page(self, index: int) -> None:
        page = self.widget(index)
        self.removeTab(index)
        page.deleteLater()
        self.setVisible(self.count() > 0)
        self.changed.emit()

    def current_client_id(self) -> int | None:
        page = self.currentWidget() if not self.isHidden() else None
        return int(page.property("client_id")) if page is not None else None

    def pages(self) -> list[tuple[int, str]]:
        """(client id, title) of every open page, in order."""
        return [
            (int(self.widget(i).property("client_id")), self.tabText(i))
            for i in range(self.count())
        ]
