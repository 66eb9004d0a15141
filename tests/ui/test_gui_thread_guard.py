"""The guard every UI test runs under catches a query made by ``ui/`` code on the GUI
thread, and lets the same call through on a worker (issue 11)."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.ui.dialogs.date_dialog import DateDialog
from debiteur_desk.ui.plan_actions import ask_plan_signed

from .gui_thread_guard import book_off_the_gui_thread, on_a_worker


@pytest.mark.gui_thread_queries
def test_a_query_from_ui_code_on_the_gui_thread_is_caught(qtbot, db, monkeypatch):
    monkeypatch.setattr(DateDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    action = ask_plan_signed(None, db, 12345, date(2026, 11, 22))
    with book_off_the_gui_thread() as offences, pytest.raises(DebiteurError):
        action()  # the unknown plan is refused, after the session was opened
    assert offences and "plan_actions.py" in offences[0]
    with book_off_the_gui_thread() as offences, pytest.raises(DebiteurError):
        on_a_worker(action)
    assert offences == []


def test_test_code_filling_a_book_is_not_an_offence(db):
    from debiteur_desk.services.demo import fill_demo

    with book_off_the_gui_thread() as offences:
        fill_demo(db, clients=2, invoices=3, seed=1)
    assert offences == []
