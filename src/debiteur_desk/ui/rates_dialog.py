"""Beeld → Wettelijke rente: the statutory interest rate table per kind, with its sources,
which rows are verified and which the user added; add a rate, mark one verified, and see
at the top which rate changes (1 January, 1 July) the table is missing
(services/rates.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.rate_warnings import rate_change_days
from debiteur_desk.text.formatting import format_percent
from debiteur_desk.text.messages_rates import describe_rate_warning
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.dialogs.rate_dialog import HINT_COLOUR, RateDialog, kind_title
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.models.cells import day
from debiteur_desk.ui.models.table_model import Column, RowTableModel
from debiteur_desk.ui.row_table import row_table
from debiteur_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.rates import RateLine, RateTable
    from debiteur_desk.ui.operations import Operations

rates = lazy_module("debiteur_desk.services.rates")  # loads on the worker thread


class RateModel(RowTableModel["RateLine"]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        lang = language
        columns = [
            Column["RateLine"](
                "from_date",
                QT_TRANSLATE_NOOP("Columns", "From"),
                lambda r: day(r.from_date, lang),
                lambda r: r.from_date,
            ),
            Column["RateLine"](
                "rate",
                QT_TRANSLATE_NOOP("Columns", "Rate"),
                lambda r: format_percent(r.rate, lang),
                lambda r: r.rate,
                numeric=True,
            ),
            Column["RateLine"](
                "verified",
                QT_TRANSLATE_NOOP("Columns", "Verified"),
                lambda r: self.tr("yes") if r.verified else self.tr("no — check it"),
                lambda r: r.verified,
                alert=lambda r: not r.verified,
            ),
            Column["RateLine"](
                "origin",
                QT_TRANSLATE_NOOP("Columns", "Entered by"),
                lambda r: self.tr("you") if r.user_added else self.tr("shipped with the app"),
                lambda r: r.user_added,
            ),
            Column["RateLine"](
                "source",
                QT_TRANSLATE_NOOP("Columns", "Source"),
                lambda r: r.source,
                lambda r: r.source.casefold(),
                tooltip=lambda r: r.source,
            ),
        ]
        super().__init__(columns, lambda r: r.id, parent)


def _table(model: RateModel) -> QTableView:
    table = row_table(model)
    table.setWordWrap(True)
    # rows as high as their wrapped source, also after the window or a column is resized
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(model.columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class RatesDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ops: Operations, db: Database, language: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Statutory interest rates"))
        self._ops, self._db, self._language = ops, db, language
        self._table: RateTable | None = None
        self.add_dialog: RateDialog | None = None
        self.missing = QLabel()
        self.missing.setObjectName("rates_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {HINT_COLOUR}; font-weight: 600;")
        self.missing.hide()
        explanation = QLabel(
            self.tr(
                "The rates the app calculates statutory interest with. They change on "
                "1 January and 1 July. A rate marked unverified could not be confirmed from an "
                "official source: check it against the decree on wetten.overheid.nl (consumers) "
                "or the ECB rate plus 8 points (businesses), correct it if needed by adding a "
                "rate from the same day, and mark it verified."
            )
        )
        explanation.setWordWrap(True)
        self.tabs = QTabWidget()
        self.models: dict[InterestKind, RateModel] = {}
        self.tables: dict[InterestKind, QTableView] = {}
        for kind in InterestKind:
            model = RateModel(language, self)
            self.models[kind], self.tables[kind] = model, _table(model)
            self.tables[kind].selectionModel().selectionChanged.connect(self._update_buttons)
            self.tabs.addTab(self.tables[kind], kind_title(kind))
        self.tabs.currentChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a rate…"))
        self.verify_button = QPushButton(self.tr("Mark as verified"))
        self.verify_button.setToolTip(
            self.tr("You checked this rate against the decree or the ECB rate")
        )
        self.add_button.clicked.connect(self.add_rate)
        self.verify_button.clicked.connect(self.mark_verified)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.verify_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing)
        layout.addWidget(explanation)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 520)
        self._update_buttons()
        self.load()

    # -- reading ------------------------------------------------------------------------

    def current_kind(self) -> InterestKind:
        return list(InterestKind)[self.tabs.currentIndex()]

    def selected(self) -> RateLine | None:
        kind = self.current_kind()
        rows = self.tables[kind].selectionModel().selectedRows()
        return self.models[kind].row(rows[0].row()) if rows else None

    def load(self, select: int | None = None) -> None:
        db = self._db
        self.add_button.setEnabled(False)
        self._ops.run(
            lambda: rates.rate_table(db),
            parent=self,
            on_success=lambda table: self.show_table(table, select),
        )

    def show_table(self, table: RateTable, select: int | None = None) -> None:
        self._table = table
        for kind, model in self.models.items():
            lines = [line for line in table.lines if line.kind is kind]
            model.set_rows(sorted(lines, key=lambda line: line.from_date, reverse=True))
            row = model.row_of_id(select) if select is not None else None
            if row is not None:
                self.tabs.setCurrentIndex(list(InterestKind).index(kind))
                self.tables[kind].selectRow(row)
        lines = [describe_rate_warning(w, self._language) for w in table.missing]
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))
        self.add_button.setEnabled(True)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        line = self.selected()
        self.verify_button.setEnabled(line is not None and not line.verified)

    # -- changing -----------------------------------------------------------------------

    def _suggested_day(self, kind: InterestKind) -> date | None:
        """The first change the table is missing for ``kind``, else the next 1 Jan / 1 Jul."""
        assert self._table is not None
        missing = [w.from_date for w in self._table.missing if w.interest_kind is kind]
        if missing:
            return missing[0]
        last = max((x.from_date for x in self._table.lines if x.kind is kind), default=None)
        return rate_change_days(last, last.replace(year=last.year + 1))[0] if last else None

    def add_rate(self) -> None:
        if self._table is None:
            return
        kind = self.current_kind()
        dialog = RateDialog(self, self._table.lines, kind, self._suggested_day(kind))
        self.add_dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(self._add_dialog_closed)
        dialog.open()  # window-modal; the answer comes through ``accepted``

    def _add_dialog_closed(self, _result: int) -> None:
        if self.add_dialog is not None:
            self.add_dialog.deleteLater()
            self.add_dialog = None

    def _save(self, dialog: RateDialog) -> None:
        value, db = dialog.value, self._db
        self._ops.run(
            lambda: rates.add_rate(db, value.kind, value.from_date, value.rate, value.source),
            parent=self,
            on_success=lambda rate_id: self.load(select=rate_id),
            changes=Change.SETTINGS,
        )

    def mark_verified(self) -> None:
        line, db = self.selected(), self._db
        if line is None or line.verified:
            return
        self.verify_button.setEnabled(False)
        self._ops.run(
            lambda: rates.mark_rate_verified(db, line.id),
            parent=self,
            on_success=lambda _none: self.load(select=line.id),
            changes=Change.SETTINGS,
        )
