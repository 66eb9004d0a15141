"""The Debiteuren overview: who owes what, per aging bucket, with the totals under it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QWidget

from debiteur_desk.services.overview_lines import ClientLine, ClientOverview, NextAction
from debiteur_desk.ui.book_view import BookView, Read
from debiteur_desk.ui.collectability_words import split_tooltip
from debiteur_desk.ui.column_fit import Hide, Shrink, Step
from debiteur_desk.ui.labels import bucket_label
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.overview_model import ClientOverviewModel, client_matches

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from debiteur_desk.services.collectability import Collectability
    from debiteur_desk.ui.actions import WindowActions

# Loaded by the first read, on the worker thread: the window comes up before SQLAlchemy.
overview_service = lazy_module("debiteur_desk.services.overview")

BY_OPEN_AMOUNT = (3, Qt.SortOrder.DescendingOrder)  # who owes the most comes first


class OverviewView(BookView):
    """Also the window's summary: the bucket tiles and the totals come from its read."""

    always_read = True
    icon_name = "client"
    shown = Signal(object)  # a ClientOverview is on screen
    tile_tips = Signal(list)  # per bucket, the split of its amount by collection state

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        self.language = language
        self.overview: ClientOverview | None = None
        self._select_next: int | None = None  # a client to select once the list shows it
        self.collectability: Collectability | None = None
        model = ClientOverviewModel(language)
        proxy = RowFilterProxy(self._matches)
        super().__init__(model, proxy, "overview", BY_OPEN_AMOUNT, parent)
        self.client_model = model
        self.rows_changed.connect(self._update_totals)

    def title(self) -> str:
        return self.tr("Debtors")

    def menu_title(self) -> str:
        return self.tr("&Debtors")

    def reads(self) -> Sequence[Read[Any]]:
        # The next steps after the list is shown, not alongside: the worklist rules are
        # Python work that would compete with the window for the interpreter meanwhile.
        return (
            Read(lambda db, as_of: overview_service.client_overview(db, as_of), self.set_overview),
            Read(
                lambda db, as_of: overview_service.collectability(db, as_of),
                self.set_collectability,
            ),
            Read(lambda db, as_of: overview_service.next_actions(db, as_of), self.set_next_actions),
        )

    def _matches(self, line: ClientLine, state: FilterState) -> bool:
        """The overview's filter, and the collection state: only the clients with something
        open in it (all of them until the split has been read)."""
        if state.collectability is not None and self.collectability is not None:
            if line.id not in self.collectability.by_client:
                return False
            if state.collectability not in self.collectability.by_client[line.id]:
                return False
        return client_matches(line, state)

    def set_collectability(self, result: Collectability) -> None:
        self.collectability = result
        self.tile_tips.emit(
            [
                split_tooltip(bucket, split, self.language)
                for bucket, split in zip(result.buckets, result.splits, strict=True)
            ]
        )
        if self.proxy.state.collectability is not None:
            self.proxy.refilter()
            self.rows_changed.emit()

    def context_actions(self, actions: WindowActions) -> Sequence[QAction]:
        return (actions.open_client, actions.record_payment, actions.new_invoice)

    def set_overview(self, overview: ClientOverview) -> None:
        self.overview = overview
        self.client_model.set_data(overview.clients, overview.buckets, overview.as_of)
        if self._select_next is not None and self.select_id(self._select_next):
            self._select_next = None
        self.shown.emit(overview)

    def select_when_shown(self, client_id: int) -> None:
        """Select this client as soon as a read shows it (a client just added)."""
        self._select_next = client_id

    def set_next_actions(self, actions: Mapping[int, NextAction]) -> None:
        self.client_model.set_next_actions(actions)

    def next_action(self, client_id: int) -> NextAction | None:
        return self.client_model.next_action(client_id)

    def client_names(self) -> list[tuple[int, str]]:
        return self.clients()

    def clients(self) -> list[tuple[int, str]]:
        """(id, name) of every client, by name: what the invoice dialog offers."""
        lines = sorted(self.client_model.rows, key=lambda c: (c.name.casefold(), c.id))
        return [(c.id, c.name) for c in lines]

    def fit_steps(self) -> Sequence[Step]:
        """Narrow: the client's kind, last contact and city go first, then the days late
        and the younger buckets; the name stays readable, and the next step gives way
        last (beside a client's page the list is there to pick the next client)."""
        buckets = [c.key for c in self.client_model.columns if c.key.startswith("bucket_")]
        return (
            Shrink("name", 170),
            Shrink("city", 90),
            Hide("kind"),
            Hide("last_contact"),
            Hide("city"),
            *(Hide(key) for key in buckets[:1]),  # not yet due
            Hide("days_overdue"),
            *(Hide(key) for key in buckets[1:-1]),
            Shrink("name", 130),
            Shrink("next_action", 160),
            *(Hide(key) for key in buckets[-1:]),
        )

    def empty_text(self, state: FilterState) -> str:
        if state.text.strip():
            return self.tr("No clients found for “{text}”.").format(text=state.text.strip())
        if state.active:
            return self.tr("No clients match the chosen filters.")
        return self.tr("There are no clients in this book yet.")

    def _update_totals(self) -> None:
        if self.overview is None:
            return
        rows: list[ClientLine] = self.visible_rows()
        n = len(self.overview.buckets)
        columns = zip(*(line.amounts_cents for line in rows), strict=True)
        sums = [sum(column) for column in columns] if rows else [0] * n
        parts = [
            self.tr("Clients: {count}").format(count=QLocale().toString(len(rows))),
            self.tr("open {amount}").format(amount=money(sum(sums), self.language)),
            *(
                f"{bucket_label(bucket)} {money(sums[i], self.language)}"
                for i, bucket in enumerate(self.overview.buckets)
            ),
        ]
        self.set_totals_text("   ·   ".join(parts))
