"""Invoices from an accounting export or e-invoices into the book (issue 12).

For a CSV or Excel export the user sees each column of the file with an example value and
chooses what it means (guessed from the header, or as confirmed last time for this
export); below, the first rows *as they will be imported*: parsed amounts and dates, the
client each goes to (existing or new), and whether the invoice is new, already in the
book, or changed. UBL e-invoices need no mapping. Every read, preview (a dry run of the
real import) and the import itself run on the worker; the import is all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import ProgressJob, run_to_end
from debiteur_desk.importers.invoice_rows import FIELDS
from debiteur_desk.importers.statement import HEAD_BYTES, ImportRefused
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages_import import change_word, field_word
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.dialogs.fields import ERROR_COLOUR
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from debiteur_desk.importers.invoice_rows import ImportedInvoice
    from debiteur_desk.importers.invoice_table import Table
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.invoice_import import InvoiceImport, PlannedInvoice
    from debiteur_desk.ui.operations import Operations

# On the worker only: reading files and the import itself.
invoice_files = lazy_module("debiteur_desk.importers.invoice_files")
invoice_table = lazy_module("debiteur_desk.importers.invoice_table")
ubl = lazy_module("debiteur_desk.importers.ubl")
invoice_import = lazy_module("debiteur_desk.services.invoice_import")
backup = lazy_module("debiteur_desk.services.backup")

PREVIEW_ROWS = 20
_T = TypeVar("_T")
EXAMPLE_ROWS = 50  # rows looked at for a column's example value
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Source:
    """What was read from the chosen files: a table to map, or UBL rows as they are."""

    table: Table | None
    columns: dict[str, str]  # field -> header: the guess, with last time's choice on top
    examples: list[str]  # per header: the first value the file's first rows give it
    ubl_rows: list[ImportedInvoice]


def read_source(paths: list[Path], db: Database) -> Source:
    """On the worker: the files' headers and first rows, and the mapping to start from.
    An export is not read whole here: the preview and the import read it as they go."""
    heads = []
    for path in paths:
        with path.open("rb") as stream:
            heads.append(stream.read(HEAD_BYTES))
    if all(ubl.looks_like(head) for head in heads):
        return Source(None, {}, [], [ubl.read_ubl(path.read_bytes()) for path in paths])
    if len(paths) != 1:
        raise ImportRefused("import_one_export_at_a_time")
    [path] = paths
    table = invoice_table.read_table(path, path.suffix)
    guessed = invoice_files.mapping_for(table)
    columns = {field: table.headers[i] for i, field in guessed.items()}
    columns.update(invoice_import.remembered_columns(db, table.headers))
    first = [cells for _, cells in table.first_rows(EXAMPLE_ROWS)]
    examples = [
        next((cells[i] for cells in first if cells[i]), "") for i in range(len(table.headers))
    ]
    return Source(table, columns, examples, [])


@dataclass(frozen=True)
class Preview:
    """A dry run of the import: its counts, and the first rows as they will be imported."""

    result: InvoiceImport
    first: list[PlannedInvoice]
    new_clients: int


def preview_of(db: Database, rows: Iterable[ImportedInvoice], total: int,
               kind: ClientKind) -> Preview:  # fmt: skip
    """On the worker: the whole file read as the import will, only the first rows kept."""
    first: list[PlannedInvoice] = []
    new_clients: set[str] = set()  # as many as the file's clients, not its rows

    def keep(planned: PlannedInvoice) -> None:
        if len(first) < PREVIEW_ROWS:
            first.append(planned)
        if planned.matched_by == "new":
            new_clients.add(planned.row.client.name)

    result = run_to_end(invoice_import.import_invoices(
        db, rows, total=total, unknown_kind=kind, dry_run=True, on_row=keep
    ))  # fmt: skip
    return Preview(result, first, len(new_clients))


class InvoiceImportDialog(QDialog):
    settled = Signal()  # the preview is (re)computed and shown
    imported = Signal(object)  # the InvoiceImport, after the import was saved

    def __init__(
        self, parent: QWidget | None, ops: Operations, db: Database, language: str,
        paths: list[Path],
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read invoices"))
        self._ops, self._db, self._language, self._paths = ops, db, language, paths
        self.source: Source | None = None
        self.preview: InvoiceImport | None = None
        self._asked = 0  # previews asked for: only the last one's answers are shown
        self.columns_box = QTableWidget(0, 3)
        self.columns_box.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Means")]
        )
        self.columns_box.verticalHeader().hide()
        self.columns_box.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.columns_box.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("private persons (the law protects them more)"),
                          ClientKind.CONSUMER)  # fmt: skip
        self.kind.addItem(self.tr("businesses"), ClientKind.BUSINESS)
        self.rows = QTableWidget(0, 7)
        self.rows.setHorizontalHeaderLabels([
            self.tr("Invoice"), self.tr("Date"), self.tr("Due"), self.tr("Client"),
            self.tr("Amount"), self.tr("Open"), self.tr("In the book"),
        ])  # fmt: skip
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self.tr("Reading the file…"))
        self.summary.setWordWrap(True)
        self.apply_changes = QCheckBox()
        self.apply_changes.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        self.mapping_label = QLabel(self.tr("<b>What each column means</b>"))
        options = QFormLayout()
        options.addRow(
            self.tr("New clients without KvK, btw-id or legal form (B.V. …) are"), self.kind
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.columns_box, 2)
        layout.addLayout(options)
        layout.addWidget(QLabel(self.tr("<b>As it will be imported</b> (the first rows)")))
        layout.addWidget(self.rows, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.apply_changes)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 680)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.apply_changes.toggled.connect(self._update_ok)

        db = self._db
        self._ops.run(lambda: read_source(paths, db), parent=self, on_success=self._show_source,
                      on_failure=self._failed)  # fmt: skip

    # -- the mapping ---------------------------------------------------------------------

    def _show_source(self, source: Source) -> None:
        self.source = source
        table = source.table
        self.mapping_label.setVisible(table is not None)
        self.columns_box.setVisible(table is not None)
        if table is not None:
            by_header = {header: field for field, header in source.columns.items()}
            self.columns_box.setRowCount(len(table.headers))
            for row, header in enumerate(table.headers):
                self.columns_box.setItem(row, 0, QTableWidgetItem(header))
                self.columns_box.setItem(row, 1, QTableWidgetItem(source.examples[row]))
                choice = QComboBox()
                choice.addItem(self.tr("(not used)"), "")
                for field in FIELDS:
                    choice.addItem(field_word(field, self._language), field)
                choice.setCurrentIndex(max(0, choice.findData(by_header.get(header, ""))))
                choice.currentIndexChanged.connect(self.refresh)
                self.columns_box.setCellWidget(row, 2, choice)
        self.refresh()

    def unknown_kind(self) -> ClientKind:
        return ClientKind(self.kind.currentData())  # Qt hands the enum back as its text

    def columns(self) -> dict[str, str]:
        """Field → header, as chosen now (a field chosen twice: the first column keeps it)."""
        if self.source is None or self.source.table is None:
            return {}
        chosen: dict[str, str] = {}
        for row, header in enumerate(self.source.table.headers):
            widget = self.columns_box.cellWidget(row, 2)
            field = widget.currentData() if isinstance(widget, QComboBox) else ""
            if field and field not in chosen:
                chosen[field] = header
        return chosen

    def _rows_job(self) -> tuple[Callable[[], Iterable[ImportedInvoice]], int]:
        """The rows as the mapping chosen now reads them (to call on the worker: each call
        reads the file again), and how many to expect."""
        source, columns = self.source, self.columns()
        assert source is not None
        table = source.table
        if table is None:
            return (lambda: source.ubl_rows), len(source.ubl_rows)
        mapping = {table.headers.index(h): f for f, h in columns.items()}
        return (lambda: invoice_table.invoices_from_table(table, mapping)), table.lines

    # -- the preview ---------------------------------------------------------------------

    def refresh(self) -> None:
        if self.source is None:
            return
        self.ok.setEnabled(False)
        self.preview = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the file…"))
        (rows, total), db, kind = self._rows_job(), self._db, self.unknown_kind()
        self._asked += 1
        asked = self._asked  # an answer to an earlier mapping is not shown

        def current(show: Callable[[_T], None]) -> Callable[[_T], None]:
            return lambda answer: show(answer) if asked == self._asked else None

        # The first rows at once; the counts need the whole file (seconds for 50,000 rows).
        self._ops.run(
            lambda: preview_of(db, islice(rows(), PREVIEW_ROWS), PREVIEW_ROWS, kind),
            parent=self,
            on_success=current(self._show_first),
            on_failure=lambda _error: None,
        )  # the whole file's reading says it
        self._ops.run(lambda: preview_of(db, rows(), total, kind), parent=self,
                      on_success=current(self._show_preview),
                      on_failure=current(self._failed))  # fmt: skip

    def _show_first(self, preview: Preview) -> None:
        if self.preview is None:  # else the whole file's answer came first, with these rows
            self._fill_rows(preview.first)

    def _failed(self, error: Exception) -> None:
        self.preview = None
        self.rows.setRowCount(0)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.setText(self._ops.message_for(error))
        self.apply_changes.hide()
        self._update_ok()
        self.settled.emit()

    def _fill_rows(self, first: list[PlannedInvoice]) -> None:
        self.rows.setRowCount(len(first))
        for row, planned in enumerate(first):
            for column, text in enumerate(self._cells(planned)):
                item = QTableWidgetItem(text)
                if column in (4, 5):
                    item.setTextAlignment(_RIGHT)
                self.rows.setItem(row, column, item)

    def _show_preview(self, preview: Preview) -> None:
        result = self.preview = preview.result
        self._fill_rows(preview.first)
        self.summary.setStyleSheet("")
        self.summary.setText(" · ".join([
            self.tr("%Ln new invoice(s)", "", result.count("new")),
            self.tr("%Ln already in the book", "", result.count("same")),
            self.tr("%Ln changed", "", result.count("changed")),
            self.tr("%Ln credit note(s)", "", result.count("credit_note")),
            self.tr("%Ln new client(s)", "", preview.new_clients),
        ]))  # fmt: skip
        changed = result.count("changed")
        self.apply_changes.setText(
            self.tr("Take over the changed amounts and dates (%Ln invoice(s))", "", changed)
        )
        self.apply_changes.setVisible(changed > 0)
        self._update_ok()
        self.settled.emit()

    def _cells(self, planned: PlannedInvoice) -> list[str]:
        lang, row = self._language, planned.row
        due = format_date(row.due_date, lang) if row.due_date else self.tr("(client's term)")
        client = row.client.name + ("" if planned.matched_by != "new" else " " + self.tr("(new)"))
        status = {
            "new": self.tr("new"),
            "same": self.tr("already in it"),
            "credit_note": self.tr("credit note"),
        }.get(planned.status, "")
        if planned.status == "changed":
            words = ", ".join(change_word(c.field, lang) for c in planned.changes)
            status = self.tr("changed: %1").replace("%1", words)
        open_cents = row.amount_cents if row.open_cents is None else row.open_cents
        return [row.number, format_date(row.invoice_date, lang), due, client,
                format_money(from_cents(row.amount_cents), lang),
                format_money(from_cents(open_cents), lang), status]  # fmt: skip

    def _update_ok(self) -> None:
        result = self.preview
        useful = result is not None and (
            result.count("new") + result.count("credit_note") > 0
            or (result.count("changed") > 0 and self.apply_changes.isChecked())
        )
        self.ok.setEnabled(useful)

    # -- the import ----------------------------------------------------------------------

    def start_import(self) -> None:
        if self.source is None or self.preview is None:
            return
        (rows, total), db, kind = self._rows_job(), self._db, self.unknown_kind()
        apply, table, columns = self.apply_changes.isChecked(), self.source.table, self.columns()
        name = ", ".join(p.name for p in self._paths)[:260]

        def job() -> ProgressJob[InvoiceImport]:
            backup.auto_backup(db, "before-import")
            result = yield from invoice_import.import_invoices(
                db, rows(), file_name=name, total=total, unknown_kind=kind, apply_changes=apply
            )
            if table is not None:
                invoice_import.remember_columns(db, table.headers, columns)
            return result

        self.ok.setEnabled(False)
        self._ops.run_with_progress(
            job, title=self.tr("Read invoices"), label=self.tr("Importing invoices…"),
            parent=self, on_success=self._done, on_failure=self._failed,
            changes=Change.INVOICES | Change.CLIENTS | Change.PAYMENTS,
        )  # fmt: skip

    def _done(self, result: InvoiceImport) -> None:
        self.imported.emit(result)
        self.accept()
