"""Dates are typed the way the user writes them, in every date field, in Dutch (15-05-2026)
and in English (15/05/2026); the calendar is still there to pick one."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from debiteur_desk.domain import clock
from debiteur_desk.ui.dialogs.date_dialog import DateDialog
from debiteur_desk.ui.filter_bar import FilterBar
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog, SentInfo

DAY = date(2026, 5, 15)


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    qapp.setProperty("language", request.param)
    yield request.param
    qapp.setProperty("language", None)


def written(day: date, language: str) -> str:
    return day.strftime("%d-%m-%Y" if language == "nl" else "%d/%m/%Y")


def retype(qtbot, line_edit, text):
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)


def test_typing_the_as_of_date_reads_the_book_as_of_that_day(qtbot, language):
    bar = FilterBar(language)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.as_of_date == clock.today() and bar.as_of.text() == written(clock.today(), language)
    with qtbot.waitSignal(bar.as_of_changed, timeout=2_000) as changed:
        retype(qtbot, bar.as_of.line_edit, written(DAY, language))
    assert changed.args == [DAY]
    assert bar.as_of.text() == written(DAY, language)  # not "02-05--"
    assert bar.as_of_date == DAY and bar.today.isEnabled()


def test_an_as_of_date_half_typed_is_put_back_when_the_field_is_left(qtbot):
    bar = FilterBar("nl")
    qtbot.addWidget(bar)
    bar.show()
    bar.set_as_of(DAY)
    with qtbot.assertNotEmitted(bar.as_of_changed, wait=500):
        retype(qtbot, bar.as_of.line_edit, "15-05-")
        assert bar.as_of.error  # red, and the tooltip says why
        assert bar.as_of_date == DAY
        qtbot.keyClick(bar.as_of.line_edit, Qt.Key.Key_Return)
    assert bar.as_of.text() == "15-05-2026" and not bar.as_of.error


def test_the_today_button_and_the_calendar_still_work(qtbot):
    bar = FilterBar("nl")
    qtbot.addWidget(bar)
    bar.show()
    with qtbot.waitSignal(bar.as_of_changed, timeout=2_000) as changed:
        bar.as_of._calendar.clicked.emit(QDate(2026, 5, 15))
    assert changed.args == [DAY] and bar.as_of.text() == "15-05-2026"
    with qtbot.waitSignal(bar.as_of_changed, timeout=2_000) as changed:
        bar.today.click()
    assert changed.args == [clock.today()] and not bar.today.isEnabled()


def test_a_date_typed_in_the_date_dialog(qtbot, language):
    dialog = DateDialog(None, "Ondertekend retour", "Wanneer?", today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.date.line_edit, written(DAY, language))
    assert dialog.ok_button.isEnabled() and dialog.value == DAY


def test_a_date_typed_in_the_letter_sent_dialog(qtbot, language):
    dialog = LetterSentDialog(None, date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog._on.line_edit, written(DAY, language))
    assert dialog.ok_button.isEnabled()
    assert dialog.value == SentInfo(DAY, "post", "")


def test_typed_dates_show_in_the_language_of_the_app(qtbot, language):
    dialog = DateDialog(None, "x", "y", today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.date.line_edit, "2026-05-15")
    dialog.date.line_edit.editingFinished.emit()
    assert dialog.date.text() == written(DAY, language)
    assert QApplication.instance().property("language") == language
