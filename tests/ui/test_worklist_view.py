"""The worklist in the window: the check before the first reminder (seed 001's first
step: did the invoice really go out?), then snoozing a step until a day."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.services.settings import change_setting
from debiteur_desk.ui.dialogs.snooze_dialog import SnoozeDialog
from debiteur_desk.ui.main_window import MainWindow
from tests.integration.factories import client, invoice
from tests.ui.dialog_fill import accept_with

TODAY = clock.today()


@pytest.fixture
def window(qtbot, db):
    change_setting(db, "company.name", "Van Dam Installatie")
    cid = client(db, "Bakkerij De Korenschoof", email="boekhouding@korenschoof.nl")
    invoice(db, cid, "K-1", "121.00", invoice_date=TODAY - timedelta(days=19),
            due=TODAY - timedelta(days=5), checked=False)  # fmt: skip  # never marked as sent
    win = MainWindow(db, "en")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    win.tabs.setCurrentWidget(win.worklist)
    qtbot.waitUntil(lambda: win.worklist.model.rowCount() == 1, timeout=10_000)
    yield win
    win.ops.wait()


def select_first(qtbot, view):
    qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=10_000)
    view.view.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.item is not None, timeout=5_000)
    return view.detail.item


def action_shown(view):
    keys = [column.key for column in view.model.columns]
    return view.model.index(0, keys.index("action")).data(Qt.ItemDataRole.DisplayRole)


def test_confirm_the_sending_then_snooze_the_reminder_until_a_day(qtbot, window, monkeypatch):
    view = window.worklist
    item = select_first(qtbot, view)
    assert item.shown_action == "check-sent"
    assert action_shown(view) == "Check the invoice went out"
    assert "not recorded as sent" in view.detail.facts.text()
    assert view.detail.confirm_button.isVisible()

    qtbot.mouseClick(view.detail.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.model.rowCount() == 1 and view.model.row(0).shown_action == "send-reminder",
        timeout=10_000,
    )
    item = select_first(qtbot, view)
    assert not item.needs_sent_check and "not recorded" not in view.detail.facts.text()
    assert not view.detail.confirm_button.isVisible()  # the flag is gone: the reminder is next
    assert action_shown(view) == "Send reminder"

    until = TODAY + timedelta(days=7)

    def fill(dialog):
        dialog.until.set_date(until)
        dialog.reason.line_edit.setText("Pays after the holidays")

    accept_with(monkeypatch, SnoozeDialog, fill)
    qtbot.mouseClick(view.detail.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)

    view.detail.show_snoozed.setChecked(True)  # the snoozed step can be seen, and lifted
    snoozed = select_first(qtbot, view)
    assert snoozed.snooze is not None and snoozed.snooze.until == until
    assert view.detail.lift_button.isVisible()
    view.detail.show_snoozed.setChecked(False)

    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):  # read as of that day
        window.filter_bar.set_as_of(until - timedelta(days=1))
    assert view.model.rowCount() == 0  # still snoozed the day before
    window.filter_bar.set_as_of(until)
    qtbot.waitUntil(
        lambda: view.model.rowCount() == 1 and view.model.row(0).action == "send-reminder",
        timeout=10_000,
    )
