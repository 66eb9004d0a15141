"""Getting data in, from the File menu: a bank statement read and matched (with progress
and Stop), the payments it left for review, and past imports to undo (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from debiteur_desk.domain.progress import ProgressJob
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.services.invoice_import import InvoiceImport
    from debiteur_desk.services.statement_import import StatementImport
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.selection import Selection

statement_import = lazy_module("debiteur_desk.services.statement_import")  # on the worker
backup = lazy_module("debiteur_desk.services.backup")

STATEMENT_FILES = "*.xml *.sta *.940 *.mt940 *.txt *.csv *.tab *.TAB"
INVOICE_FILES = "*.csv *.txt *.xlsx *.xml"


class ImportCommands(QObject):
    def __init__(self, window: QMainWindow, book: BookContext, selection: Selection) -> None:
        super().__init__(window)
        self.window, self.book, self.selection = window, book, selection
        self.import_statement = QAction(self.tr("Read a &bank statement…"), window)
        self.import_statement.setObjectName("import_statement")
        self.import_statement.setShortcut(QKeySequence("Ctrl+I"))
        self.import_statement.setStatusTip(
            self.tr("CAMT.053, MT940 or your bank's CSV: payments are matched to invoices")
        )
        self.import_invoices = QAction(self.tr("Read &invoices…"), window)
        self.import_invoices.setObjectName("import_invoices")
        self.import_invoices.setStatusTip(
            self.tr("An export from your accounting package (CSV, Excel) or UBL e-invoices")
        )
        self.import_invoice_folder = QAction(self.tr("Read a &folder of e-invoices…"), window)
        self.import_invoice_folder.setObjectName("import_invoice_folder")
        self.past_imports = QAction(self.tr("Past i&mports…"), window)
        self.past_imports.setObjectName("past_imports")
        self.past_imports.setStatusTip(self.tr("Every import, and undoing one as a whole"))
        self.review = QAction(self.tr("Payments to &review…"), window)
        self.review.setObjectName("review_payments")
        self.import_statement.triggered.connect(self.choose_statement)
        self.review.triggered.connect(self.review_payments)
        self.import_invoices.triggered.connect(self.choose_invoices)
        self.past_imports.triggered.connect(self.show_past_imports)
        self.import_invoice_folder.triggered.connect(self.choose_invoice_folder)

    def add_to(self, menu: QMenu) -> None:
        """At the top of the File menu, where a user looks for 'open' and 'import'."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.import_invoices, self.import_invoice_folder,
                                   self.import_statement, self.review,
                                   self.past_imports])  # fmt: skip
        menu.insertSeparator(first)

    def choose_statement(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Read a bank statement"),
            "",
            self.tr("Bank statements (%1);;All files (*)").replace("%1", STATEMENT_FILES),
        )
        if path:
            self.read_statement(Path(path))

    def read_statement(self, path: Path) -> None:
        db = self.book.db

        def job() -> ProgressJob[StatementImport]:
            backup.auto_backup(db, "before-import")
            return (yield from statement_import.import_statement(db, path, file_name=path.name))

        self.book.ops.run_with_progress(
            job,
            title=self.tr("Bank statement"),
            label=self.tr("Reading and matching %1…").replace("%1", path.name),
            parent=self.window,
            on_success=self._read,
            changes=Change.PAYMENTS,
        )

    def _read(self, result: StatementImport) -> None:
        lines = [
            self.tr("%Ln payment(s) booked.", "", result.booked),
            self.tr("%Ln payment(s) to review.", "", result.review),
        ]
        if result.reversals:
            lines.append(self.tr("%Ln reversal(s) by the bank processed.", "", result.reversals))
        if result.already_imported:
            lines.append(
                self.tr("%Ln line(s) were already read before.", "", result.already_imported)
            )
        self.book.notify(" ".join(lines))
        if result.review:
            self.review_payments()
        else:
            QMessageBox.information(self.window, self.tr("Bank statement"), "\n".join(lines))

    def choose_invoices(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Read invoices"),
            "",
            self.tr("Invoices (%1);;All files (*)").replace("%1", INVOICE_FILES),
        )
        if paths:
            self.read_invoices([Path(p) for p in paths])

    def choose_invoice_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder of e-invoices"))
        if folder:
            files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() == ".xml")
            if files:
                self.read_invoices(files)
            else:
                self.book.notify(self.tr("This folder holds no e-invoices (.xml files)."))

    def read_invoices(self, paths: list[Path]) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.invoice_import_dialog",
                            "InvoiceImportDialog")  # fmt: skip
        dialog = dialog_class(self.window, self.book.ops, self.book.db, self.book.language, paths)
        dialog.imported.connect(self._invoices_read)
        ask(dialog)

    def _invoices_read(self, result: InvoiceImport) -> None:
        self.book.notify(" ".join([
            self.tr("%Ln invoice(s) imported.", "", result.count("new")),
            self.tr("%Ln new client(s).", "", result.clients_created),
        ]))  # fmt: skip

    def show_past_imports(self) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.imports_dialog", "ImportsDialog")
        ask(dialog_class(self.window, self.book.ops, self.book.db, self.book.language))

    def review_payments(self) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.bank_review_dialog", "BankReviewDialog")
        ask(dialog_class(self.window, self.book.ops, self.book.db, self.book.language,
                         self.selection.client_names()))  # fmt: skip
