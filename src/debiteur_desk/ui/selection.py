"""What the window's commands act on, without reaching into the window: the view shown,
the client and invoice selected in it, and the client whose page is open beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from debiteur_desk.ui.book_view import BookView
from debiteur_desk.ui.client_pages import ClientPages

if TYPE_CHECKING:
    from debiteur_desk.services.overview_lines import InvoiceLine, NextAction


class Selection:
    def __init__(self, tabs: QTabWidget, views: Sequence[BookView], pages: ClientPages) -> None:
        self._tabs = tabs
        self._views = views
        self.pages = pages

    def current_view(self) -> BookView | None:
        current = self._tabs.currentWidget()
        return current if isinstance(current, BookView) else None

    def selected_client_id(self) -> int | None:
        """The client selected in the list shown."""
        view = self.current_view()
        return view.selected_client_id() if view else None

    def client_in_view(self) -> int | None:
        """The client window-level actions act on: the one whose page is open beside the
        tables, otherwise the one selected in the list."""
        shown = self.pages.current_client_id()
        return shown if shown is not None else self.selected_client_id()

    def selected_invoice(self) -> InvoiceLine | None:
        view = self.current_view()
        return view.selected_invoice() if view else None

    def client_names(self) -> list[tuple[int, str]]:
        """(id, name) of every client, by name: what the invoice dialog offers."""
        for view in self._views:
            names = view.client_names()
            if names is not None:
                return names
        return []

    def client_name(self, client_id: int) -> str:
        return dict(self.client_names()).get(client_id, str(client_id))

    def select_when_shown(self, client_id: int) -> None:
        for view in self._views:
            view.select_when_shown(client_id)

    def next_action(self, client_id: int) -> NextAction | None:
        for view in self._views:
            step = view.next_action(client_id)
            if step is not None:
                return step
        return None
