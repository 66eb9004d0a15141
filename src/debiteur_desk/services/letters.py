"""Making, filing and recording letters.

A letter is made from the book (``letter_context.prepare``), rendered to PDF,
written under the letters folder (one folder per client, never overwriting), and
recorded with its sha256, the template version and the data it was made from, so it
can be shown as evidence later. The file is written before the record is committed
and removed again if the record fails: nothing is left half-done.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from platformdirs import user_documents_dir

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import DebiteurError, InvalidInput, NotFound
from debiteur_desk.letters import (
    Language,
    LetterKind,
    TemplateOverrides,
    effective_template,
    render_letter,
)
from debiteur_desk.letters.combine import PdfConcatenator
from debiteur_desk.services import audit
from debiteur_desk.services.letter_context import LetterRequest, PreparedLetter, prepare
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Invoice, Letter
from debiteur_desk.store.queries.letters import clients_needing_first_reminder
from debiteur_desk.store.settings_store import get_setting

DOCUMENTS_ENV = "DEBITEUR_DESK_DOCUMENTS_DIR"
SENT_VIA = ("post", "registered", "email", "hand")

KIND_FILE_NAMES = {
    LetterKind.REMINDER: "herinnering",
    LetterKind.SECOND_REMINDER: "tweede-herinnering",
    LetterKind.AGREEMENT_CONFIRMATION: "bevestiging-afspraak",
    LetterKind.PAYMENT_PLAN: "betalingsregeling",
    LetterKind.FOURTEEN_DAY_LETTER: "14-dagenbrief",
    LetterKind.FINAL_DEMAND: "sommatie",
}


@dataclass(frozen=True)
class MadeLetter:
    letter_id: int
    path: Path
    sha256: str
    client_id: int
    kind: LetterKind


def letters_folder(db: Database) -> Path:
    """The user's documents folder (or the folder set in Settings, or the test override)."""
    override = os.environ.get(DOCUMENTS_ENV)
    if override:
        return Path(override)
    with db.reading() as session:
        chosen = str(get_setting(session, "letters.folder"))
    return Path(chosen) if chosen else Path(user_documents_dir()) / "Debiteur Desk"


# Left out of folder and file names: symbols and emoji (So, Sk: 🚲, the skin tones), control
# and format characters (Cc, Cf: also the invisible right-to-left marks), what has no
# character (Cs, Co, Cn), the emoji variation selectors and the keycap.
_NOT_IN_NAMES = {"So", "Sk", "Cc", "Cf", "Cs", "Co", "Cn"}
_EMOJI_MARKS = re.compile("[\ufe00-\ufe0f\u20e3\U000e0100-\U000e01ef]")


def _safe(text: str) -> str:
    """A folder or file name that reads like ``text``: letters, digits, punctuation and
    single spaces, none of the characters Windows refuses, at most 60 characters."""
    composed = _EMOJI_MARKS.sub("", unicodedata.normalize("NFC", text))
    readable = "".join(
        " " if char.isspace() else char
        for char in composed
        if char.isspace() or unicodedata.category(char) not in _NOT_IN_NAMES
    )
    cleaned = re.sub(r'[<>:"/\\|?*]', "", readable)
    return re.sub(r"\s+", " ", cleaned).strip(" .")[:60].strip(" .") or "klant"


def _target(folder: Path, prepared: PreparedLetter, numbers: list[str]) -> Path:
    ctx = prepared.context
    client_folder = folder / _safe(f"{prepared.client_id} {prepared.client_name}")
    subject = numbers[0] if len(numbers) == 1 else f"{len(numbers)} facturen"
    stem = _safe(f"{ctx.letter_date:%Y-%m-%d} {KIND_FILE_NAMES[prepared.request.kind]} {subject}")
    candidate = client_folder / f"{stem}.pdf"
    counter = 2
    while candidate.exists():
        candidate = client_folder / f"{stem} ({counter}).pdf"
        counter += 1
    return candidate


def template_overrides(db: Database) -> TemplateOverrides:
    """The user's own texts from Settings: ``{"reminder/nl": {"intro": "…"}}``."""
    with db.reading() as session:
        stored = get_setting(session, "letters.templates")
    overrides = {}
    for key, parts in stored.items():
        kind, _, language = key.partition("/")
        overrides[(LetterKind(kind), Language(language))] = parts
    return overrides


def _template_version(prepared: PreparedLetter, overrides: TemplateOverrides) -> str:
    kind, language = prepared.request.kind, prepared.context.recipient.language
    parts = effective_template(kind, language, overrides)
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _evidence(prepared: PreparedLetter) -> str:
    """The data the letter was made from, kept with the record."""
    data = dataclasses.asdict(prepared.context)
    return json.dumps(data, default=str, ensure_ascii=False, sort_keys=True)


def prepare_letter(
    db: Database, request: LetterRequest, today: date | None = None
) -> PreparedLetter:
    """Check that the letter may be made and gather its data (for a preview)."""
    with db.reading() as session:
        return prepare(session, request, today or clock.today())


def unverified_rates(prepared: PreparedLetter) -> list[date]:
    """Start dates of interest periods whose rate could not be confirmed (warn the user)."""
    return sorted(
        {
            period.start
            for line in prepared.context.interest
            for period in line.breakdown.periods
            if not period.rate_verified
        }
    )


def render_prepared(db: Database, prepared: PreparedLetter) -> bytes:
    return render_letter(prepared.request.kind, prepared.context, templates=template_overrides(db))


def make_letter(
    db: Database, request: LetterRequest, *, out: Path | None = None, today: date | None = None
) -> MadeLetter:
    """Make, file and record one letter. ``out`` saves it there instead of the letters folder."""
    prepared = prepare_letter(db, request, today)
    overrides = template_overrides(db)
    pdf = render_letter(request.kind, prepared.context, templates=overrides)
    return _file_and_record(db, prepared, pdf, _template_version(prepared, overrides), out)


def _file_and_record(
    db: Database, prepared: PreparedLetter, pdf: bytes, version: str, out: Path | None
) -> MadeLetter:
    numbers = [line.number for line in prepared.context.invoices]
    if out is not None and out.exists():
        raise InvalidInput("file_exists", path=str(out))
    path = out or _target(letters_folder(db), prepared, numbers)
    path.parent.mkdir(parents=True, exist_ok=True)
    sha = hashlib.sha256(pdf).hexdigest()
    with path.open("xb") as handle:  # "x": never overwrite, even in a race
        handle.write(pdf)
    try:
        with db.transaction() as session:
            letter = Letter(
                client_id=prepared.client_id,
                kind=prepared.request.kind.value,
                language=prepared.context.recipient.language.value,
                file_path=str(path),
                sha256=sha,
                template_version=version,
                data_json=_evidence(prepared),
                invoices=[session.get(Invoice, i) for i in prepared.invoice_ids],
            )
            session.add(letter)
            session.flush()
            audit.record(
                session,
                "letter.create",
                "letter",
                letter.id,
                kind=letter.kind,
                invoices=numbers,
                sha256=sha,
            )
            letter_id = letter.id
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return MadeLetter(letter_id, path, sha, prepared.client_id, prepared.request.kind)


def mark_letter_sent(
    db: Database, letter_id: int, on: date, via: str, tracking_number: str = ""
) -> None:
    """The user confirms the letter went out: when, how, and the registered-mail number."""
    if via not in SENT_VIA:
        raise InvalidInput("letter_sent_via", text=via)
    with db.transaction() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("letter_not_found", id=letter_id)
        letter.sent_on, letter.sent_via, letter.tracking_number = on, via, tracking_number.strip()
        audit.record(
            session,
            "letter.sent",
            "letter",
            letter_id,
            on=on,
            via=via,
            tracking_number=tracking_number,
        )


def verify_letter(db: Database, letter_id: int) -> bool:
    """Is the filed PDF still the one that was made? (Its hash against the record.)"""
    with db.reading() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("letter_not_found", id=letter_id)
        path, expected = Path(letter.file_path), letter.sha256
    return path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == expected


def due_reminder_requests(db: Database, today: date) -> list[LetterRequest]:
    """Clients with overdue invoices that never had any letter: first reminders due today."""
    with db.reading() as session:
        client_ids = clients_needing_first_reminder(session, today)
    return [LetterRequest(LetterKind.REMINDER, client_id=c, letter_date=today) for c in client_ids]


def make_batch(
    db: Database, requests: list[LetterRequest], combined: Path, today: date | None = None
) -> Iterator[tuple[int, int, MadeLetter | None, DebiteurError | None]]:
    """Make many letters, yielding (done, total, letter, refusal) after each one.

    Each letter is filed and recorded on its own; the combined PDF for printing is
    written at the end. Stopping the loop stops the batch (letters made so far stay).
    """
    overrides = template_overrides(db)
    total = len(requests)
    # The combined PDF grows in a temporary file (memory stays flat) and is put in place
    # only when the batch finishes: a stopped batch leaves no half-written file.
    with tempfile.TemporaryFile() as spool:
        pages = PdfConcatenator(spool)
        for done, request in enumerate(requests, start=1):
            try:
                prepared = prepare_letter(db, request, today)
                pdf = render_letter(request.kind, prepared.context, templates=overrides)
                letter = _file_and_record(
                    db, prepared, pdf, _template_version(prepared, overrides), None
                )
            except DebiteurError as refusal:  # reported per letter; the batch goes on
                yield done, total, None, refusal
                continue
            pages.add(pdf)
            yield done, total, letter, None
        if pages.page_count:
            pages.finish()
            spool.seek(0)
            with combined.open("xb") as handle:
                shutil.copyfileobj(spool, handle)
