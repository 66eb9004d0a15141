"""A table over a filtered model with a totals line under it; the column widths are kept.

The overview, the invoices view and the worklist are each one of these with their own
model. When nothing is left to show, the table area says so ("Geen klanten gevonden voor
'celik'") instead of showing an empty grid; each view words it (:meth:`empty_text`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.ui import preferences
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.table_model import ID_ROLE, RowTableModel

_SAMPLE_ROWS = 60  # rows measured for a first column width; all rows would stall
_MAX_WIDTH = 210


class TablePanel(QWidget):
    activated = Signal(int)  # the id behind the row opened (double-click, Enter)
    rows_changed = Signal()  # filtered or reloaded: the totals may differ

    def __init__(
        self,
        model: RowTableModel[Any],
        proxy: RowFilterProxy,
        settings_key: str,
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        self._settings_key = settings_key
        self._widths_set = False
        proxy.setSourceModel(model)
        self.view = QTableView()
        self.view.setObjectName(f"{settings_key}_table")
        self.view.setModel(proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSortIndicator(*default_sort)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(self._activated)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(f"{settings_key}_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(mid); padding: 24px; }")
        self.table_area = QStackedWidget()
        self.table_area.addWidget(self.view)
        self.table_area.addWidget(self.empty_label)
        self._loaded_once = False
        self.totals = QLabel()
        self.totals.setObjectName(f"{settings_key}_totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setStyleSheet("QLabel { padding: 4px 2px; font-weight: 600; }")
        self.totals.setWordWrap(True)  # a long line of totals must not widen the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table_area)
        layout.addWidget(self.totals)
        model.modelReset.connect(self._after_reset)
        self.rows_changed.connect(self._show_rows_or_why_not)

    def add_context_actions(self, *actions: QAction) -> None:
        self.view.addActions(list(actions))

    def set_filter(self, state: FilterState) -> None:
        self.proxy.set_state(state)
        self.rows_changed.emit()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, row_id: int) -> bool:
        source_row = self.model.row_of_id(row_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def visible_rows(self) -> list[Any]:
        return self.proxy.visible_rows()

    def set_totals_text(self, text: str) -> None:
        self.totals.setText(text)

    def empty_text(self, state: FilterState) -> str:
        """What the table area says when no row is shown; the views word it for their rows."""
        if state.text.strip():
            found = QCoreApplication.translate("TablePanel", "Nothing found for “{text}”.")
            return found.format(text=state.text.strip())
        if state.active:
            return QCoreApplication.translate("TablePanel", "Nothing matches the chosen filters.")
        return ""

    def _show_rows_or_why_not(self) -> None:
        if not self._loaded_once or self.proxy.rowCount():
            self.table_area.setCurrentWidget(self.view)
            return
        text = self.empty_text(self.proxy.state)
        self.empty_label.setText(text)
        self.table_area.setCurrentWidget(self.empty_label if text else self.view)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None:
            self.activated.emit(int(value))

    def _after_reset(self) -> None:
        self._loaded_once = True
        if not self._widths_set and self.model.rowCount():
            self._widths_set = True
            header = self.view.horizontalHeader()
            if not preferences.restore_header(header, self._header_key()):
                self._default_widths()
        self.rows_changed.emit()

    def _header_key(self) -> str:
        return f"{self._settings_key}-{self.model.columnCount()}"

    def _default_widths(self) -> None:
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        rows = min(_SAMPLE_ROWS, self.model.rowCount())
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = header_metrics.horizontalAdvance(title) + 24  # room for the sort arrow
            for row in range(rows):
                text = self.model.index(row, column).data() or ""
                widest = max(widest, metrics.horizontalAdvance(text) + 14)
            self.view.setColumnWidth(column, min(widest, _MAX_WIDTH))

    def save_state(self) -> None:
        if self._widths_set:
            preferences.save_header(self.view.horizontalHeader(), self._header_key())
