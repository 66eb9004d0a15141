"""E-mailing a letter from the window as a user does (issue 13): file it, "E-mail…", the
draft opens in the mail program, "Is de e-mail verstuurd?" yes → sent by e-mail; the
mail server in Settings with its "Test connection"; the batch's drafts; the warning about
an old bank statement before a batch of reminders."""

from datetime import date, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_batch import BatchLine
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.smtp_send import read_smtp_settings, store_password
from debiteur_desk.services.statement_age import StatementAge
from debiteur_desk.store.models import Letter
from debiteur_desk.ui.letters import email_actions, statement_check
from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog
from debiteur_desk.ui.letters.letter_window import LetterWindow
from debiteur_desk.ui.settings_dialog import SettingsDialog
from debiteur_desk.ui.smtp_dialog import SmtpDialog

from ..integration.factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(company_book):
    return company_book


@pytest.fixture
def mail_program(monkeypatch):
    """The default mail program: what it was asked to open."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def answer_sent(monkeypatch, answer):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def filed_letter_window(qtbot, ops, db, email="iris@example.nl"):
    cid = client(db, name="Iris Bos", kind=ClientKind.CONSUMER, email=email)
    due = TODAY - timedelta(days=20)
    invoice(db, cid, "F-1", "120.00", invoice_date=due - timedelta(days=30), due=due)
    window = LetterWindow(ops, db, cid, today=TODAY)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.preview.page_count >= 1, timeout=10_000)
    assert not window.email_button.isEnabled()  # only a filed letter goes out
    window._file_button.click()
    qtbot.waitUntil(lambda: window.email_button.isEnabled(), timeout=10_000)
    return window


def sent_via(db):
    with db.reading() as session:
        letter = session.scalars(select(Letter)).one()
        return letter.sent_on, letter.sent_via


def test_email_opens_the_draft_and_a_yes_marks_it_sent_by_email(
    qtbot, book, ops, mail_program, monkeypatch
):
    asked = answer_sent(monkeypatch, QMessageBox.StandardButton.Yes)
    window = filed_letter_window(qtbot, ops, book)
    window.email_button.click()
    qtbot.waitUntil(lambda: sent_via(book) == (TODAY, "email"), timeout=10_000)
    (url,) = mail_program
    draft = Path(url.toLocalFile())
    assert draft == window.made.path.with_suffix(".eml")
    mail = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert mail["X-Unsent"] == "1" and mail["To"].addresses[0].addr_spec == "iris@example.nl"
    assert asked == ["Has the e-mail been sent?"] or asked == ["Is de e-mail verstuurd?"]
    qtbot.waitUntil(lambda: "e-mail" in window._status.text(), timeout=10_000)


def test_not_sent_yet_leaves_the_letter_unsent(qtbot, book, ops, mail_program, monkeypatch):
    answer_sent(monkeypatch, QMessageBox.StandardButton.No)
    window = filed_letter_window(qtbot, ops, book)
    window.email_button.click()
    qtbot.waitUntil(lambda: ".eml" in window._status.text(), timeout=10_000)
    ops.wait()
    assert len(mail_program) == 1 and sent_via(book) == (None, None)


def test_with_a_mail_server_the_letter_can_be_sent_at_once(
    qtbot, book, ops, server, vault, mail_program, monkeypatch
):
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", server.port),
                       ("smtp.security", "none"), ("smtp.user", "jan")):  # fmt: skip
        change_setting(book, key, value)
    store_password(read_smtp_settings(book), "geheim")
    offered = []

    def send_now(parent, to):
        offered.append(to)
        return email_actions.SEND

    monkeypatch.setattr(email_actions, "choose_way", send_now)
    window = filed_letter_window(qtbot, ops, book)
    window.email_button.click()
    qtbot.waitUntil(lambda: sent_via(book) == (TODAY, "email"), timeout=10_000)
    assert offered == ["iris@example.nl"] and mail_program == []
    (received,) = server.received
    assert received.recipients == ["iris@example.nl"]


def test_a_failed_send_shows_the_reason_and_records_nothing(
    qtbot, book, ops, server, vault, monkeypatch
):
    for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", server.port),
                       ("smtp.security", "none"), ("smtp.user", "jan")):  # fmt: skip
        change_setting(book, key, value)
    store_password(read_smtp_settings(book), "verkeerd")
    monkeypatch.setattr(email_actions, "choose_way", lambda parent, to: email_actions.SEND)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = filed_letter_window(qtbot, ops, book)
    window.email_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "weigert de gebruikersnaam jan" in shown[0] and "Traceback" not in shown[0]
    assert sent_via(book) == (None, None)


def test_the_mail_server_dialog_tests_the_connection_in_dutch(qtbot, ops, server, vault):
    initial = {"smtp.host": "127.0.0.1", "smtp.port": server.port, "smtp.security": "none",
               "smtp.user": "jan"}  # fmt: skip
    dialog = SmtpDialog(None, initial, ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "fout")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "weigert" in dialog.result.text(), timeout=10_000)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "geheim")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "werkt" in dialog.result.text() or "works" in dialog.result.text(),
                    timeout=10_000)  # fmt: skip
    assert dialog.new_password == "geheim"
    assert vault.passwords == {}  # testing keeps nothing; saving Settings does
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.values["smtp.port"] == server.port  # a port of one's own stays


def test_choosing_the_security_sets_its_usual_port(qtbot):
    dialog = SmtpDialog(None, {"smtp.host": "smtp.example.nl"})
    qtbot.addWidget(dialog)
    assert dialog.values["smtp.port"] == 587 and not dialog.test_button.isVisible()
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.values["smtp.port"] == 465


def test_settings_carries_the_mail_server_and_its_password(qtbot, monkeypatch):
    dialog = SettingsDialog(None, {"company.name": "Van Dam", "smtp.host": ""}, "nl")
    qtbot.addWidget(dialog)

    def fill(smtp):
        smtp.host.setText("smtp.example.nl")
        qtbot.keyClicks(smtp.password, "geheim")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SmtpDialog, "exec", fill)
    dialog.mail_button.click()
    assert dialog.values["smtp.host"] == "smtp.example.nl"
    assert dialog.values["smtp.port"] == 587
    assert dialog.smtp_password == "geheim"
    assert "smtp.example.nl" in dialog.mail_state.text()


def test_the_batch_offers_drafts_for_the_clients_with_an_address(qtbot):
    def line(cid, email):
        request = LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=TODAY)
        return BatchLine(request, cid, f"Klant {cid}", ("F-1",), Decimal("10.00"), email=email)

    dialog = ReminderBatchDialog(None, [line(1, "a@example.nl"), line(2, "")], "nl")
    qtbot.addWidget(dialog)
    assert dialog.drafts and dialog.email_drafts.isEnabled()
    assert "(1)" in dialog.email_drafts.text()
    dialog.email_drafts.setChecked(False)
    assert not dialog.drafts
    none = ReminderBatchDialog(None, [line(2, "")], "nl")
    qtbot.addWidget(none)
    assert not none.drafts and not none.email_drafts.isEnabled()


def test_an_old_statement_is_named_before_the_reminders_go(qtbot, monkeypatch):
    """Four working days back across a weekend (Wednesday → Tuesday): warned; going on
    anyway is the user's choice."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []

    def warning(parent, title, text, buttons, default):
        asked.append(text)
        return QMessageBox.StandardButton.No  # go on anyway

    monkeypatch.setattr(QMessageBox, "warning", warning)
    old = StatementAge(date(2026, 3, 4), 4, True)
    assert statement_check.go_on_with_reminders(parent, old, "nl")
    assert "04-03-2026" in asked[0] and "goodwill" in asked[0]
    recent = StatementAge(date(2026, 3, 5), 3, False)
    assert statement_check.go_on_with_reminders(parent, recent, "nl")
    assert len(asked) == 1  # a recent statement asks nothing
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    assert not statement_check.go_on_with_reminders(parent, old, "nl")


def test_a_batch_of_reminders_by_email_from_the_letters_menu(
    qtbot, db, tmp_path, monkeypatch, today_is, mail_program
):
    """The whole path as a user walks it: Letters › All due first reminders; no statement
    read yet, so the app says so and the user goes on anyway; the list with "also an
    e-mail draft"; the drafts open in the mail program; "sent?" yes → sent by e-mail."""
    from debiteur_desk.ui.main_window import MainWindow

    today_is(TODAY)
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    for name, email in (("Anna Bakker", "anna@example.nl"), ("Bram Visser", "")):
        cid = client(db, name=name, kind=ClientKind.CONSUMER, email=email)
        invoice(db, cid, f"F-{cid}", "75.00", invoice_date=TODAY - timedelta(days=40),
                due=TODAY - timedelta(days=10))  # fmt: skip
    window = MainWindow(db, "nl")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    warned, informed = [], []

    def warning(parent, title, text, *args):
        warned.append(text)
        return QMessageBox.StandardButton.No  # go on anyway

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: informed.append(args[2]))
    monkeypatch.setattr(ReminderBatchDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    asked = answer_sent(monkeypatch, QMessageBox.StandardButton.Yes)  # open them; sent
    window.letters.reminder_batch.trigger()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20_000)
    assert "goodwill" in warned[0] and informed
    (url,) = mail_program  # Bram has no address: no draft
    assert "anna@example.nl" in Path(url.toLocalFile()).read_text(encoding="utf-8")
    window.ops.wait()
    qtbot.waitUntil(lambda: window.ops.wait(100) and _vias(db) == ["email", None], timeout=10_000)


def _vias(db):
    with db.reading() as session:
        letters = session.scalars(select(Letter).order_by(Letter.client_id)).all()
        return [letter.sent_via for letter in letters]
