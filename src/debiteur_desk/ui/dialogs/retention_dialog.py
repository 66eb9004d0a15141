"""Old clients offered for anonymisation: closed (nothing open), their last invoice older
than the retention period (the setting ``privacy.retention_years``, at least 7 years by
art. 52 AWR). The user may set the period here; the list is read again for it.
The user ticks whom to anonymise and confirms; the caller runs the erasure.

The dialog never reads the book itself: when the period changes (after a short pause, so
that clicking up from 7 to 12 is one change) it emits ``years_changed``; the caller saves
the period and reads the list on the worker and hands it back with ``show_clients``.
Until then OK stays disabled, so what is anonymised is always what the list shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.dialogs.fields import FormDialog

if TYPE_CHECKING:
    from debiteur_desk.services.privacy import DueClient

ID_ROLE = Qt.ItemDataRole.UserRole
PAUSE_MS = 400  # after the last change of the period, before the list is read again


class RetentionDialog(FormDialog):
    years_changed = Signal(int)  # the period the user set: save it, read the list again

    def __init__(
        self, parent: QWidget | None, clients: list[DueClient], years: int, language: str
    ) -> None:
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("Anonymise old clients"))
        self.setObjectName("retention_dialog")
        self._language = language
        self._shown = self._asked = years  # the period of the list shown; last asked for
        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setValue(years)
        self.years.setSuffix(self.tr(" years"))
        period = QLabel(self.tr("&Retention period:"))
        period.setBuddy(self.years)
        self.why = QLabel(
            self.tr(
                "At least %1 years: the books must be kept that long (art. 52 AWR, "
                "art. 2:10 BW). A change is remembered for this book."
            ).replace("%1", str(MIN_RETENTION_YEARS))
        )
        self.why.setWordWrap(True)
        self.years.setToolTip(self.why.text())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.empty = QLabel(self.tr("There are no clients to anonymise."))
        self.understood = QCheckBox(
            self.tr("I understand that their personal data are erased for good")
        )
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._ask)
        self.years.valueChanged.connect(self._period_changed)

        row = QHBoxLayout()
        row.addWidget(period)
        row.addWidget(self.years)
        row.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(row)
        layout.addWidget(self.why)
        layout.addSpacing(6)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.understood)
        layout.addStretch(0)  # the spare height while there is no list
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anonymise"))
        self.watch(self.list.itemChanged, self.understood.toggled)
        self.show_clients(clients, years)
        self.finish(layout, grows=True)
        self.setMinimumWidth(480)

    # -- the period ------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        """The period was changed and the list for it has not come yet."""
        return self._pause.isActive() or self._asked != self._shown

    def _period_changed(self, _years: int) -> None:
        self._pause.start()
        self.revalidate()

    def _ask(self) -> None:
        years = self.years.value()
        if years != self._asked:
            self._asked = years
            self.years_changed.emit(years)
        self.revalidate()

    def show_clients(self, clients: list[DueClient], years: int) -> None:
        """The list for ``years`` (an answer to ``years_changed``; one overtaken by a later
        change is left out)."""
        if years != self._asked:
            return
        self._shown = years
        self.intro.setText(
            self.tr(
                "Clients with nothing open whose last invoice is more than %1 years old. "
                "Their personal data may go (art. 17 GDPR); the amounts and dates stay in "
                "the books. A backup is made first."
            ).replace("%1", str(years))
        )
        self.list.blockSignals(True)
        self.list.clear()
        none = self.tr("no invoices")
        for row in clients:
            last = (
                self.tr("last invoice %1").replace(
                    "%1", format_date(row.last_invoice, self._language)
                )
                if row.last_invoice
                else none
            )
            item = QListWidgetItem(f"{row.name}  ({last})")
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not clients)
        self.list.setVisible(bool(clients))
        self.understood.setVisible(bool(clients))
        self.revalidate()

    def keep_shown_period(self) -> None:
        """The new period could not be saved or read: back to the one the list is for."""
        self._pause.stop()
        self._asked = self._shown
        self.years.blockSignals(True)
        self.years.setValue(self._shown)
        self.years.blockSignals(False)
        self.revalidate()

    def done(self, result: int) -> None:
        """Closed right after changing the period: the change is still saved."""
        if self._pause.isActive():
            self._pause.stop()
            self._ask()
        super().done(result)

    # -- the choice -----------------------------------------------------------------------

    def is_valid(self) -> bool:
        return not self.reading and bool(self.value) and self.understood.isChecked()

    @property
    def value(self) -> tuple[int, ...]:
        """The clients ticked."""
        return tuple(
            int(item.data(ID_ROLE))
            for item in (self.list.item(n) for n in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
