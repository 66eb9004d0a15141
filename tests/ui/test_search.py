"""Searching the tables as a Dutch user types: no case, no accents, and an empty result
says so in the table area instead of showing an empty grid."""

from datetime import timedelta

import pytest

from debiteur_desk.domain import clock
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.ui.main_window import MainWindow
from tests.ui.translation import dutch

from ..integration.factories import client, invoice

NAMES = ("Julia Çelik", "Zoë de Boer", "Jan Jansen", "Bakkerij Øster")


@pytest.fixture(autouse=True)
def _dutch(qapp):
    with dutch(qapp):
        yield


@pytest.fixture
def window(qtbot, db):
    today = clock.today()
    for n, name in enumerate(NAMES, start=1):
        cid = client(db, name=name, kind=ClientKind.CONSUMER, city="Utrecht")
        invoice(db, cid, f"2026-{n:04d}", "100.00", invoice_date=today - timedelta(days=40))
    paid = client(db, name="Pieter Betaald", kind=ClientKind.CONSUMER)  # nothing open
    assert paid
    win = MainWindow(db, "nl")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    yield win
    win.ops.wait()


def search(qtbot, win, text):
    win.filter_bar.search.clear()
    qtbot.keyClicks(win.filter_bar.search, text)
    win.filter_bar.flush()


def names(panel, column=0):
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("celik", "Julia Çelik"),
        ("Zoe", "Zoë de Boer"),
        ("ZOË", "Zoë de Boer"),
        ("oster", "Bakkerij Øster"),
    ],
)
def test_the_overview_finds_names_without_their_accents(qtbot, window, typed, found):
    search(qtbot, window, typed)
    assert names(window.overview) == [found]
    assert window.overview.table_area.currentWidget() is window.overview.view


def test_an_empty_result_says_so_in_the_table_area(qtbot, window):
    search(qtbot, window, "xyzzy")
    panel = window.overview
    assert panel.proxy.rowCount() == 0
    assert panel.table_area.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Geen klanten gevonden voor “xyzzy”."
    search(qtbot, window, "")
    assert panel.table_area.currentWidget() is panel.view and panel.proxy.rowCount() == 5


def test_the_invoices_table_finds_accents_too_and_explains_paid(qtbot, window):
    window.tabs.setCurrentWidget(window.invoices)
    qtbot.waitUntil(lambda: window.invoices.proxy.rowCount() == 4, timeout=10_000)
    search(qtbot, window, "zoe")
    assert names(window.invoices, 1) == ["Zoë de Boer"]
    search(qtbot, window, "qqq")
    assert window.invoices.empty_label.text() == "Geen facturen gevonden voor “qqq”."
    search(qtbot, window, "")
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("paid"))
    assert window.filter_bar.status.currentText() == "Betaald"
    assert window.invoices.proxy.rowCount() == 0
    assert "openstaan" in window.invoices.empty_label.text()


def test_paid_in_the_overview_shows_the_clients_with_nothing_open(qtbot, window):
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("paid"))
    assert names(window.overview) == ["Pieter Betaald"]
