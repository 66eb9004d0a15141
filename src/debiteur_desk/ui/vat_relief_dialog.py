"""BTW op oninbare facturen: per quarter, the VAT to reclaim on invoices that became
uncollectable and the VAT owed again on late payments (services/vat_relief.py)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain import clock
from debiteur_desk.domain.vat_relief import quarter
from debiteur_desk.services.vat_relief import VatReliefLine, VatReliefReport, vat_relief_report
from debiteur_desk.ui.models.cells import day, money
from debiteur_desk.ui.models.table_model import Column, RowTableModel
from debiteur_desk.ui.row_table import row_table
from debiteur_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.ui.operations import Operations

QUARTERS_SHOWN = 8


class VatReliefModel(RowTableModel[VatReliefLine]):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        lang = language
        columns = [
            Column[VatReliefLine](
                "number",
                QT_TRANSLATE_NOOP("Columns", "Invoice"),
                lambda r: r.number,
                lambda r: r.number,
            ),
            Column[VatReliefLine](
                "client",
                QT_TRANSLATE_NOOP("Columns", "Client"),
                lambda r: r.client_name,
                lambda r: r.client_name.casefold(),
            ),
            Column[VatReliefLine](
                "due_date",
                QT_TRANSLATE_NOOP("Columns", "Due"),
                lambda r: day(r.due_date, lang),
                lambda r: r.due_date,
            ),
            Column[VatReliefLine](
                "relief_day",
                QT_TRANSLATE_NOOP("Columns", "Uncollectable from"),
                lambda r: day(r.relief_day, lang),
                lambda r: r.relief_day,
            ),
            Column[VatReliefLine](
                "what",
                QT_TRANSLATE_NOOP("Columns", "What"),
                lambda r: self.tr("reclaim") if r.vat_cents > 0 else self.tr("paid after all"),
                lambda r: r.vat_cents > 0,
            ),
            Column[VatReliefLine](
                "amount",
                QT_TRANSLATE_NOOP("Columns", "Unpaid / paid"),
                lambda r: money(r.open_cents, lang),
                lambda r: r.open_cents,
                numeric=True,
            ),
            Column[VatReliefLine](
                "vat",
                QT_TRANSLATE_NOOP("Columns", "VAT"),
                lambda r: money(r.vat_cents, lang),
                lambda r: r.vat_cents,
                numeric=True,
                alert=lambda r: r.vat_cents < 0,
            ),
        ]
        super().__init__(columns, lambda r: r.invoice_id, parent)


def quarter_label(start: date) -> str:
    number = (start.month - 1) // 3 + 1
    text = QCoreApplication.translate("VatReliefDialog", "Q{number} {year}")
    return text.format(number=number, year=start.year)


def recent_quarters(today: date, count: int = QUARTERS_SHOWN) -> list[tuple[date, date]]:
    """This quarter and the ones before it, newest first."""
    periods = [quarter(today)]
    while len(periods) < count:
        periods.append(quarter(periods[-1][0] - timedelta(days=1)))
    return periods


class VatReliefDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ops: Operations, db: Database, language: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VAT on bad debts"))
        self._ops, self._db, self._language = ops, db, language
        self.period = QComboBox()
        for start, end in recent_quarters(clock.today()):
            self.period.addItem(quarter_label(start), (start, end))
        self.model = VatReliefModel(language, self)
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the client's name
        explanation = QLabel(
            self.tr(
                "The VAT on an invoice that is not paid comes back: once you write it off, "
                "and at the latest a year after its due date. Claim it in the VAT return of "
                "the period it falls in. If the customer pays after all, the VAT on that "
                "payment is owed again in the period it comes in (art. 29 Wet OB 1968)."
            )
        )
        explanation.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("vat_totals")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("VAT period")))
        top.addWidget(self.period)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 480)
        self.period.currentIndexChanged.connect(self.load)
        self.load()

    def load(self, *_args: object) -> None:
        start, end = self.period.currentData()
        db = self._db
        self.totals.setText(self.tr("Reading…"))
        self._ops.run(
            lambda: vat_relief_report(db, start, end),
            parent=self,
            on_success=self.show_report,
        )

    def show_report(self, report: VatReliefReport) -> None:
        if (report.start, report.end) != self.period.currentData():
            return  # another period was chosen meanwhile
        self.model.set_rows(report.lines)
        lang = self._language
        balance = report.reclaim_cents - report.owed_again_cents
        self.totals.setText(
            self.tr("To reclaim {reclaim} · owed again {again} · balance {balance}").format(
                reclaim=f"<b>{money(report.reclaim_cents, lang)}</b>",
                again=money(report.owed_again_cents, lang),
                balance=f"<b>{money(balance, lang)}</b>",
            )
            if report.lines
            else self.tr("Nothing to reclaim or owe again in this period.")
        )
