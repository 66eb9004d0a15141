"""Beeld → Wettelijke rente: the rate table per kind, driven as a Dutch user would, with the
real worker (art. 6:119 / 6:119a BW; the rates change every 1 January and 1 July)."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.ui.dialogs.rate_dialog import RateDialog
from debiteur_desk.ui.operations import Operations
from debiteur_desk.ui.rates_dialog import RatesDialog

pytestmark = pytest.mark.usefixtures("dutch")
TODAY = date(2027, 1, 15)  # the shipped table ends at 01-07-2026: 01-01-2027 is missing


@pytest.fixture
def mid_january_2027():
    before = clock.today()
    clock.fix(TODAY)
    yield
    clock.fix(before)


def cell(dialog, kind, row, key):
    model = dialog.models[kind]
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return model.index(row, column).data()


def test_add_a_rate_mark_it_verified_and_see_it(qtbot, db, mid_january_2027):
    ops = Operations("nl")
    dialog = RatesDialog(None, ops, db, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    consumer = InterestKind.CONSUMER
    qtbot.waitUntil(lambda: dialog.models[consumer].rowCount() > 0, timeout=10_000)
    assert dialog.windowTitle() == "Wettelijke rente"
    assert dialog.tabs.tabText(0) == "Wettelijke rente (consumenten, art. 6:119 BW)"
    assert dialog.missing.isVisible()
    assert dialog.missing.text().splitlines() == [
        "Wettelijke rente vanaf 01-01-2027 staat niet in de tabel — controleer die.",
        "Handelsrente vanaf 01-01-2027 staat niet in de tabel — controleer die.",
    ]
    # newest first; the shipped rows say where they come from
    assert cell(dialog, consumer, 0, "from_date") == "01-07-2026"
    assert cell(dialog, consumer, 0, "verified") == "nee — controleer het"
    assert cell(dialog, consumer, 0, "origin") == "meegeleverd"
    assert not dialog.verify_button.isEnabled()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.add_dialog
    assert isinstance(form, RateDialog) and form.isVisible()
    assert form.windowTitle() == "Rentepercentage toevoegen"
    assert form.chosen_kind is consumer
    assert form.from_date.text() == "01-01-2027"  # the missing change, suggested
    assert not form.ok_button.isEnabled()
    qtbot.keyClicks(form.rate.line_edit, "3,5")
    qtbot.keyClicks(form.source.line_edit, "Besluit wettelijke rente, Stb. 2026, 500")
    assert form.ok_button.isEnabled()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: cell(dialog, consumer, 0, "from_date") == "01-01-2027", timeout=10_000)
    assert cell(dialog, consumer, 0, "rate") == "3,5%"  # as the law and the letters write it
    assert cell(dialog, consumer, 0, "origin") == "u"
    assert cell(dialog, consumer, 0, "source") == "Besluit wettelijke rente, Stb. 2026, 500"
    assert dialog.missing.text() == (
        "Handelsrente vanaf 01-01-2027 staat niet in de tabel — controleer die."
    )
    assert dialog.selected().from_date == date(2027, 1, 1)  # the new row is selected
    assert dialog.verify_button.isEnabled()

    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(dialog, consumer, 0, "verified") == "ja", timeout=10_000)
    assert not dialog.verify_button.isEnabled()
    ops.wait()


def test_the_form_checks_as_you_type(qtbot):
    """A percentage that is none, a day rates do not change on, and a day already in the
    table (which the new rate then replaces)."""
    from debiteur_desk.services.rates import RateLine

    shipped = RateLine(
        1, InterestKind.COMMERCIAL, date(2026, 7, 1), Decimal("10.15"),
        "ECB + 8", False, False,
    )  # fmt: skip
    form = RateDialog(None, [shipped], InterestKind.COMMERCIAL)
    qtbot.addWidget(form)
    form.show()
    assert form.chosen_kind is InterestKind.COMMERCIAL
    qtbot.keyClicks(form.rate.line_edit, "tien")
    assert form.rate.error == "'tien' is geen percentage; schrijf bijvoorbeeld 4 of 10,15."
    form.rate.line_edit.clear()
    qtbot.keyClicks(form.rate.line_edit, "150")
    assert "tussen 0 en 100%" in form.rate.error
    form.rate.line_edit.clear()
    qtbot.keyClicks(form.rate.line_edit, "10,40")
    qtbot.keyClicks(form.from_date.line_edit, "15-03-2027")
    assert form.hint.text() == "De rente wijzigt normaal op 1 januari en 1 juli."
    form.from_date.line_edit.clear()
    qtbot.keyClicks(form.from_date.line_edit, "01-07-2026")
    assert form.hint.text() == "Dit vervangt het percentage van 10,15% vanaf 01-07-2026."
    assert not form.ok_button.isEnabled()  # no source yet
    qtbot.keyClicks(form.source.line_edit, "ECB 2,40% + 8")
    assert form.ok_button.isEnabled()
    assert (form.value.rate, form.value.from_date) == (
        Decimal("10.40"),
        date(2026, 7, 1),
    )


def test_the_view_menu_opens_it(qtbot, db, monkeypatch):
    from debiteur_desk.ui.main_window import MainWindow

    window = MainWindow(db, "nl")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    opened = []
    monkeypatch.setattr(RatesDialog, "exec", lambda d: opened.append(d) or 0)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.window_actions.interest_rates in menus["Beeld"].actions()
    assert window.window_actions.interest_rates.text() == "Wettelijke &rente…"
    window.window_actions.interest_rates.trigger()
    assert len(opened) == 1 and isinstance(opened[0], RatesDialog)
    window.ops.wait()
