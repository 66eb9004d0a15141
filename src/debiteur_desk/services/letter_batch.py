"""Every first reminder due today at once: first the list to check, then the letters.

Both steps are long jobs (generators of ``Progress``, run on the worker with a progress
dialog). ``preview_reminders`` asks the letter rules about each due reminder without
filing anything; the user deselects what should not go out; ``make_reminders`` files and
records the chosen ones and writes one PDF to print them all, and, if asked, an e-mail draft
per client with an e-mail address (``email_draft``). Stopping it takes back what it made
so far, records and files; until one of its letters is marked as sent, the whole batch can
be undone (``undo_batch``).

A reminder names no invoice whose "did it really go out?" check is open (art. 3:37 lid 3
BW, ``domain/letter_rules.py``): after an opening balance every client may wait for it.
``BatchLine.to_check`` are those invoices, so the batch window can ask the user to confirm
them all at once (``worklist_actions.confirm_sent``) and read the list again.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from debiteur_desk.domain.errors import DebiteurError, RuleViolation
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.money import ZERO
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.letters.combine import PdfConcatenator
from debiteur_desk.services.email_draft import EmailDraft, write_drafts
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import (
    MadeLetter,
    delete_letters,
    file_letter,
    letters_folder,
    prepare_letter,
    template_overrides,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client
from debiteur_desk.store.queries.letters import clients_needing_first_reminder

SENT_CHECK_OPEN = "letter_invoice_sent_check_open"  # ``letter_rules``: not checked as sent


@dataclass(frozen=True)
class BatchLine:
    """One due reminder as the user checks it before the batch is made."""

    request: LetterRequest
    client_id: int
    client_name: str
    invoice_numbers: tuple[str, ...]
    amount: Decimal  # what the letter asks to be paid
    refusal: DebiteurError | None = None  # why the rules refuse it (then it is not offered)
    email: str = ""  # the client's e-mail address, if the book has one
    # the client's invoices it leaves out, and why; refused: the others held besides
    left_out: tuple[RuleViolation, ...] = ()

    @property
    def to_check(self) -> tuple[int, ...]:
        """The invoices held until the user checked that they went out (art. 3:37 lid 3 BW)."""
        reasons = (self.refusal, *self.left_out)
        return tuple(
            int(why.params["invoice_id"])
            for why in reasons
            if why is not None and why.code == SENT_CHECK_OPEN
        )


@dataclass(frozen=True)
class BatchResult:
    letters: tuple[MadeLetter, ...]
    refusals: tuple[DebiteurError, ...]
    combined: Path | None  # one PDF with every letter, to print
    drafts: tuple[EmailDraft, ...] = ()  # one e-mail draft per client with an address


def due_reminder_requests(db: Database, today: date) -> list[LetterRequest]:
    """Clients with overdue invoices that never had any letter: first reminders due today."""
    with db.reading() as session:
        client_ids = clients_needing_first_reminder(session, today)
    return [LetterRequest(LetterKind.REMINDER, client_id=c, letter_date=today) for c in client_ids]


def _client_name(db: Database, client_id: int) -> str:
    with db.reading() as session:
        client = session.get(Client, client_id)
        return client.name if client else str(client_id)


def _client_email(db: Database, client_id: int) -> str:
    with db.reading() as session:
        client = session.get(Client, client_id)
        return client.email.strip() if client else ""


def preview_reminders(db: Database, today: date) -> ProgressJob[list[BatchLine]]:
    """Each due first reminder with its invoices and amount, or the rule that refuses it;
    the invoices a reminder leaves out (not yet checked as sent, disputed, …) with theirs."""
    requests = due_reminder_requests(db, today)
    lines = []
    for done, request in enumerate(requests, start=1):
        assert request.client_id is not None
        try:
            prepared = prepare_letter(db, request, today)
        except DebiteurError as refusal:
            name = _client_name(db, request.client_id)
            held = tuple(refusal.params.get("also_held", ()))
            lines.append(
                BatchLine(request, request.client_id, name, (), ZERO, refusal, left_out=held)
            )
        else:
            ctx = prepared.context
            numbers = tuple(line.number for line in ctx.invoices)
            due = max(ctx.total_open - ctx.total_unapplied, ZERO)
            email = _client_email(db, prepared.client_id)
            lines.append(
                BatchLine(request, prepared.client_id, prepared.client_name, numbers, due,
                          email=email, left_out=prepared.left_out)
            )  # fmt: skip
        yield Progress(done, len(requests), lines[-1].client_name)
    return lines


def _combined_path(db: Database, today: date) -> Path:
    folder = letters_folder(db)
    target = folder / f"{today:%Y-%m-%d} herinneringen afdrukken.pdf"
    counter = 2
    while target.exists():
        target = folder / f"{today:%Y-%m-%d} herinneringen afdrukken ({counter}).pdf"
        counter += 1
    return target


def make_reminders(
    db: Database,
    requests: Sequence[LetterRequest],
    today: date,
    combined: Path | None = None,
    *,
    drafts: bool = False,
) -> ProgressJob[BatchResult]:
    """File and record each letter, then one PDF to print them all; ``drafts``: also an
    e-mail draft beside each letter whose client has an e-mail address. Closing the job
    before it ends (Stop) takes back the letters it made: records and files."""
    overrides = template_overrides(db)
    made: list[MadeLetter] = []
    emails: list[EmailDraft] = []
    refusals: list[DebiteurError] = []
    target = combined or _combined_path(db, today)
    finished = False
    # The combined PDF grows in a temporary file (memory stays flat) and is put in place
    # only when the batch finishes: a stopped batch leaves no half-written file.
    try:
        with tempfile.TemporaryFile() as spool:
            pages = PdfConcatenator(spool)
            for done, request in enumerate(requests, start=1):
                try:
                    letter, pdf = file_letter(db, prepare_letter(db, request, today), overrides)
                except DebiteurError as refusal:  # reported per letter; the batch goes on
                    refusals.append(refusal)
                else:
                    made.append(letter)
                    pages.add(pdf)
                    if drafts:
                        emails += write_drafts(db, [letter.letter_id])
                yield Progress(done, len(requests))
            if pages.page_count:
                pages.finish()
                spool.seek(0)
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("xb") as handle:
                    shutil.copyfileobj(spool, handle)
        finished = True
    finally:
        if not finished and made:
            _delete_drafts(emails)
            delete_letters(db, [letter.letter_id for letter in made])
    combined_path = target if target.exists() else None
    return BatchResult(tuple(made), tuple(refusals), combined_path, tuple(emails))


def _delete_drafts(drafts: Sequence[EmailDraft]) -> None:
    for draft in drafts:
        draft.path.unlink(missing_ok=True)


def undo_batch(db: Database, result: BatchResult) -> None:
    """Take the whole batch back, unless one of its letters was marked as sent."""
    delete_letters(db, [letter.letter_id for letter in result.letters])
    _delete_drafts(result.drafts)
    if result.combined is not None:
        result.combined.unlink(missing_ok=True)
