"""The timeline panel of the client view: filter buttons per kind of event and the list.

Double-click (or Enter) on an event emits ``event_activated`` with the event; the client
view decides what to open. ``event_details_html`` is the read-only description of one event.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.services.timeline import TimelineEvent
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.ui.flow_layout import FlowLayout
from debiteur_desk.ui.models.timeline_model import (
    GROUPS,
    TimelineFilter,
    TimelineModel,
    event_text,
    kind_icon,
)
from debiteur_desk.ui.row_table import row_table
from debiteur_desk.ui.screen_fit import rows_high
from debiteur_desk.ui.timeline_words import detail_label, detail_value, translated

# The kind whose badge stands for a filter group on its button.
_GROUP_ICON = {
    "invoices": "invoice_sent",
    "payments": "payment",
    "letters": "letter",
    "contacts": "phone",
    "agreements": "agreement_made",
    "plans": "plan_made",
}


def event_details_html(event: TimelineEvent, language: str) -> str:
    """What the details box says about one event (read-only)."""
    rows = [(QCoreApplication.translate("Timeline", "Date"), format_date(event.when, language))]
    if event.amount is not None:
        amount = format_money(event.amount, language)
        rows.append((QCoreApplication.translate("Timeline", "Amount"), amount))
    for key, value in event.details:
        rows.append((detail_label(key), detail_value(event, key, value, language)))
    if event.note:
        rows.append((QCoreApplication.translate("Timeline", "Note"), event.note))
    cells = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<p><b>{html.escape(event_text(event, language))}</b></p><table>{cells}</table>"


class TimelineView(QWidget):
    event_activated = Signal(object)  # TimelineEvent

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.model = TimelineModel(language, self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, row_height=24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 330, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.buttons: dict[str, QToolButton] = {}
        filters = FlowLayout(spacing=4)  # wraps on a narrow page: no button cut to "Fa…en"
        filters.addWidget(QLabel(self.tr("Show:")))
        for group, name in GROUPS.items():
            button = QToolButton()
            button.setText(translated(name))
            button.setIcon(kind_icon(_GROUP_ICON[group]))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.toggled.connect(self._filter_changed)
            self.buttons[group] = button
            filters.addWidget(button)
        self.count = QLabel()
        filters.addWidget(self.count)
        self.table.setMinimumHeight(rows_high(self.table, 6))  # six events at least
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_events(self, events: Sequence[TimelineEvent], as_of: date) -> None:
        self.model.set_events(events, as_of)
        self._show_count()

    def show_groups(self, groups: set[str]) -> None:
        """Check exactly these filter buttons."""
        for group, button in self.buttons.items():
            button.setChecked(group in groups)

    def visible_events(self) -> list[TimelineEvent]:
        return [
            self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def _filter_changed(self, _checked: bool) -> None:
        self.proxy.set_groups({g for g, b in self.buttons.items() if b.isChecked()})
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%n event(s)", "", total)
            if shown == total
            else self.tr("{shown} of %n event(s)", "", total).format(shown=shown)
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.event_activated.emit(self.model.row(self.proxy.mapToSource(index).row()))
