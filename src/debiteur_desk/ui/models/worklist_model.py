"""The "Vandaag te doen" list: the worklist service's items, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from debiteur_desk.domain.search_text import contains
from debiteur_desk.services.worklist_items import WorkItem, describe
from debiteur_desk.ui.labels import ACTIONS, label
from debiteur_desk.ui.models.cells import day, money, text_key
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.models.table_model import Column, RowTableModel


def work_item_matches(item: WorkItem, state: FilterState) -> bool:
    return contains(state.needle, item.client_name)


class WorklistModel(RowTableModel[WorkItem]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        lang = language
        columns = [
            Column[WorkItem](
                "due_on",
                QT_TRANSLATE_NOOP("Columns", "Due"),
                lambda item: day(item.due_on, lang),
                lambda item: item.due_on,
            ),
            Column[WorkItem](
                "client",
                QT_TRANSLATE_NOOP("Columns", "Client"),
                lambda item: item.client_name,
                lambda item: text_key(item.client_name),
            ),
            Column[WorkItem](
                "action",
                QT_TRANSLATE_NOOP("Columns", "To do"),
                lambda item: label(ACTIONS, item.shown_action),
                lambda item: item.shown_action,
            ),
            Column[WorkItem](
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Amount"),
                lambda item: money(int(item.amount * 100), lang),
                lambda item: item.amount,
                numeric=True,
            ),
            Column[WorkItem](
                "invoices",
                QT_TRANSLATE_NOOP("Columns", "Invoices"),
                lambda item: str(len(item.invoice_ids)),
                lambda item: len(item.invoice_ids),
                numeric=True,
            ),
            Column[WorkItem](
                "reason",
                QT_TRANSLATE_NOOP("Columns", "Why"),
                lambda item: describe(item, lang),
                lambda item: item.reason,
                tooltip=lambda item: describe(item, lang),  # the whole reason where elided
            ),
        ]
        super().__init__(columns, lambda item: item.client_id, parent)
