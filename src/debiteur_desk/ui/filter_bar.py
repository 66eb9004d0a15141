"""The filter row above the tables: search, bucket, kind, status, collection state (only
the debtors with something promised, in a plan, disputed, handed over or a broken
promise), and the as-of date.

The as-of date is typed (``15-05-2026``, ``15/05/2026``) or picked from its calendar; the
book is read again once the typing pauses on a valid date, at once for a picked date,
Enter or the Today button. While the text is not a date the last valid one stays in force,
and leaving the field puts it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.aging import Bucket
from debiteur_desk.ui.collectability_words import READING_ORDER, category_name
from debiteur_desk.ui.dialogs.date_field import DateField
from debiteur_desk.ui.icons import icon
from debiteur_desk.ui.labels import KINDS, STATUSES, bucket_label, label
from debiteur_desk.ui.models.filter_proxy import FilterState

_TYPING_PAUSE_MS = 150  # filter once the user pauses, not on every key
_DATE_PAUSE_MS = 400  # "2026-05-1" is a date too: wait for the whole of "2026-05-15"


def whole_width(combo: QComboBox, index: int) -> int:
    """How wide ``combo`` must be to show its entry ``index`` whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.itemText(index)), metrics.height())
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    )


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
        self.search.setMinimumWidth(170)  # at 1024 pixels the combos' choices come first
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
        for code in ("open", "overdue", "partly_paid", "disputed", "paid"):
            self.status.addItem(label(STATUSES, code), code)
        self.collectability = QComboBox()
        self.collectability.setObjectName("collectability")
        self.collectability.setToolTip(
            self.tr("Show only the debtors with something open in this state")
        )
        self.collectability.addItem(self.tr("Any arrangement"), None)
        for kind in READING_ORDER:
            self.collectability.addItem(category_name(kind), kind.value)
        # Narrow screens: the combo may show less than its longest entry, but "Any
        # arrangement" (what it shows until the user chooses) whole.
        self.collectability.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.collectability.setMinimumContentsLength(1)
        self.collectability.setMinimumWidth(whole_width(self.collectability, 0))
        self._as_of = clock.today()
        self.as_of = DateField(compact=True)
        self.as_of.setObjectName("as_of")
        self.as_of.set_date(self._as_of)
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
        layout.addWidget(self.collectability, 1)
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
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._emit_filter)
        self._date_typing = QTimer(self, singleShot=True, interval=_DATE_PAUSE_MS)
        self._date_typing.timeout.connect(self._apply_date)
        self.as_of.date_changed.connect(self._date_typing.start)
        self.as_of.line_edit.editingFinished.connect(self._date_done)
        self.as_of.picker.menu().aboutToHide.connect(self._apply_date)
        self.today.clicked.connect(lambda: self.set_as_of(clock.today()))

    @property
    def state(self) -> FilterState:
        return self._state

    @property
    def as_of_date(self) -> date:
        """The date the book is shown as of (the last valid one while typing)."""
        return self._as_of

    def set_as_of(self, day: date) -> None:
        """Show the book as of ``day`` now (the Today button, tests)."""
        self.as_of.set_date(day)
        self._apply_date()

    def combos(self) -> tuple[QComboBox, ...]:
        """The choices that filter the tables ("clear filters" resets them)."""
        return (self.bucket, self.kind, self.status, self.collectability)

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
            collectability=self.collectability.currentData(),
        )
        if state != self._state:
            self._state = state
            self.filter_changed.emit(state)

    def _date_done(self) -> None:
        """Enter or leaving the field: a valid date counts now, anything else is undone."""
        if self.as_of.date is None:
            self.as_of.set_date(self._as_of)
        self._apply_date()

    def _apply_date(self) -> None:
        self._date_typing.stop()
        day = self.as_of.date
        if day is None or day == self._as_of:
            return
        self._as_of = day
        self.today.setEnabled(day != clock.today())
        self.as_of_changed.emit(day)
