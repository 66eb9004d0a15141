"""The background-operation helper: results and errors arrive on the GUI thread."""

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.ui.operations import Operations


@pytest.fixture
def ops(qtbot):
    operations = Operations("nl")
    yield operations
    operations.wait()


def test_success_runs_off_the_gui_thread_and_announces_a_change(qtbot, ops):
    gui = threading.get_ident()
    seen = {}

    def action():
        seen["thread"] = threading.get_ident()
        return 42

    def on_success(value):
        seen["value"] = value
        seen["delivered_on"] = threading.get_ident()

    with qtbot.waitSignal(ops.data_changed, timeout=5000):
        ops.run(action, on_success=on_success)
    assert seen["value"] == 42 and seen["thread"] != gui and seen["delivered_on"] == gui


def test_reads_do_not_announce_a_change(qtbot, ops):
    results = []
    with qtbot.assertNotEmitted(ops.data_changed, wait=200):
        ops.run(lambda: "x", on_success=results.append, changes_data=False)
        qtbot.waitUntil(lambda: results == ["x"], timeout=5000)


def test_user_error_is_shown_in_dutch(qtbot, ops, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def action():
        raise InvalidInput("amount_zero")

    with qtbot.assertNotEmitted(ops.data_changed, wait=200):
        ops.run(action)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Het bedrag moet groter zijn dan nul."]


def test_unexpected_error_gets_an_apology_not_a_traceback(qtbot, ops, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ops.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "Er is niets opgeslagen" in shown[0] and "ZeroDivision" not in shown[0]


def test_busy_signal_brackets_the_work(qtbot, ops):
    states = []
    ops.busy_changed.connect(states.append)
    with qtbot.waitSignal(ops.data_changed, timeout=5000):
        ops.run(lambda: None)
    assert states == [True, False]
