"""Printing the table on screen (to a printer or a PDF): rendered as an HTML document."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from debiteur_desk.ui.modal import ask
from debiteur_desk.ui.table_panel import TablePanel

LONGEST_CELL = 80  # characters: a name typed in before texts had their limits stays on a line


def cell_text(text: str) -> str:
    """A cell as printed: cut with "…" past :data:`LONGEST_CELL` characters."""
    return text if len(text) <= LONGEST_CELL else text[: LONGEST_CELL - 1].rstrip() + "…"


def table_html(title: str, subtitle: str, panel: TablePanel) -> str:
    """The rows as shown (filtered, sorted, visible columns only) as an HTML table."""
    model, header = panel.model, panel.view.horizontalHeader()
    columns = [
        model.columns[header.logicalIndex(visual)]
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    head = "".join(
        f'<th align="{"right" if c.numeric else "left"}">'
        f"{escape(str(model.headerData(model.columns.index(c), Qt.Orientation.Horizontal)))}</th>"
        for c in columns
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"right" if c.numeric else "left"}">{escape(cell_text(c.text(row)))}</td>'
            for c in columns
        )
        + "</tr>"
        for row in panel.visible_rows()
    )
    return (
        "<html><body style='font-size:8pt'>"
        f"<h2>{escape(title)}</h2><p>{escape(subtitle)}</p>"
        '<table width="100%" cellspacing="0" cellpadding="3" border="0.5">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        f"<p><b>{escape(panel.totals.text())}</b></p>"
        "</body></html>"
    )


def print_html(parent: QWidget, html: str) -> bool:
    """Ask where to print (a printer, or a PDF file) and print; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if not ask(dialog):
        return False
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True
