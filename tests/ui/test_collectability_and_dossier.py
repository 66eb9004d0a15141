"""Issue 13 in the window: the bucket tiles' split by collection state, the overview's
filter on it, and the dossier made when a client is handed over."""

import zipfile
from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from debiteur_desk.domain import clock
from debiteur_desk.domain.collectability import Category
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.settings import change_setting
from debiteur_desk.ui import dossier_actions
from debiteur_desk.ui.client_view import ClientView
from debiteur_desk.ui.collectability_words import category_name
from debiteur_desk.ui.dialogs.handover_dialog import HandoverDialog
from debiteur_desk.ui.main_window import MainWindow
from debiteur_desk.ui.models.cells import money
from debiteur_desk.ui.operations import Operations
from tests.integration.factories import client, invoice
from tests.ui.dialog_fill import accept_with

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(db):
    """Two clients with an invoice 1-30 days late: one plain, one under a promise."""
    plain = client(db, "Plain BV")
    invoice(db, plain, "P-1", "100.00", invoice_date=days(-30), due=days(-10))
    promised = client(db, "Promised BV")
    p1 = invoice(db, promised, "Q-1", "300.00", invoice_date=days(-30), due=days(-10))
    record_phone_call(
        db,
        PhoneCallInput(
            promised,
            datetime.combine(days(-1), time(9)),
            CallOutcome.REACHED,
            reason=CallReason.FORGOT,
            invoice_ids=(p1,),
            promise=PromiseInput((p1,), Decimal("300"), days(7)),
        ),
    )
    return db, promised


@pytest.fixture
def window(qtbot, book):
    db, _ = book
    win = MainWindow(db, "nl")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    qtbot.waitUntil(lambda: win.overview.collectability is not None, timeout=10_000)
    yield win
    win.ops.wait()


def test_the_tile_tooltip_shows_the_split(qtbot, window):
    bar = window.bucket_bar
    tip = bar.tile_tip(1)  # 1-30 days
    assert f"{category_name(Category.PROMISED)}: {money(30000, 'nl')} (1)" in tip
    assert f"{category_name(Category.PLAIN)}: {money(10000, 'nl')} (1)" in tip
    assert category_name(Category.HANDED_OVER) not in tip  # only what is there
    centre = bar.tile_rect(1).center().toPoint()
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre)))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == tip, timeout=2_000)


def test_the_overview_filters_on_a_collection_state(qtbot, window, book):
    _, promised = book
    combo = window.filter_bar.collectability
    combo.setCurrentIndex(combo.findData(Category.PROMISED.value))
    assert window.overview.proxy.rowCount() == 1
    assert window.overview.visible_rows()[0].id == promised
    combo.setCurrentIndex(combo.findData(Category.HANDED_OVER.value))
    assert window.overview.proxy.rowCount() == 0
    window.clear_filters()
    assert window.overview.proxy.rowCount() == 2 and combo.currentData() is None


@pytest.fixture
def documents(tmp_path, monkeypatch):
    folder = tmp_path / "letters"
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(folder))
    return folder


def test_handing_over_makes_the_dossier_and_offers_its_folder(qtbot, db, documents, monkeypatch):
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    cid = client(db, "Garage Laat B.V.", kind=ClientKind.BUSINESS)
    invoice(db, cid, "GL-1", "800.00", invoice_date=days(-120), due=days(-90))
    accept_with(
        monkeypatch,
        HandoverDialog,
        lambda d: qtbot.keyClicks(d.party_name.line_edit, "Incassobureau Noord B.V."),
    )
    told, opened = [], []

    def click_open_folder(box):
        told.append(box.text())
        action = QMessageBox.ButtonRole.ActionRole  # "Open folder"
        next(b for b in box.buttons() if box.buttonRole(b) == action).click()
        return False

    monkeypatch.setattr(dossier_actions, "ask", click_open_folder)
    monkeypatch.setattr(dossier_actions, "open_folder", opened.append)
    ops = Operations("nl")
    view = ClientView(ops, db, cid, TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    view.hand_over()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    ops.wait()
    zips = list(documents.rglob("*.zip"))
    assert len(zips) == 1 and opened == [zips[0].parent]
    assert str(zips[0]) in told[0]
    names = zipfile.ZipFile(zips[0]).namelist()
    assert "samenvatting.pdf" in names and "facturen.csv" in names


def test_make_dossier_button(qtbot, db, documents, monkeypatch):
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    cid = client(db, "Bakkerij Vroeg")
    invoice(db, cid, "BV-1", "80.00", invoice_date=days(-40), due=days(-20))
    ops = Operations("nl")
    view = ClientView(ops, db, cid, TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    made = []
    view.dossier.made = made.append
    view.dossier.button.click()
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    ops.wait()
    assert made[0].path.exists() and made[0].path.suffix == ".zip"
