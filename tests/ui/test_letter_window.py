"""Making a letter in the window: live preview, refusal reasons, filing and marking as sent."""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import LetterKind
from debiteur_desk.store.models import Letter
from debiteur_desk.ui.letters import letter_window
from debiteur_desk.ui.letters.letter_window import LetterWindow
from debiteur_desk.ui.letters.sent_dialog import LetterSentDialog, SentInfo

from ..integration.factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(company_book):
    return company_book


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


def test_the_payment_plan_agreement_is_made_straight_from_the_plan(qtbot, book, ops):
    """Found by a user: the plan letter window was grey, asking for a deadline, and 'own
    deadline' started at today. It opens ready, the return-by date 14 days on, editable."""
    from decimal import Decimal

    from debiteur_desk.domain.payment_plan import Frequency
    from debiteur_desk.services.payment_plans import PaymentPlanInput, create_payment_plan

    cid = overdue_client(book, ClientKind.CONSUMER)
    with book.reading() as s:
        from debiteur_desk.store.models import Invoice

        inv = s.scalars(select(Invoice.id)).one()
    create_payment_plan(book, PaymentPlanInput(
        cid, (inv,), Frequency.MONTHLY, TODAY + timedelta(days=14), instalment=Decimal("40"),
    ))  # fmt: skip
    window = LetterWindow(ops, book, cid, kind=LetterKind.PAYMENT_PLAN, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.preview.page_count >= 1, timeout=10_000)
    assert window._problem.text() == "" and window._file_button.isEnabled()
    assert window._deadline.date == TODAY + timedelta(days=14)
    assert window._own_deadline.isEnabled() and not window._deadline.isEnabled()
    window._own_deadline.setChecked(True)
    window._deadline.set_date(TODAY + timedelta(days=10))
    qtbot.waitUntil(lambda: window.request().deadline == TODAY + timedelta(days=10))
    qtbot.waitUntil(lambda: window._file_button.isEnabled(), timeout=10_000)
    window._file_button.click()
    qtbot.waitUntil(lambda: window.made is not None, timeout=10_000)
    with book.reading() as s:
        data = s.scalars(select(Letter.data_json)).one()
    assert f'"deadline": "{TODAY + timedelta(days=10)}"' in data


def test_the_window_opens_on_the_step_the_client_is_at(qtbot, book, ops, today_is):
    """Found by a user: after a reminder was sent the window still offered a reminder."""
    today_is(TODAY)
    from debiteur_desk.services.letter_context import LetterRequest
    from debiteur_desk.services.letters import make_letter, mark_letter_sent

    cid = overdue_client(book, ClientKind.BUSINESS)
    first = make_letter(book, LetterRequest(LetterKind.REMINDER, client_id=cid,
                                            letter_date=TODAY - timedelta(days=19)))  # fmt: skip
    mark_letter_sent(book, first.letter_id, TODAY - timedelta(days=19), "post")
    window = LetterWindow(ops, book, cid, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._step.text() != "", timeout=10_000)
    # The next step is the call after the first reminder; the letter after it is the second.
    assert window.request().kind is LetterKind.SECOND_REMINDER
    assert "No letter is due now" in window._step.text()


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


def test_the_usual_term_follows_the_letter_date(qtbot, book, ops):
    """Seen on screen: the letter dated 21-12 still offered the deadline of 02-12 + 7."""
    cid = overdue_client(book, ClientKind.BUSINESS)
    window = LetterWindow(ops, book, cid, kind=LetterKind.FINAL_DEMAND, today=TODAY)
    qtbot.addWidget(window)
    window._date.set_date(TODAY + timedelta(days=19))
    assert window._deadline.date == TODAY + timedelta(days=26)
    qtbot.waitUntil(lambda: window._step.text() != "", timeout=10_000)
    assert "(" in window._step.text()  # the step names what to do and when
