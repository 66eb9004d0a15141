"""The timeline table: one row per event of a client's history, with an icon per kind.

Events come from ``services/timeline.py`` with codes; ``ui/timeline_words.py`` words them
in the user's language. Icons are small painted badges (our own drawing: no icon licence).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QIcon, QPainter, QPixmap

from debiteur_desk.domain.money import to_cents
from debiteur_desk.services.timeline import TimelineEvent
from debiteur_desk.ui.models.cells import day, money
from debiteur_desk.ui.models.table_model import Column, RowTableModel
from debiteur_desk.ui.timeline_words import what_happened

REF_KIND_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4

# Filter groups: what the user can show or hide, in the order of the filter buttons.
GROUPS = {
    "invoices": QT_TRANSLATE_NOOP("Timeline", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("Timeline", "Payments"),
    "letters": QT_TRANSLATE_NOOP("Timeline", "Letters"),
    "contacts": QT_TRANSLATE_NOOP("Timeline", "Contacts"),
    "agreements": QT_TRANSLATE_NOOP("Timeline", "Promises"),
    "plans": QT_TRANSLATE_NOOP("Timeline", "Payment plans"),
}

# kind: (filter group, badge colour, sign in the badge)
KIND_LOOKS: dict[str, tuple[str, str, str]] = {
    "invoice_made": ("invoices", "#1e66c5", "\u25a4"),
    "invoice_sent": ("invoices", "#1e66c5", "\u25a4"),
    "credit_note": ("invoices", "#7b1fa2", "\u2212"),
    "write_off": ("invoices", "#616161", "\u2715"),
    "payment": ("payments", "#2e7d32", "\u20ac"),
    "letter": ("letters", "#e07b00", "\u2709"),
    "phone": ("contacts", "#00838f", "\u260e"),
    "email": ("contacts", "#00838f", "@"),
    "letter_contact": ("contacts", "#00838f", "\u2709"),
    "visit": ("contacts", "#00838f", "\u2302"),
    "note": ("contacts", "#546e7a", "\u270e"),
    "handover": ("contacts", "#b3261e", "\u2696"),
    "agreement_made": ("agreements", "#3949ab", "\u270d"),
    "agreement_kept": ("agreements", "#2e7d32", "\u2713"),
    "agreement_broken": ("agreements", "#b3261e", "\u2717"),
    "agreement_cancelled": ("agreements", "#757575", "\u2013"),
    "plan_made": ("plans", "#6d4c41", "\u2261"),
    "instalment_due": ("plans", "#8d6e63", "\u2026"),
    "instalment_paid": ("plans", "#2e7d32", "\u20ac"),
}
_UNKNOWN = ("contacts", "#757575", "?")


def kind_group(kind: str) -> str:
    return KIND_LOOKS.get(kind, _UNKNOWN)[0]


event_text = what_happened  # the "What happened" column; ``timeline_words.py`` words it


@cache
def _badge_font() -> QFont:
    """DejaVu Sans, which the app ships for its letters: the same glyphs on every PC."""
    path = files("debiteur_desk") / "resources" / "fonts" / "DejaVuSans.ttf"
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(families[0] if families else "Sans Serif")
    font.setPixelSize(11)
    font.setBold(True)
    return font


@cache
def kind_icon(kind: str) -> QIcon:
    """A round badge in the kind's colour with a white sign in it."""
    _group, colour, glyph = KIND_LOOKS.get(kind, _UNKNOWN)
    icon = QIcon()
    for size in (16, 20, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
        font = QFont(_badge_font())
        font.setPixelSize(round(size * 0.62))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


_FUTURE = QBrush(QColor("#8a8a8a"))


class TimelineModel(RowTableModel[TimelineEvent]):
    """Rows are events newest first; ``ID_ROLE`` is the record id, ``REF_KIND_ROLE`` its kind."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        self.language = language
        self.as_of: date | None = None
        lang = language
        columns = [
            Column[TimelineEvent](
                "when",
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda e: day(e.when, lang),
                lambda e: e.when,
            ),
            Column[TimelineEvent](
                "what",
                QT_TRANSLATE_NOOP("Columns", "What happened"),
                lambda e: event_text(e, lang),
                lambda e: event_text(e, lang).casefold(),
            ),
            Column[TimelineEvent](
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Amount"),
                lambda e: "" if e.amount is None else _money(e, lang),
                lambda e: e.amount or 0,
                numeric=True,
            ),
            Column[TimelineEvent](
                "note",
                QT_TRANSLATE_NOOP("Columns", "Note"),
                lambda e: " ".join(e.note.split()),
                lambda e: e.note.casefold(),
                tooltip=lambda e: e.note,
            ),
        ]
        super().__init__(columns, lambda e: e.ref_id, parent)

    def set_events(self, events: Sequence[TimelineEvent], as_of: date) -> None:
        self.as_of = as_of
        self.set_rows(events)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        event = self.row(index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return kind_icon(event.kind)
        if role == REF_KIND_ROLE:
            return event.ref_kind
        if role == GROUP_ROLE:
            return kind_group(event.kind)
        if role == Qt.ItemDataRole.ForegroundRole and self._planned(event):
            return _FUTURE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return event_text(event, self.language)
        return super().data(index, role)

    def _planned(self, event: TimelineEvent) -> bool:
        """Not yet happened: an instalment due after the as-of date."""
        return self.as_of is not None and event.when > self.as_of


def _money(event: TimelineEvent, language: str) -> str:
    return money(to_cents(event.amount or 0), language)


class TimelineFilter(QSortFilterProxyModel):
    """Shows the events of the chosen groups; sorting is the source model's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups = set(GROUPS)

    @property
    def groups(self) -> set[str]:
        return set(self._groups)

    def set_groups(self, groups: set[str]) -> None:
        if groups == self._groups:
            return
        self.beginFilterChange()
        self._groups = set(groups)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        return kind_group(model.row(source_row).kind) in self._groups

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, TimelineModel)
        model.sort(column, order)
