"""A letter as an e-mail: its text in the body, its PDF attached, to the client's address.

Offline and without a password, ``write_draft`` saves the e-mail as a draft (``.eml``
with ``X-Unsent: 1``) next to the letter's PDF, under the same name; Outlook, Thunderbird
and Apple Mail open such a file as a new message ready to send. The text is produced
again from the data the letter was filed with (``letters/evidence.py``), so it says what
the PDF says however the book changed since; the PDF attached is the filed one, checked
against its hash. The letter counts as sent only when the user confirms it
(``letters.mark_letter_sent`` with ``via="email"``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from debiteur_desk.domain.errors import NotFound, RuleViolation
from debiteur_desk.letters import LetterKind
from debiteur_desk.letters.evidence import context_from_evidence
from debiteur_desk.letters.plain_text import letter_text
from debiteur_desk.services.letters import template_overrides
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Letter
from debiteur_desk.store.settings_store import get_setting

DRAFT_SUFFIX = ".eml"


@dataclass(frozen=True)
class LetterEmail:
    """One letter's e-mail, and where it goes."""

    letter_id: int
    client_id: int
    to: str  # the client's address; empty when the book has none
    subject: str
    message: EmailMessage
    pdf_path: Path


@dataclass(frozen=True)
class EmailDraft:
    letter_id: int
    client_id: int
    path: Path  # the .eml beside the letter's PDF
    to: str


def _address(name: str, email: str) -> str:
    return formataddr((name, email)) if email else ""


def letter_recipient(db: Database, letter_id: int) -> str:
    """The e-mail address of the letter's client (empty when the book has none)."""
    with db.reading() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("letter_not_found", id=letter_id)
        return letter.client.email.strip()


def letter_email(db: Database, letter_id: int) -> LetterEmail:
    """Build the e-mail for a filed letter (``NotFound`` for an unknown letter or a PDF that
    is gone, ``RuleViolation`` when the PDF is no longer the one filed)."""
    with db.reading() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("letter_not_found", id=letter_id)
        kind, data = LetterKind(letter.kind), json.loads(letter.data_json or "{}")
        pdf_path, sha256 = Path(letter.file_path), letter.sha256
        client_id, client_name, to = letter.client_id, letter.client.name, letter.client.email
        company_name = str(get_setting(session, "company.name"))
        company_email = str(get_setting(session, "company.email"))
    if not pdf_path.is_file():
        raise NotFound("email_letter_file_missing", path=str(pdf_path))
    pdf = pdf_path.read_bytes()
    if hashlib.sha256(pdf).hexdigest() != sha256:
        raise RuleViolation("email_letter_file_changed", path=str(pdf_path))
    text = letter_text(kind, context_from_evidence(data), templates=template_overrides(db))
    message = EmailMessage(policy=SMTP)
    message["Subject"] = text.subject
    if company_email:
        message["From"] = _address(company_name, company_email.strip())
    if to.strip():
        message["To"] = _address(client_name, to.strip())
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=_domain(company_email))
    message.set_content(text.body)  # text/plain; charset=utf-8
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_path.name)
    return LetterEmail(letter_id, client_id, to.strip(), text.subject, message, pdf_path)


def _domain(email: str) -> str | None:
    """The sender's domain for the Message-ID (a draft keeps it when it is sent)."""
    _, _, domain = email.strip().rpartition("@")
    return domain or None


def draft_path(pdf_path: Path) -> Path:
    return pdf_path.with_suffix(DRAFT_SUFFIX)


def _save(mail: LetterEmail) -> EmailDraft:
    mail.message["X-Unsent"] = "1"  # Outlook opens it as a message to send, not as received
    target = draft_path(mail.pdf_path)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(mail.message.as_bytes())
    partial.replace(target)
    return EmailDraft(mail.letter_id, mail.client_id, target, mail.to)


def write_draft(db: Database, letter_id: int) -> EmailDraft:
    """Save the letter's e-mail as a draft beside its PDF (the same name, ``.eml``); an
    earlier draft of the same letter is replaced. Without the client's address the draft
    has no To: the user fills it in."""
    return _save(letter_email(db, letter_id))


def write_drafts(db: Database, letter_ids: list[int]) -> list[EmailDraft]:
    """A draft for each of the letters whose client has an e-mail address (a batch)."""
    mails = (letter_email(db, letter_id) for letter_id in letter_ids)
    return [_save(mail) for mail in mails if mail.to]
