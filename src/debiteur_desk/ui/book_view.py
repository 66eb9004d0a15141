"""What a table over the book offers the main window: one small interface for every view.

A view says what it reads (``reads``: each fetched on the worker, then shown on the GUI
thread, one after the other), which changes concern it (``concerns``), what it is called,
and which client or invoice is selected in it. It filters and keeps its column widths as
every ``TablePanel`` does. The main window keeps its views in a list (``main_window.VIEWS``)
and does the rest for all of them alike: the tab, the Ctrl+number shortcut in the View
menu, reading when shown or changed, filtering, printing, saving the columns. Adding a
view (a dashboard) is one class and one entry in that list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.table_panel import TablePanel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from debiteur_desk.services.book import Database
    from debiteur_desk.services.overview_lines import InvoiceLine, NextAction
    from debiteur_desk.ui.actions import WindowActions

T = TypeVar("T")


@dataclass(frozen=True)
class Read(Generic[T]):
    fetch: Callable[[Database, date], T]  # runs on the worker thread
    show: Callable[[T], None]  # runs on the GUI thread with what ``fetch`` returned


class BookView(TablePanel):
    concerns: ClassVar[Change] = Change.EVERYTHING
    # Read on every change even while another tab is shown: the summary above the tabs
    # (bucket tiles, totals) comes from it.
    always_read: ClassVar[bool] = False
    icon_name: ClassVar[str] = ""

    loaded = False  # shown at least once since the book last changed in a way it cares about

    def title(self) -> str:
        """The tab's text."""
        raise NotImplementedError

    def menu_title(self) -> str:
        """The View menu's entry, with its mnemonic."""
        raise NotImplementedError

    def reads(self) -> Sequence[Read[Any]]:
        """What to read for the as-of date, in order; each is shown before the next runs."""
        raise NotImplementedError

    def context_actions(self, actions: WindowActions) -> Sequence[QAction]:
        """The window's actions offered on a row's context menu."""
        return (actions.open_client, actions.record_payment)

    def selected_client_id(self) -> int | None:
        return self.current_id()

    def client_of(self, row_id: int) -> int | None:
        """The client a row is about (a row opened with Enter opens that client)."""
        return row_id

    def selected_invoice(self) -> InvoiceLine | None:
        return None

    def client_names(self) -> list[tuple[int, str]] | None:
        """(id, name) of every client by name, if this view knows them all."""
        return None

    def select_when_shown(self, client_id: int) -> None:
        """Select this client once a read shows it (one just added), if this view lists
        clients."""

    def next_action(self, client_id: int) -> NextAction | None:
        """The client's next collection step, if this view shows it."""
        return None
