"""Vandaag te doen: the collection steps due on the as-of date, most urgent first.

Under the list, the selected step's details (``ui/worklist_detail.py``): before a first
reminder how its invoices went out, to confirm or correct; a step can be snoozed until a
day, and the snoozed ones shown and lifted early."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from debiteur_desk.services.worklist_items import WorkItem
from debiteur_desk.ui.book_view import BookView, Read
from debiteur_desk.ui.column_fit import Hide, Shrink, Step
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.worklist_model import WorklistModel, work_item_matches
from debiteur_desk.ui.worklist_detail import WorklistDetail

worklist = lazy_module("debiteur_desk.services.worklist")  # on the worker


class WorklistView(BookView):
    icon_name = "worklist"

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        model = WorklistModel(language)
        super().__init__(model, RowFilterProxy(work_item_matches), "worklist", parent=parent)
        self._items: list[WorkItem] = []
        self._snoozed: list[WorkItem] = []
        self.detail = WorklistDetail(language)
        self.layout().addWidget(self.detail)
        self.rows_changed.connect(self._update_totals)
        self.detail.show_snoozed_changed.connect(lambda _on: self._show_rows())
        self.view.selectionModel().selectionChanged.connect(self._selected)
        model.modelReset.connect(self._selected)

    def title(self) -> str:
        return self.tr("To do today")

    def menu_title(self) -> str:
        return self.tr("&To do today")

    def reads(self) -> Sequence[Read[Any]]:
        return (Read(lambda db, as_of: worklist.worklist_read(db, as_of), self.set_read),)

    def set_read(self, read: Any) -> None:
        """A ``services.worklist.WorklistRead``: the steps due, and those snoozed."""
        self._items, self._snoozed = list(read.items), list(read.snoozed)
        self._show_rows()

    def _show_rows(self) -> None:
        shown = self._items + (self._snoozed if self.detail.show_snoozed.isChecked() else [])
        self.model.set_rows(shown)
        self.rows_changed.emit()

    def current_item(self) -> WorkItem | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        item: WorkItem = self.model.row(self.proxy.mapToSource(index).row())
        return item

    def _selected(self, *_args: object) -> None:
        self.detail.show_item(self.current_item())

    def fit_steps(self) -> Sequence[Step]:
        """The reason is the long text (its tooltip has it whole); it gives way first."""
        return (
            Shrink("reason", 260),
            Shrink("client", 160),
            Hide("invoices"),
            Shrink("reason", 160),
            Hide("due_on"),
            Shrink("client", 120),
        )

    def empty_text(self, state: FilterState) -> str:
        if state.text.strip():
            return self.tr("Nothing to do for “{text}”.").format(text=state.text.strip())
        return self.tr("Nothing to do on this date.")  # the list has only a search

    def _update_totals(self) -> None:
        count = len([item for item in self.visible_rows() if item.snooze is None])
        text = self.tr("Steps to take: {count}").format(count=QLocale().toString(count))
        if self._snoozed:
            text += " · " + self.tr("%n snoozed", "", len(self._snoozed))
        self.set_totals_text(text)
