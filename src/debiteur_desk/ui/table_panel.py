"""A table over a filtered model with a totals line under it; the column widths are kept.

The overview, the invoices view and the worklist are each one of these with their own
model. When nothing is left to show, the table area says so ("Geen klanten gevonden voor
'celik'") instead of showing an empty grid; each view words it (:meth:`empty_text`).

Until the user sets a width or picks columns (the header's context menu), the columns fit
the width the list has: its contents where there is room, and otherwise the view's
:meth:`fit_steps` narrow and leave out what matters least at that width (``column_fit``).
They fit again as the list is resized (a client opened beside it, a larger window). Once
the user has set them, they stay as set, also after a restart: they are saved per column
key on close and put back once the model has its columns and rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.ui import preferences
from debiteur_desk.ui.clipped_label import ClippedLabel
from debiteur_desk.ui.column_fit import Step, fit_columns
from debiteur_desk.ui.models.filter_proxy import FilterState, RowFilterProxy
from debiteur_desk.ui.models.table_model import ID_ROLE, RowTableModel
from debiteur_desk.ui.row_table import row_table

_SAMPLE_ROWS = 60  # rows measured for a column's width; all rows would stall
_MAX_WIDTH = 420  # a column's own width at most; a wider text is elided


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
        self._restored = False  # the saved columns are applied (once there were rows)
        self._custom = False  # the user has set widths or columns: they stay as set
        self._fitting = False  # widths being set here, not by the user
        self._natural: dict[str, int] | None = None  # measured widths, until the next read
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)
        proxy.setSourceModel(model)
        self.view = row_table(proxy, row_height=self.fontMetrics().height() + 8)
        self.view.setObjectName(f"{settings_key}_table")
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSortIndicator(*default_sort)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.activated.connect(self._activated)
        header = self.view.horizontalHeader()
        header.sectionResized.connect(self._section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.view.viewport().installEventFilter(self)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(f"{settings_key}_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: palette(mid); padding: 24px; }")
        self.table_area = QStackedWidget()
        self.table_area.addWidget(self.view)
        self.table_area.addWidget(self.empty_label)
        self._loaded_once = False
        self.totals = ClippedLabel(max_lines=2)  # never wider than the list, two lines at most
        self.totals.setObjectName(f"{settings_key}_totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setStyleSheet("QLabel { padding: 4px 2px; font-weight: 600; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table_area)
        layout.addWidget(self.totals)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        model.dataChanged.connect(self._contents_changed)  # e.g. the next steps, read later
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

    def fit_steps(self) -> Sequence[Step]:
        """What gives way, in order, when the columns do not fit (see ``column_fit``)."""
        return ()

    @property
    def user_columns(self) -> bool:
        """The user has set the widths or chosen the columns (they no longer fit)."""
        return self._custom

    # -- column widths ---------------------------------------------------------------

    def _contents_changed(self, *_args: object) -> None:
        self._natural = None
        self._schedule_fit()

    def _before_reset(self) -> None:
        self._fitting = True  # the header may resize sections while it resets
        self._natural = None

    def _after_reset(self) -> None:
        self._loaded_once = True
        self._fitting = False
        if self.model.rowCount():
            if not self._restored:
                self._restore()
            self._schedule_fit()
        self.rows_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._schedule_fit()
        return False

    def _schedule_fit(self, *_args: object) -> None:
        if self._restored and not self._custom:
            self._fit_timer.start()

    def fit_columns(self) -> None:
        """Widths (and columns) that fit the list's width, unless the user has set them."""
        available = self.view.viewport().width()
        if self._custom or not self._restored or not self.view.isVisible() or available <= 0:
            return
        fit = fit_columns(self._natural_widths(), available, self.fit_steps())
        self._apply(fit.widths, fit.hidden)

    def _keys(self) -> list[str]:
        return [column.key for column in self.model.columns]

    def _apply(self, widths: dict[str, int], hidden: set[str] | frozenset[str]) -> None:
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for index, key in enumerate(self._keys()):
                header.setSectionHidden(index, key in hidden)
                if key not in hidden and key in widths:
                    header.resizeSection(index, widths[key])
        finally:
            self._fitting = False

    def _natural_widths(self) -> dict[str, int]:
        """Each column as wide as its title and the text of the first rows (measured once
        per read, not on every resize)."""
        if self._natural is None:
            self._natural = self._measure()
        return self._natural

    def _measure(self) -> dict[str, int]:
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        rows = min(_SAMPLE_ROWS, self.model.rowCount())
        widths = {}
        for column, key in enumerate(self._keys()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = header_metrics.horizontalAdvance(title) + 24  # room for the sort arrow
            for row in range(rows):
                text = self.model.index(row, column).data() or ""
                widest = max(widest, metrics.horizontalAdvance(text) + 14)
            widths[key] = min(widest, _MAX_WIDTH)
        return widths

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        """A width the user set (a drag, a double-click on the edge) is kept from now on."""
        header = self.view.horizontalHeader()
        if self._fitting or not self._restored or not header.isVisible():
            return
        if header.stretchLastSection() and index == self._last_visible():
            return  # stretched to the view's width, not set by the user
        self._custom = True

    def _last_visible(self) -> int:
        header = self.view.horizontalHeader()
        for visual in reversed(range(header.count())):
            index = header.logicalIndex(visual)
            if not header.isSectionHidden(index):
                return index
        return -1

    def _header_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().viewport().mapToGlobal(position))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """The header's context menu: which columns to show, or fit them to the window."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        for index in range(self.model.columnCount()):
            title = str(self.model.headerData(index, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(index in shown)
            action.setEnabled(shown != [index])  # the last column shown stays
            action.toggled.connect(lambda on, i=index: self._show_column(i, on))
        menu.addSeparator()
        fit = menu.addAction(QCoreApplication.translate("TablePanel", "Fit columns to the window"))
        fit.triggered.connect(self.reset_columns)
        return menu

    def _show_column(self, index: int, shown: bool) -> None:
        self._custom = True
        header = self.view.horizontalHeader()
        header.setSectionHidden(index, not shown)
        if shown and header.sectionSize(index) < header.minimumSectionSize() + 4:
            key = self._keys()[index]
            self._apply({key: self._natural_widths()[key]}, set())

    def reset_columns(self) -> None:
        """Forget the user's widths and columns: they fit the window again."""
        self._custom = False
        self.fit_columns()

    def _restore(self) -> None:
        """The saved sort, and the user's widths and columns if they had set them."""
        self._restored = True
        state = preferences.restore_table(self._settings_key)
        if state is None:
            return
        keys = self._keys()
        sort = state.get("sort")
        if isinstance(sort, list) and len(sort) == 2 and sort[0] in keys:
            order = Qt.SortOrder(int(sort[1]))
            self.view.horizontalHeader().setSortIndicator(keys.index(sort[0]), order)
        widths = state.get("widths")
        if isinstance(widths, dict) and widths:
            self._custom = True
            natural = self._natural_widths()
            own = {key: int(widths.get(key, natural[key])) for key in keys}
            self._apply(own, {key for key in state.get("hidden", ()) if key in keys})

    def save_state(self) -> None:
        """The sort, and the widths and columns if the user set them (else they fit anew)."""
        if not self._restored:
            return  # never shown with rows: what was saved before still holds
        header, keys = self.view.horizontalHeader(), self._keys()
        state: dict[str, object] = {}
        if 0 <= header.sortIndicatorSection() < len(keys):
            sort_order = header.sortIndicatorOrder().value
            state["sort"] = [keys[header.sortIndicatorSection()], sort_order]
        if self._custom:
            visible = [i for i in range(len(keys)) if not header.isSectionHidden(i)]
            state["widths"] = {keys[i]: header.sectionSize(i) for i in visible}
            state["hidden"] = [keys[i] for i in range(len(keys)) if i not in visible]
        preferences.save_table(self._settings_key, state)
