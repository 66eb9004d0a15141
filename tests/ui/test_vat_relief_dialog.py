"""The VAT-on-bad-debts window: a quarter chosen, its lines and totals, in Dutch."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from debiteur_desk.domain import clock
from debiteur_desk.domain.vat_relief import quarter
from debiteur_desk.services.invoices import write_off
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.vat_relief_dialog import VatReliefDialog, recent_quarters
from tests.integration.factories import client, invoice

pytestmark = pytest.mark.usefixtures("dutch")
TODAY = clock.today()


def test_the_quarters_offered_run_back_from_this_one():
    periods = recent_quarters(date(2026, 11, 22), 3)
    assert periods == [
        quarter(date(2026, 11, 22)),
        quarter(date(2026, 8, 1)),
        quarter(date(2026, 5, 1)),
    ]


def test_a_write_off_this_quarter_shows_its_vat_to_reclaim(qtbot, db):
    cid = client(db, "Garage Laat")
    gone = invoice(
        db, cid, "B-1", "121.00", TODAY - timedelta(days=60), TODAY - timedelta(days=30),
        vat=Decimal("21.00"),
    )  # fmt: skip
    write_off(db, gone, TODAY, "Faillissement")
    ops = Operations("nl")
    dialog = VatReliefDialog(None, ops, db, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.windowTitle() == "Btw op oninbare facturen"
    assert dialog.period.currentText().endswith(f"kwartaal {TODAY.year}")
    column = next(i for i, c in enumerate(dialog.model.columns) if c.key == "vat")
    assert dialog.model.index(0, column).data() == "€\xa021,00"
    assert "Terug te vragen" in dialog.totals.text() and "21,00" in dialog.totals.text()
    dialog.period.setCurrentIndex(1)  # the quarter before: nothing
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: "niets" in dialog.totals.text(), timeout=10_000)
    ops.wait()


def test_the_view_menu_opens_it(qtbot, db, monkeypatch):
    from debiteur_desk.ui.main_window import MainWindow

    window = MainWindow(db, "nl")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    opened = []
    monkeypatch.setattr(VatReliefDialog, "exec", lambda d: opened.append(d) or 0)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.window_actions.vat_relief in menus["Beeld"].actions(), list(menus)
    window.window_actions.vat_relief.trigger()
    assert len(opened) == 1 and isinstance(opened[0], VatReliefDialog)
    window.ops.wait()
