from datetime import date

from PySide6.QtWidgets import QTableWidget

from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.reports import aging_report
from debiteur_desk.ui.placeholder_window import PlaceholderWindow


def test_window_shows_bucket_totals(qtbot, db):
    fill_demo(db, clients=10, invoices=80, seed=2)
    window = PlaceholderWindow(db, "nl")
    qtbot.addWidget(window)
    table = window.findChild(QTableWidget)
    report = aging_report(db, date.today())
    assert table.rowCount() == len(report.buckets) + 1
    assert table.item(0, 0).text() == "Niet vervallen"
    assert table.item(table.rowCount() - 1, 0).text() == "Totaal"
    total = f"{report.total:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert total in table.item(table.rowCount() - 1, 2).text()
    assert db.display_name in window.statusBar().currentMessage()
