"""The invoices panel of the client view: open, settled or all, and what to do with one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services.client_detail import ClientDetail
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.flow_layout import FlowLayout
from debiteur_desk.ui.models.client_invoices_model import (
    SHOW_OPEN,
    SHOW_SETTLED,
    ClientInvoicesModel,
    client_invoices_proxy,
)
from debiteur_desk.ui.models.filter_proxy import FilterState
from debiteur_desk.ui.row_table import row_table
from debiteur_desk.ui.screen_fit import rows_high

EMPTY_COLUMNS = {SHOW_OPEN: {"paid_on"}, SHOW_SETTLED: {"open", "last_day"}}
VISIBLE_ROWS = 6  # at least this many invoices in view; a short screen scrolls the page


class ClientInvoicesPanel(QWidget):
    edit_requested = Signal(int)  # invoice id
    credit_requested = Signal(object)  # InvoiceRow
    write_off_requested = Signal(object)  # InvoiceRow
    dispute_requested = Signal(object)  # InvoiceRow: mark it disputed
    resolve_dispute_requested = Signal(object)  # InvoiceRow: end its dispute
    apply_credit_requested = Signal()  # set the client's credit against the open invoices
    handover_requested = Signal()  # hand the overdue invoices over for collection

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientInvoicesModel(language, self)
        self.proxy = client_invoices_proxy(self.model, self)
        self.proxy.set_state(FilterState(status=SHOW_OPEN))
        self.table = row_table(self.proxy, row_height=24)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # few rows
        header.setStretchLastSection(True)  # the status
        header.setSortIndicatorShown(True)
        self.show_combo = QComboBox()
        self.show_combo.addItem(self.tr("Open invoices"), SHOW_OPEN)
        self.show_combo.addItem(self.tr("Paid and written off"), SHOW_SETTLED)
        self.show_combo.addItem(self.tr("All invoices"), None)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.write_off_button = QPushButton(self.tr("Write off…"))
        self.dispute_button = QPushButton(self.tr("Dispute…"))
        self.dispute_button.setToolTip(
            self.tr("The client disputes the invoice: it leaves the worklist until resolved")
        )
        self.resolve_button = QPushButton(self.tr("Resolve dispute…"))
        self.resolve_button.hide()
        self.apply_credit_button = QPushButton(self.tr("Use credit…"))
        self.apply_credit_button.setToolTip(
            self.tr("Set the client's credit against the open invoices, the one due first first")
        )
        self.apply_credit_button.hide()
        self.handover_button = QPushButton(self.tr("Hand over…"))
        self.handover_button.setToolTip(
            self.tr("Hand the overdue invoices over to a collection agency, bailiff or lawyer")
        )
        self.count = QLabel()
        bar = FlowLayout()  # wraps on a narrow page rather than widen the window
        bar.addWidget(self.show_combo)
        bar.addWidget(self.count)
        buttons = (self.apply_credit_button, self.edit_button, self.credit_button)
        disputes = (self.dispute_button, self.resolve_button)
        for button in (*buttons, self.write_off_button, *disputes, self.handover_button):
            bar.addWidget(button)
        self.table.setMinimumHeight(rows_high(self.table, VISIBLE_ROWS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # oldest due date first
        self._hide_empty_columns()
        self.show_combo.currentIndexChanged.connect(self._show_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.edit_button.clicked.connect(self._edit)
        self.credit_button.clicked.connect(lambda: self._emit_selected(self.credit_requested))
        self.write_off_button.clicked.connect(lambda: self._emit_selected(self.write_off_requested))
        self.dispute_button.clicked.connect(lambda: self._emit_selected(self.dispute_requested))
        self.resolve_button.clicked.connect(
            lambda: self._emit_selected(self.resolve_dispute_requested)
        )
        self.apply_credit_button.clicked.connect(self.apply_credit_requested)
        self.handover_button.clicked.connect(self.handover_requested)
        self._selection_changed()

    def set_detail(self, detail: ClientDetail) -> None:
        self.model.set_invoices(detail.invoices, detail.paid_on, detail.as_of, detail.last_days)
        self.apply_credit_button.setVisible(detail.credit > 0 and detail.open_total > 0)
        self.handover_button.setEnabled(detail.overdue_total > 0)
        self._show_count()
        self._selection_changed()

    def selected(self) -> InvoiceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def select_number(self, number: str) -> bool:
        """Select the invoice with this number, if it is shown (for keyboard users and tests)."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data() == number:
                self.table.selectRow(r)
                return True
        return False

    def _show_changed(self) -> None:
        self.proxy.set_state(FilterState(status=self.show_combo.currentData()))
        self._hide_empty_columns()
        self._show_count()
        self._selection_changed()

    def _hide_empty_columns(self) -> None:
        """Columns that are blank for what is shown take no width: no paid-on day for open
        invoices, nothing open and no prescription day for settled ones."""
        blank = EMPTY_COLUMNS.get(self.show_combo.currentData(), set())
        for index, column in enumerate(self.model.columns):
            self.table.setColumnHidden(index, column.key in blank)

    def _show_count(self) -> None:
        self.count.setText(self.tr("{count} shown").format(count=self.proxy.rowCount()))

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        disputed = row is not None and row.status is InvoiceStatus.DISPUTED
        for button in (self.credit_button, self.write_off_button):
            button.setEnabled(row is not None and row.open > 0)
        # One of the two shows: a disputed invoice is resolved, another one can be disputed.
        self.dispute_button.setVisible(not disputed)
        self.dispute_button.setEnabled(row is not None and row.open > 0)
        self.resolve_button.setVisible(disputed)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.model.row(self.proxy.mapToSource(index).row()).id)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_requested.emit(row.id)

    def _emit_selected(self, signal: Signal) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row)
