"""A first window: the book's totals per aging bucket, until the full main window lands."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debiteur_desk.formatting import format_date, format_money
from debiteur_desk.services.book import Database
from debiteur_desk.services.reports import aging_report


class PlaceholderWindow(QMainWindow):
    def __init__(self, db: Database, language: str = "nl") -> None:
        super().__init__()
        self.setWindowTitle("Debiteur Desk")
        report = aging_report(db, date.today())
        nl = language == "nl"
        labels = [
            (
                ("Niet vervallen" if nl else "Not due")
                if b.bucket.label == "not_due"
                else f"{b.bucket.label} {'dagen' if nl else 'days'}"
            )
            for b in report.buckets
        ]
        table = QTableWidget(len(report.buckets) + 1, 3)
        table.setHorizontalHeaderLabels(
            ["Ouderdom" if nl else "Age", "Aantal" if nl else "Count", "Bedrag" if nl else "Amount"]
        )
        rows = [
            (label, str(b.count), format_money(b.amount, language))
            for label, b in zip(labels, report.buckets, strict=True)
        ]
        rows.append(
            (
                "Totaal" if nl else "Total",
                str(sum(b.count for b in report.buckets)),
                format_money(report.total, language),
            )
        )
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout()
        title = QLabel(
            f"<h2>{'Openstaand per' if nl else 'Outstanding as of'} "
            f"{format_date(report.as_of, language)}</h2>"
        )
        layout.addWidget(title)
        layout.addWidget(table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.statusBar().showMessage(f"Database: {db.display_name}")
        self.resize(720, 420)
