"""Making a letter in the window: live preview, refusal reasons, filing and marking as sent."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import Letter
from debiteur_desk.ui.letters import letter_window
from debiteur_desk.ui.letters.letter_window import LetterWindow
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog, SentInfo
from debiteur_desk.ui.operations import Operations

from ..integration.factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    return db


@pytest.fixture
def ops(qtbot):
    operations = Operations("nl")
    yield operations
    operations.wait()


def overdue_client(db, kind):
    cid = client(db, name="Iris Bos" if kind is ClientKind.CONSUMER else "Bos B.V.", kind=kind)
    invoice(
        db,
        cid,
        f"F-{cid}",
        "120.00",
        invoice_date=TODAY - timedelta(days=50),
        due=TODAY - timedelta(days=20),
    )
    return cid


def test_preview_then_file_then_mark_sent(qtbot, book, ops, monkeypatch):
    cid = overdue_client(book, ClientKind.CONSUMER)
    window = LetterWindow(ops, book, cid, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.preview.page_count >= 1, timeout=10_000)
    assert window._problem.text() == ""
    window._file_button.click()
    qtbot.waitUntil(lambda: window.made is not None, timeout=10_000)
    assert window.made.path.exists() and window._print_button.isEnabled()

    monkeypatch.setattr(LetterSentDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        LetterSentDialog, "value", property(lambda self: SentInfo(TODAY, "registered", "3SXYZ"))
    )
    window._sent_button.click()
    qtbot.waitUntil(
        lambda: (
            "verzonden" in window._status.text().lower() or "sent" in window._status.text().lower()
        ),
        timeout=10_000,
    )
    with book.reading() as s:
        letter = s.scalars(select(Letter)).one()
        assert (letter.sent_via, letter.tracking_number) == ("registered", "3SXYZ")


def test_refusal_reason_instead_of_a_preview(qtbot, book, ops):
    cid = overdue_client(book, ClientKind.BUSINESS)
    window = LetterWindow(ops, book, cid, kind=LetterKind.FOURTEEN_DAY_LETTER, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._problem.text() != "", timeout=10_000)
    assert "consumenten" in window._problem.text()
    assert not window._file_button.isEnabled()
    window._kind.setCurrentIndex(list(LetterKind).index(LetterKind.FINAL_DEMAND))
    qtbot.waitUntil(
        lambda: window._problem.text() == "" and window.preview.page_count >= 1, timeout=10_000
    )
    assert window._file_button.isEnabled()
    assert "niet geverifieerd" in window._warning.text() or "not verified" in window._warning.text()


def test_sent_dialog_needs_a_tracking_number_for_registered_mail(qtbot):
    dialog = LetterSentDialog(None, TODAY)
    qtbot.addWidget(dialog)
    ok = dialog._buttons.button(dialog._buttons.StandardButton.Ok)
    assert ok.isEnabled()
    dialog._via.setCurrentIndex(dialog._via.findData("registered"))
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog._tracking.line_edit, "3SABC123")
    assert ok.isEnabled()
    assert dialog.value == SentInfo(TODAY, "registered", "3SABC123")


def test_module_exposes_the_window():
    assert letter_window.LetterWindow is LetterWindow


def test_the_letter_date_and_deadline_are_typed(qtbot, book, ops):
    cid = overdue_client(book, ClientKind.CONSUMER)
    window = LetterWindow(ops, book, cid, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preview.page_count >= 1, timeout=10_000)
    window._date.line_edit.selectAll()
    qtbot.keyClicks(window._date.line_edit, "20-11-2026")
    window._own_deadline.setChecked(True)
    window._deadline.line_edit.selectAll()
    qtbot.keyClicks(window._deadline.line_edit, "04-12-2026")
    request = window.request()
    assert (request.letter_date, request.deadline) == (date(2026, 11, 20), date(2026, 12, 4))
    qtbot.waitUntil(lambda: window._problem.text() == "", timeout=10_000)
