"""A letter as an e-mail draft (issue 13): the .eml beside the PDF, read back with the
standard library as a mail program would, and the draft per client of a reminder batch."""

from datetime import date, timedelta
from email import message_from_bytes, policy

import pytest

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.email_draft import write_draft
from debiteur_desk.services.letter_batch import (
    due_reminder_requests,
    make_reminders,
    preview_reminders,
    undo_batch,
)
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter
from debiteur_desk.text.messages import describe

from .factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(company_book):
    return company_book


def overdue(db, name, email="", language="nl"):
    cid = client(db, name=name, kind=ClientKind.CONSUMER, email=email, language=language,
                 street="Dorpsstraat 1", postcode="1234 AB", city="Utrecht")  # fmt: skip
    due = TODAY - timedelta(days=20)
    invoice(db, cid, f"F-{cid}", "242.00", invoice_date=due - timedelta(days=14), due=due)
    return cid


def reminder(db, cid):
    request = LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=TODAY)
    return make_letter(db, request, today=TODAY)


def read_eml(path):
    return message_from_bytes(path.read_bytes(), policy=policy.default)


def test_the_draft_is_the_letter_as_an_unsent_email_with_its_pdf(book):
    cid = overdue(book, "Zoë de Vries", email="zoe@example.nl")
    made = reminder(book, cid)
    draft = write_draft(book, made.letter_id)
    assert draft.path == made.path.with_suffix(".eml")  # beside the PDF, the same name
    mail = read_eml(draft.path)
    assert mail["X-Unsent"] == "1"
    assert mail["To"].addresses[0].addr_spec == "zoe@example.nl"
    assert mail["To"].addresses[0].display_name == "Zoë de Vries"
    assert mail["From"].addresses[0].addr_spec == DEMO_COMPANY["company.email"]
    assert mail["Subject"] == "Betalingsherinnering"
    body = mail.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    text = body.get_content()
    assert text.startswith("Geachte Zoë de Vries,")
    assert "F-" in text and "€ 242,00" in text
    assert "uiterlijk 06-12-2026" in text  # the letter's own term
    assert "als pdf in de bijlage" in text
    (attachment,) = list(mail.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == made.path.name
    assert attachment.get_content() == made.path.read_bytes()


def test_an_english_client_gets_the_english_letter_text(book):
    cid = overdue(book, "John Smith", email="john@example.com", language="en")
    mail = read_eml(write_draft(book, reminder(book, cid).letter_id).path)
    assert mail["Subject"] == "Payment reminder"
    assert mail.get_body(("plain",)).get_content().startswith("Dear John Smith,")


def test_without_an_address_the_draft_has_no_recipient_for_the_user_to_fill_in(book):
    cid = overdue(book, "Piet Post")
    draft = write_draft(book, reminder(book, cid).letter_id)
    assert draft.to == "" and read_eml(draft.path)["To"] is None


def test_the_text_is_the_letter_as_filed_not_the_book_as_it_is_now(book):
    cid = overdue(book, "Zoë de Vries", email="zoe@example.nl")
    made = reminder(book, cid)
    invoice(book, cid, "LATER-1", "999.00", invoice_date=TODAY, due=TODAY)
    text = read_eml(write_draft(book, made.letter_id).path).get_body(("plain",)).get_content()
    assert "LATER-1" not in text and "999" not in text


def test_a_changed_pdf_is_not_sent(book):
    cid = overdue(book, "Zoë de Vries", email="zoe@example.nl")
    made = reminder(book, cid)
    made.path.write_bytes(made.path.read_bytes() + b"%")
    with pytest.raises(RuleViolation) as refused:
        write_draft(book, made.letter_id)
    assert "gewijzigd" in describe(refused.value)
    assert not made.path.with_suffix(".eml").exists()


def test_a_batch_of_reminders_gets_one_draft_per_client_with_an_address(book):
    with_mail = overdue(book, "Zoë de Vries", email="zoe@example.nl")
    overdue(book, "Piet Post")
    lines = run_to_end(preview_reminders(book, TODAY))
    assert {line.client_id: line.email for line in lines}[with_mail] == "zoe@example.nl"
    result = run_to_end(
        make_reminders(book, due_reminder_requests(book, TODAY), TODAY, drafts=True)
    )
    assert len(result.letters) == 2
    (draft,) = result.drafts
    assert draft.client_id == with_mail and draft.path.exists()
    assert read_eml(draft.path)["To"].addresses[0].addr_spec == "zoe@example.nl"
    undo_batch(book, result)  # taking the batch back takes its drafts too
    assert not draft.path.exists()


def test_a_batch_without_drafts_writes_none(book):
    overdue(book, "Zoë de Vries", email="zoe@example.nl")
    result = run_to_end(make_reminders(book, due_reminder_requests(book, TODAY), TODAY))
    assert result.drafts == ()
    assert not list(result.letters[0].path.parent.glob("*.eml"))
