"""Past imports, newest first, each of which can be undone as a whole (issue 12): a bank
statement's lines and the payments booked from them, or an export's invoices, credit notes
and the clients it brought, as long as nothing done later rests on them.

The list is read on the worker and read again after every undo, whether it went through
or was refused (the refusal says what depends on the import); all through ``Operations``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.import_batches import ImportSummary
    from debiteur_desk.ui.operations import Operations

import_batches = lazy_module("debiteur_desk.services.import_batches")  # on the worker

STATEMENT = "statement"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DATE, KIND, FILE, LINES, BOOKED, STATE = range(6)


def local_time(moment: datetime) -> datetime:
    """A stored moment (UTC, without a zone) in the computer's own time zone."""
    return moment.replace(tzinfo=UTC).astimezone()


class ImportsDialog(QDialog):
    settled = Signal()  # the list is (re)read and shown
    undone = Signal(int)  # the id of an import that was just undone

    def __init__(
        self, parent: QWidget | None, ops: Operations, db: Database, language: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past imports"))
        self._ops, self._db, self._language = ops, db, language
        self.imports: list[ImportSummary] = []
        self._busy = False  # an undo or a read is on its way
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("File"), self.tr("Lines"),
            self.tr("Booked"), self.tr("State"),
        ])  # fmt: skip
        for column, tip in (
            (LINES, self.tr("The bank lines or invoices the import read into the book")),
            (BOOKED, self.tr("The payments booked from the statement's lines")),
        ):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (DATE, KIND, LINES, BOOKED, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing has been imported yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.setAutoDefault(False)  # Enter must not take an import back
        self.undo_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        explanation = QLabel(self.tr(
            "Every import can be undone as a whole: what it brought into the book is taken "
            "out again, as long as nothing done later depends on it."
        ))  # fmt: skip
        explanation.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(self.undo_button)
        below.addStretch(1)
        below.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(below)
        fit_to_screen(self, 760, 420)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.undo_button.clicked.connect(self.undo)
        self.load()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        self._busy = True
        self._update_buttons()
        db = self._db
        self._ops.run(
            lambda: import_batches.list_imports(db),
            parent=self,
            on_success=self._show,
            on_failure=self._read_failed,
        )

    def _read_failed(self, error: Exception) -> None:
        self._ops.show_error(error, self)
        self._settle()

    def _show(self, imports: list[ImportSummary]) -> None:
        keep = self.selected()
        self.imports = imports
        self.table.clearSelection()
        self.table.setRowCount(len(imports))
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, batch in enumerate(imports):
            for column, cell in enumerate(self._cells(batch)):
                if batch.undone:
                    cell.setForeground(faded)
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not imports)
        self.table.setVisible(bool(imports))
        ids = [batch.id for batch in imports]
        if keep is not None and keep.id in ids:
            self.table.selectRow(ids.index(keep.id))
        elif imports:
            self.table.selectRow(0)
        self._settle()

    def _settle(self) -> None:
        self._busy = False
        self._update_buttons()
        self.settled.emit()

    def _cells(self, batch: ImportSummary) -> list[QTableWidgetItem]:
        statement = batch.kind == STATEMENT
        lines = QTableWidgetItem(str(batch.lines))
        booked = QTableWidgetItem(str(batch.booked) if statement else "")
        for cell in (lines, booked):
            cell.setTextAlignment(_RIGHT)
        cells = [
            QTableWidgetItem(self.when(batch)),
            QTableWidgetItem(self.kind_word(batch)),
            QTableWidgetItem(batch.file_name),
            lines,
            booked,
            QTableWidgetItem(self.tr("Undone") if batch.undone else ""),
        ]
        cells[FILE].setToolTip(batch.file_name)
        return cells

    def when(self, batch: ImportSummary) -> str:
        moment = local_time(batch.imported_at)
        return f"{format_date(moment.date(), self._language)} {moment:%H:%M}"

    def kind_word(self, batch: ImportSummary) -> str:
        return self.tr("Bank statement") if batch.kind == STATEMENT else self.tr("Invoices")

    def selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.imports[rows[0].row()] if rows and rows[0].row() < len(self.imports) else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(not self._busy and batch is not None and not batch.undone)

    # -- undoing -------------------------------------------------------------------------

    def question(self, batch: ImportSummary) -> str:
        """What the user is asked before ``batch`` is taken back: what goes."""
        name = batch.file_name or self.tr("(a file without a name)")
        if batch.kind == STATEMENT:
            first = self.tr("Undo the import of bank statement {file} of {when}?")
            parts = [self.tr("Its %Ln bank line(s) are taken out of the book.", "", batch.lines)]
            if batch.booked:
                parts.append(self.tr(
                    "The %Ln payment(s) booked from them are deleted, and the invoices they "
                    "paid are open again.", "", batch.booked,
                ))  # fmt: skip
        else:
            first = self.tr("Undo the import of invoices from {file} of {when}?")
            parts = [
                self.tr(
                    "Its %Ln invoice(s) are taken out of the book, with the credit notes and "
                    "earlier payments that came with them, and the clients it added that "
                    "nothing else refers to.", "", batch.lines,
                ),
                self.tr(
                    "Changes it made to invoices that were already in the book stay as they are."
                ),
            ]  # fmt: skip
        return first.format(file=name, when=self.when(batch)) + "\n\n" + " ".join(parts)

    def undo(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone or self._busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.question(batch),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy = True
        self._update_buttons()
        db, batch_id = self._db, batch.id
        self._ops.run(
            lambda: import_batches.undo_import(db, batch_id),
            parent=self,
            on_success=lambda _result: self._undid(batch_id),
            on_failure=self._undo_refused,
            changes=Change.INVOICES | Change.PAYMENTS | Change.CLIENTS,
        )

    def _undid(self, batch_id: int) -> None:
        self.undone.emit(batch_id)
        self.load()

    def _undo_refused(self, error: Exception) -> None:
        self._ops.show_error(error, self)  # says what depends on the import
        self.load()
