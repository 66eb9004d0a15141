"""Show PDF bytes in the window and send them to a printer (Qt's PDF module)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTemporaryDir
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from debiteur_desk.ui.modal import ask


class PdfPreview(QPdfView):
    """A scrolling, page-by-page view of a PDF made in memory.

    Each version is loaded from its own temporary file: QPdfDocument reads its
    source lazily, so a source that changes or goes away under it can crash Qt.
    The document has no Qt parent on purpose: as a child of the view it would be
    deleted half-way through the view's destructor, and its closing signal would
    then reach a view that is already partly gone (a crash in Qt 6.12).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(None)
        self._folder = QTemporaryDir()
        self._version = 0
        self.setDocument(self._document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def show_pdf(self, pdf: bytes) -> None:
        self._version += 1
        path = Path(self._folder.path()) / f"preview-{self._version}.pdf"
        path.write_bytes(pdf)
        self._document.load(str(path))

    def clear(self) -> None:
        self._document.close()

    @property
    def page_count(self) -> int:
        return self._document.pageCount()

    @property
    def document(self) -> QPdfDocument:
        return self._document


def print_document(parent: QWidget | None, document: QPdfDocument, title: str) -> bool:
    """Ask for a printer (or PDF file) and print every page at the printer's resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if not ask(dialog):
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return True
