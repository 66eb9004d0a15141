"""Filtering and sorting of a :class:`RowTableModel` through a ``QSortFilterProxyModel``.

Filtering is the proxy's own (``filterAcceptsRow`` with a matcher per kind of row).
Sorting is handed to the source model, which orders its rows by the sort role's values
in one Python sort (see ``table_model.py`` for why); the proxy keeps the source order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from debiteur_desk.domain.search_text import folded
from debiteur_desk.ui.models.table_model import RowTableModel


@dataclass(frozen=True)
class FilterState:
    """What the filter bar asks for; ``None`` means any."""

    bucket: int | None = None
    kind: str | None = None
    status: str | None = None  # "open", "overdue", "partly_paid", "disputed", "paid"
    text: str = ""  # matched without case or accents against name, number and city
    # a collection state (domain/collectability.Category): the overview shows only the
    # clients with something open in it; other views ignore it
    collectability: str | None = None

    def with_(self, **changes: Any) -> FilterState:
        return replace(self, **changes)

    @property
    def needle(self) -> str:
        """The search text as ``search_text.contains`` compares it ("celik" for "Çelik")."""
        return folded(self.text.strip())

    @property
    def active(self) -> bool:
        return self != FilterState()


Matcher = Callable[[Any, FilterState], bool]


class RowFilterProxy(QSortFilterProxyModel):
    def __init__(self, matcher: Matcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matcher = matcher
        self._state = FilterState()
        self._active = False
        # Rows change only by a reset (a new read) or a sort; re-filtering on every
        # dataChanged would call the Python matcher for every row again.
        self.setDynamicSortFilter(False)

    @property
    def state(self) -> FilterState:
        return self._state

    def set_state(self, state: FilterState) -> None:
        if state == self._state:
            return
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self._state, self._active = state, state.active
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._state, self._active = state, state.active
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Filter again with the same state: what the matcher reads besides the row changed."""
        if not self._active:
            return
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source(self) -> RowTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return model

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self._active:
            return True
        return self._matcher(self.source().row(source_row), self._state)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def visible_rows(self) -> list[Any]:
        """The rows as shown: filtered, in the current order (totals, printing)."""
        rows = self.source().rows
        if not self._active:
            return list(rows)
        state, matches = self._state, self._matcher
        return [row for row in rows if matches(row, state)]
