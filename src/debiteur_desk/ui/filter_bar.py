"""The filter row above the tables: search, bucket, kind, status, and the as-of date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.aging import Bucket
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.labels import KINDS, STATUSES, bucket_label, label
from debiteur_desk.ui.models.filter_proxy import FilterState

_TYPING_PAUSE_MS = 150  # filter once the user pauses, not on every key


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    filter_changed = Signal(object)  # FilterState
    as_of_changed = Signal(object)  # date

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = FilterState()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, invoice number or city"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.bucket = QComboBox()
        self.bucket.setObjectName("bucket")
        self.bucket.addItem(self.tr("All ages"), None)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Consumers and businesses"), None)
        for code in KINDS:
            self.kind.addItem(label(KINDS, code), code)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Any status"), None)
        for code in ("open", "overdue", "partly_paid", "disputed"):
            self.status.addItem(label(STATUSES, code), code)
        self.as_of = QDateEdit(QDate(clock.today()))
        self.as_of.setObjectName("as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd-MM-yyyy" if language == "nl" else "dd/MM/yyyy")
        self.as_of.setToolTip(self.tr("Show the book as it stood on this date"))
        self.today = QPushButton(self.tr("Today"))
        self.today.setObjectName("today")
        self.today.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.bucket, 1)
        layout.addWidget(self.kind, 1)
        layout.addWidget(self.status, 1)
        layout.addSpacing(12)
        as_of_label = QLabel(self.tr("As of"))
        as_of_label.setBuddy(self.as_of)
        layout.addWidget(as_of_label)
        layout.addWidget(self.as_of)
        layout.addWidget(self.today)

        self._typing = QTimer(self, singleShot=True, interval=_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._emit_filter)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self.flush)
        for combo in (self.bucket, self.kind, self.status):
            combo.currentIndexChanged.connect(self._emit_filter)
        self.as_of.dateChanged.connect(self._date_changed)
        self.today.clicked.connect(lambda: self.as_of.setDate(QDate(clock.today())))

    @property
    def state(self) -> FilterState:
        return self._state

    @property
    def as_of_date(self) -> date:
        return _to_date(self.as_of.date())

    def set_buckets(self, buckets: Sequence[Bucket]) -> None:
        current = self.bucket.currentData()
        self.bucket.blockSignals(True)
        while self.bucket.count() > 1:
            self.bucket.removeItem(1)
        for i, bucket in enumerate(buckets):
            self.bucket.addItem(bucket_label(bucket), i)
        if current is not None and current < len(buckets):
            self.bucket.setCurrentIndex(current + 1)
        self.bucket.blockSignals(False)

    def set_bucket(self, index: int | None) -> None:
        self.bucket.setCurrentIndex(0 if index is None else index + 1)

    def flush(self) -> None:
        """Apply typed search text now (tests, Enter)."""
        self._typing.stop()
        self._emit_filter()

    def _emit_filter(self) -> None:
        state = FilterState(
            bucket=self.bucket.currentData(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            text=self.search.text(),
        )
        if state != self._state:
            self._state = state
            self.filter_changed.emit(state)

    def _date_changed(self, value: QDate) -> None:
        self.today.setEnabled(value != QDate(clock.today()))
        self.as_of_changed.emit(_to_date(value))
