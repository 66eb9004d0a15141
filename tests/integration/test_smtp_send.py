"""Sending a letter directly through a mail server (issue 13): the password in the
keyring (an in-memory one here), never in the book; a local fake server receives the
message; every failure is one clear sentence, and nothing is recorded as sent."""

from datetime import date, timedelta
from email import message_from_bytes, policy

import keyring
import pytest
from sqlalchemy import select

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.smtp_send import (
    KEYRING_SERVICE,
    SmtpSettings,
    check_connection,
    read_smtp_settings,
    send_letter,
    store_password,
    store_password_for,
)
from debiteur_desk.store.models import Letter, Setting
from debiteur_desk.text.messages import describe

from .factories import client, invoice
from .fake_mail import closed_port, no_keyring

TODAY = date(2026, 11, 22)


def plain(server, **kw):
    values = {"host": "127.0.0.1", "port": server.port, "security": "none", "user": "jan"}
    return SmtpSettings(**(values | kw))


@pytest.fixture
def book(db, tmp_path, monkeypatch, server, vault):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    settings = plain(server)
    for key, value in (("smtp.host", settings.host), ("smtp.port", settings.port),
                       ("smtp.security", "none"), ("smtp.user", "jan")):  # fmt: skip
        change_setting(db, key, value)
    return db


def reminder_for(db, email="zoe@example.nl"):
    cid = client(db, name="Zoë de Vries", kind=ClientKind.CONSUMER, email=email,
                 street="Dorpsstraat 1", postcode="1234 AB", city="Utrecht")  # fmt: skip
    due = TODAY - timedelta(days=20)
    invoice(db, cid, "F-1", "242.00", invoice_date=due - timedelta(days=14), due=due)
    request = LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=TODAY)
    return make_letter(db, request, today=TODAY)


def sent_state(db, letter_id):
    with db.reading() as session:
        letter = session.get(Letter, letter_id)
        return letter.sent_on, letter.sent_via


def failure(action, language="nl"):
    with pytest.raises(DebiteurError) as caught:
        action()
    return describe(caught.value, language)


def test_the_password_is_kept_in_the_keyring_not_in_the_book(book, vault):
    store_password_for({"smtp.host": "127.0.0.1", "smtp.user": "jan"}, "geheim")
    assert vault.passwords == {(KEYRING_SERVICE, "jan@127.0.0.1"): "geheim"}
    with book.reading() as session:
        stored = [row.value for row in session.scalars(select(Setting))]
    assert not any("geheim" in value for value in stored)
    store_password(SmtpSettings("127.0.0.1", user="jan"), "")  # empty: forgotten
    assert vault.passwords == {}


def test_a_letter_is_sent_and_then_recorded_as_sent_by_email(book, server):
    store_password(read_smtp_settings(book), "geheim")
    made = reminder_for(book)
    result = send_letter(book, made.letter_id, TODAY)
    assert result.to == "zoe@example.nl"
    (received,) = server.received
    assert server.logins == ["jan"]
    assert received.sender == DEMO_COMPANY["company.email"]
    assert received.recipients == ["zoe@example.nl"]
    mail = message_from_bytes(received.data, policy=policy.default)
    assert mail["Subject"] == "Betalingsherinnering" and mail["X-Unsent"] is None
    (attachment,) = list(mail.iter_attachments())
    assert attachment.get_content() == made.path.read_bytes()
    assert sent_state(book, made.letter_id) == (TODAY, "email")


def test_a_wrong_password_says_so_and_records_nothing(book, server):
    store_password(read_smtp_settings(book), "fout")
    made = reminder_for(book)
    text = failure(lambda: send_letter(book, made.letter_id, TODAY))
    assert "weigert de gebruikersnaam jan" in text and "wachtwoord" in text
    assert sent_state(book, made.letter_id) == (None, None)
    assert server.received == []


def test_no_password_kept_yet(book):
    made = reminder_for(book)
    assert "nog geen wachtwoord" in failure(lambda: send_letter(book, made.letter_id, TODAY))


def test_a_refused_recipient_records_nothing(book, server):
    server.refuse.add("zoe@example.nl")
    store_password(read_smtp_settings(book), "geheim")
    made = reminder_for(book)
    assert "weigert het adres zoe@example.nl" in failure(
        lambda: send_letter(book, made.letter_id, TODAY)
    )
    assert sent_state(book, made.letter_id) == (None, None)


def test_a_client_without_an_address_is_not_sent(book):
    store_password(read_smtp_settings(book), "geheim")
    made = reminder_for(book, email="")
    assert "geen e-mailadres" in failure(lambda: send_letter(book, made.letter_id, TODAY))


def test_connection_test_with_the_typed_password(server, vault):
    check_connection(plain(server), "geheim")  # no error: it works
    assert "weigert" in failure(lambda: check_connection(plain(server), "fout"))
    assert vault.passwords == {}  # a test keeps nothing


def test_an_unreachable_server_in_both_languages(vault):
    settings = SmtpSettings("127.0.0.1", closed_port(), "none", "")
    assert "niet bereikbaar op poort" in failure(lambda: check_connection(settings))
    assert "cannot be reached on port" in failure(lambda: check_connection(settings), "en")


def test_tls_that_fails_is_named_as_such(server, vault):
    # The fake server speaks plain text: TLS from the start fails in the handshake...
    text = failure(lambda: check_connection(plain(server, security="tls"), "geheim"))
    assert "beveiligde verbinding" in text
    # ...and it offers no STARTTLS.
    text = failure(lambda: check_connection(plain(server, security="starttls"), "geheim"))
    assert "beveiligde verbinding" in text


def test_no_server_set_up(vault):
    assert "geen mailserver ingesteld" in failure(lambda: check_connection(SmtpSettings()))


def test_a_keyring_that_cannot_be_reached_is_a_clear_message(server):
    keyring.set_keyring(no_keyring())
    text = failure(lambda: check_connection(plain(server)))
    assert "wachtwoordkluis" in text
