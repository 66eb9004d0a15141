"""The Debiteuren overview: one row per client, its open amount per aging bucket."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from debiteur_desk.domain import clock
from debiteur_desk.domain.aging import Bucket
from debiteur_desk.domain.search_text import contains
from debiteur_desk.services.overview_lines import ClientLine, NextAction
from debiteur_desk.ui.labels import ACTIONS, KINDS, bucket_label, label
from debiteur_desk.ui.models.cells import day, money, money_or_blank, text_key
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.models.table_model import Column, RowTableModel

_NO_DAYS = -1  # sorts a client with nothing open below one that is due today
_NO_DATE = 0  # ordinal before any real date


def client_matches(line: ClientLine, state: FilterState) -> bool:
    """A client matches when it has open invoices that fit the bucket and the status."""
    if state.kind is not None and line.kind != state.kind:
        return False
    if state.bucket is not None and not line.amounts_cents[state.bucket]:
        return False
    if state.status == "overdue" and not line.overdue:
        return False
    if state.status == "partly_paid" and not line.partly_paid:
        return False
    if state.status == "disputed" and not line.disputed:
        return False
    if state.status == "open" and not line.open_cents:
        return False
    if state.status == "paid" and line.open_cents:  # everything paid: nothing open
        return False
    return contains(state.needle, line.name, line.city)


class ClientOverviewModel(RowTableModel[ClientLine]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self._next: Mapping[int, NextAction] = {}
        self._as_of = clock.today()
        super().__init__(self._columns_for(()), lambda line: line.id, parent)

    def set_data(
        self, clients: Sequence[ClientLine], buckets: Sequence[Bucket], as_of: date | None = None
    ) -> None:
        self._as_of = as_of or clock.today()
        self.set_rows(clients, self._columns_for(buckets))

    def set_next_actions(self, actions: Mapping[int, NextAction]) -> None:
        self._next = actions
        if self.rowCount():
            column = next(i for i, c in enumerate(self.columns) if c.key == "next_action")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def next_action(self, client_id: int) -> NextAction | None:
        return self._next.get(client_id)

    def _next_text(self, line: ClientLine) -> str:
        action = self._next.get(line.id)
        if action is None:
            return ""
        what, when = label(ACTIONS, action.action), day(action.due_on, self.language)
        if action.due_on < self._as_of:  # long due: how long shows in "days late"
            return self.tr("{action} (since {day})").format(action=what, day=when)
        if action.due_on == self._as_of:
            return self.tr("{action} (today)").format(action=what)
        return f"{what} ({when})"

    def _next_sort(self, line: ClientLine) -> tuple[int, str]:
        action = self._next.get(line.id)
        return (action.due_on.toordinal(), action.action) if action else (10**7, "")

    def _columns_for(self, buckets: Sequence[Bucket]) -> list[Column[ClientLine]]:
        lang = self.language
        per_bucket = [
            Column[ClientLine](
                f"bucket_{i}",
                bucket_label(bucket),
                lambda line, i=i: money_or_blank(line.amounts_cents[i], lang),
                lambda line, i=i: line.amounts_cents[i],
                numeric=True,
                alert=(lambda line, i=i: i == len(buckets) - 1 and line.amounts_cents[i] > 0),
            )
            for i, bucket in enumerate(buckets)
        ]
        return [
            Column[ClientLine](
                "name", QT_TRANSLATE_NOOP("Columns", "Client"), _name, _name_key, tooltip=_name
            ),
            Column[ClientLine](
                "kind",
                QT_TRANSLATE_NOOP("Columns", "Kind"),
                lambda line: label(KINDS, line.kind),
                lambda line: line.kind,
            ),
            Column[ClientLine](
                "city", QT_TRANSLATE_NOOP("Columns", "City"), _city, lambda c: text_key(c.city)
            ),
            Column[ClientLine](
                "open",
                QT_TRANSLATE_NOOP("Columns", "Open"),
                lambda line: money(line.open_cents, lang),
                lambda line: line.open_cents,
                numeric=True,
            ),
            *per_bucket,
            Column[ClientLine](
                "days_overdue",
                QT_TRANSLATE_NOOP("Columns", "Days late"),
                lambda line: str(line.days_overdue) if line.days_overdue else "",
                lambda line: _NO_DAYS if line.days_overdue is None else line.days_overdue,
                numeric=True,
            ),
            Column[ClientLine](
                "last_contact",
                QT_TRANSLATE_NOOP("Columns", "Last contact"),
                lambda line: day(line.last_contact, lang),
                lambda line: line.last_contact.toordinal() if line.last_contact else _NO_DATE,
            ),
            Column[ClientLine](
                "next_action",
                QT_TRANSLATE_NOOP("Columns", "Next action"),
                self._next_text,
                self._next_sort,
                tooltip=self._next_text,  # the whole text where the column is narrow
            ),
        ]


def _name(line: ClientLine) -> str:
    return line.name


def _name_key(line: ClientLine) -> str:
    return text_key(line.name)


def _city(line: ClientLine) -> str:
    return line.city
