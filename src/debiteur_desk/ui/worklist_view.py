"""Vandaag te doen: the collection steps due on the as-of date, most urgent first."""

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

worklist = lazy_module("debiteur_desk.services.worklist")  # on the worker


class WorklistView(BookView):
    icon_name = "worklist"

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        model = WorklistModel(language)
        super().__init__(model, RowFilterProxy(work_item_matches), "worklist", parent=parent)
        self.rows_changed.connect(self._update_totals)

    def title(self) -> str:
        return self.tr("To do today")

    def menu_title(self) -> str:
        return self.tr("&To do today")

    def reads(self) -> Sequence[Read[Any]]:
        return (Read(lambda db, as_of: worklist.worklist(db, as_of), self.set_items),)

    def set_items(self, items: Sequence[WorkItem]) -> None:
        self.model.set_rows(items)

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
        count = len(self.visible_rows())
        self.set_totals_text(
            self.tr("Steps to take: {count}").format(count=QLocale().toString(count))
        )
