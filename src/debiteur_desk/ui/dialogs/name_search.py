"""Finding a name in an editable combo box as in the tables: "celik" offers Çelik."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from debiteur_desk.domain.search_text import contains, folded


class FoldedContains(QSortFilterProxyModel):
    """The rows whose text contains what was typed, without case or accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        needle = folded(text.strip())
        if needle == self._needle:
            return
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.10
            self._needle = needle
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802 - Qt override
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        text = self.sourceModel().index(source_row, 0, source_parent).data() or ""
        return contains(self._needle, text)


def search_names(combo: QComboBox) -> FoldedContains:
    """Give an editable combo box a pop-up of the names that contain what is typed."""
    names = FoldedContains(combo)
    names.setSourceModel(combo.model())
    # Before the completer's own reaction to the same typing: it shows the filtered names.
    combo.lineEdit().textEdited.connect(names.set_text)
    completer = QCompleter(names, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    combo.setCompleter(completer)
    return names
