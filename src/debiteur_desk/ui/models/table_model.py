"""A read-only table over the rows of one query (named tuples, never ORM objects).

Cells are made into text only when a view asks for them. Every row answers
``ID_ROLE`` (the entity behind it) and every cell ``SORT_ROLE`` (the value it sorts
by). :meth:`RowTableModel.sort` orders the rows by those sort values in Python:
Qt's own proxy sort asks the model for two values per comparison, which costs about
0.8 s on 10,000 rows with a Python model (benchmarks/bench_table.py), against a few
milliseconds for one ``list.sort`` over precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_ALERT = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: a stable key (saved column widths), an English title marked for
    translation in the ``Columns`` context, how to show a row, and what to sort it by."""

    key: str
    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any]
    numeric: bool = False
    alert: Callable[[R], bool] | None = None  # shown in red when true
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        columns: Sequence[Column[R]],
        row_id: Callable[[R], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_id = row_id
        self._rows: list[R] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- contents -------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    @property
    def rows(self) -> Sequence[R]:
        return self._rows

    def row(self, source_row: int) -> R:
        return self._rows[source_row]

    def set_rows(self, rows: Sequence[R], columns: Sequence[Column[R]] | None = None) -> None:
        """New rows (and columns, when they change with the data), kept in the current order."""
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._rows = list(rows)
        if self._sorted_by is not None:
            column, order = self._sorted_by
            if column < len(self._columns):
                self._rows = self._sorted(self._rows, column, order)
        self.endResetModel()

    def row_of_id(self, row_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return i
        return None

    # -- Qt model interface -----------------------------------------------------

    # index() is asked for every cell a view paints; Qt's own version asks rowCount() and
    # columnCount() first, which would be two more calls into Python per cell.
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < len(self._columns)
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Centred, not right-aligned: the sort arrow is drawn at the right edge.
            return _CENTRE if column.numeric else _LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.alert is not None:
            return _ALERT if column.alert(row) else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    # -- sorting ----------------------------------------------------------------

    def _sorted(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        key = self._columns[column].sort_key
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        key = self._columns[column].sort_key
        keys = [key(row) for row in self._rows]
        order_of = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_position = [0] * len(order_of)
        for new, old in enumerate(order_of):
            new_position[old] = new
        self._rows = [self._rows[i] for i in order_of]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()
