"""The background-operation helper: results and errors arrive on the GUI thread."""

import threading

from PySide6.QtWidgets import QMessageBox

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.ui.changes import Change


def test_success_runs_off_the_gui_thread_and_announces_a_change(qtbot, ops):
    gui = threading.get_ident()
    seen = {}

    def action():
        seen["thread"] = threading.get_ident()
        return 42

    def on_success(value):
        seen["value"] = value
        seen["delivered_on"] = threading.get_ident()

    with qtbot.waitSignal(ops.data_changed, timeout=5000) as announced:
        ops.run(action, on_success=on_success, changes=Change.INVOICES | Change.PAYMENTS)
    assert seen["value"] == 42 and seen["thread"] != gui and seen["delivered_on"] == gui
    assert announced.args == [Change.INVOICES | Change.PAYMENTS]  # what it said it changes


def test_reads_do_not_announce_a_change(qtbot, ops):
    results = []
    with qtbot.assertNotEmitted(ops.data_changed, wait=200):
        ops.run(lambda: "x", on_success=results.append)
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
        ops.run(lambda: None, changes=Change.CLIENTS)
    assert states == [True, False]


class _Marker:
    """Something a closure holds; says on which thread it was freed."""

    def __init__(self, freed_on):
        self.freed_on = freed_on

    def __del__(self):
        self.freed_on.append(threading.get_ident())


def test_what_an_action_holds_is_freed_on_the_gui_thread(qtbot, ops):
    """The crash of issue 9: closures over widgets were released on the worker thread."""
    gui, freed, results = threading.get_ident(), [], []
    for _ in range(20):
        marker = _Marker(freed)
        ops.run(lambda marker=marker: id(marker), on_success=results.append)
        del marker
    qtbot.waitUntil(lambda: len(results) == 20 and not ops.busy, timeout=5000)
    qtbot.waitUntil(lambda: len(freed) == 20, timeout=5000)
    assert set(freed) == {gui}


def test_a_progress_job_reports_and_returns_its_result(qtbot, ops):
    from debiteur_desk.domain.progress import Progress

    def job():
        for i in range(5):
            yield Progress(i + 1, 5, f"item {i}")
        return "klaar"

    results = []
    with qtbot.waitSignal(ops.data_changed, timeout=5000):
        ops.run_with_progress(
            job, title="t", label="l", on_success=results.append, changes=Change.LETTERS
        )
    assert results == ["klaar"]


def test_stop_ends_the_job_at_its_current_step_and_its_cleanup_runs(qtbot, ops):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    from debiteur_desk.domain.progress import Progress

    parent = QWidget()
    qtbot.addWidget(parent)
    steps, cleaned, outcome = [], [], []

    def job():
        try:
            for i in range(10_000):
                steps.append(i)
                yield Progress(i, 10_000)
                threading.Event().wait(0.002)
            return "finished"
        finally:
            cleaned.append(threading.get_ident())

    with qtbot.assertNotEmitted(ops.data_changed, wait=100):
        ops.run_with_progress(
            job, title="t", label="l", parent=parent,
            on_success=outcome.append, on_cancel=lambda: outcome.append("stopped"),
        )  # fmt: skip
        qtbot.waitUntil(lambda: len(steps) > 5, timeout=5000)
        dialog = parent.findChild(QProgressDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the job takes a while
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["stopped"] and len(steps) < 10_000
    assert cleaned and cleaned[0] != threading.get_ident()  # on the worker, at the step


def test_an_answer_for_a_closed_widget_is_dropped(qtbot, ops):
    from PySide6.QtWidgets import QWidget

    parent, started, results = QWidget(), threading.Event(), []
    release = threading.Event()

    def slow():
        started.set()
        release.wait(5)
        return 1

    ops.run(slow, parent=parent, on_success=results.append)
    started.wait(5)
    parent.deleteLater()
    qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert results == []


def test_keyboard_interrupt_is_not_turned_into_a_message(qtbot, ops, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args))

    def interrupted():
        raise KeyboardInterrupt

    with qtbot.captureExceptions() as raised:
        ops.run(interrupted)
        qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert shown == []
    assert [kind for kind, *_ in raised] == [KeyboardInterrupt]
