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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput, NotFound, Notice, RuleViolation
from debiteur_desk.domain.file_names import safe_name
from debiteur_desk.domain.letter_rules import ClaimWarning
from debiteur_desk.domain.money import ZERO
from debiteur_desk.letters import (
    Language,
    LetterKind,
    TemplateOverrides,
    effective_template,
    render_letter,
    unprintable_in_letter,
)
from debiteur_desk.services import audit
from debiteur_desk.services.letter_context import LetterRequest, PreparedLetter, prepare
from debiteur_desk.services.letter_files import (
    letters_folder,
    put_in_place,
    write_partial,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Invoice, Letter
from debiteur_desk.store.settings_store import get_setting

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
class LetterClaim:
    """What the letter asks to be paid, as the command line's ``--json`` ``claim`` shows it."""

    principal: Decimal  # open on the letter's invoices (a sommatie: after art. 6:44 BW)
    interest: Decimal  # still owed
    costs: Decimal  # still owed, without BTW (the 14-dagenbrief: ``announced_costs``)
    btw: Decimal
    paid: Decimal  # money received and not yet allocated, deducted
    total: Decimal
    costs_invoices: tuple[str, ...] = ()
    announced_costs: Decimal | None = None


@dataclass(frozen=True)
class MadeLetter:
    letter_id: int
    path: Path
    sha256: str
    client_id: int
    kind: LetterKind
    claim: LetterClaim | None = None
    notices: tuple[Notice, ...] = ()


def letter_claim(prepared: PreparedLetter) -> LetterClaim:
    ctx = prepared.context
    numbers = {i: line.number for i, line in zip(prepared.invoice_ids, ctx.invoices, strict=True)}
    plan = ctx.payment_plan
    if plan is not None:
        return LetterClaim(plan.principal, plan.interest, plan.costs, ZERO, ZERO, plan.total)
    if prepared.request.kind is LetterKind.FINAL_DEMAND:
        # The claim as the law computes it: what is still owed after the payments paid
        # costs, interest and principal in that order (art. 6:44 BW).
        costs = ctx.costs
        return LetterClaim(
            ctx.total_open,
            ctx.total_interest,
            *ctx.costs_open_parts,
            ctx.total_unapplied,
            ctx.total_claim,
            tuple(numbers[i] for i in costs.invoice_ids) if costs else (),
        )
    due = max(ctx.total_open - ctx.total_unapplied, ZERO)
    announced = ctx.costs.total if ctx.costs else None
    return LetterClaim(ctx.total_open, ZERO, ZERO, ZERO, ctx.total_unapplied, due, (), announced)


_CLAIM_NOTICES = {
    ClaimWarning.BTW_DEDUCTIBLE: "costs_btw_deductible",
    ClaimWarning.COSTS_IN_PLAN: "costs_already_in_plan",
}


def letter_notices(
    prepared: PreparedLetter, templates: TemplateOverrides | None = None
) -> tuple[Notice, ...]:
    """What to check before sending: characters the letter font cannot print, rates not
    verified, the costs rules, invoices left out."""
    kind, context = prepared.request.kind, prepared.context
    notices = [
        Notice("letter_unprintable", {"characters": " ".join(chars)})
        for chars in [unprintable_in_letter(kind, context, templates)]
        if chars
    ]
    notices += [Notice("letter_rate_warning", {"warning": w}) for w in prepared.rate_warnings]
    notices += [Notice(_CLAIM_NOTICES[w]) for w in prepared.warnings]
    notices += [Notice("letter_left_out", {"reason": why}) for why in prepared.left_out]
    return tuple(notices)


def _target(folder: Path, prepared: PreparedLetter, numbers: list[str]) -> Path:
    ctx = prepared.context
    client_folder = folder / safe_name(f"{prepared.client_id} {prepared.client_name}")
    subject = numbers[0] if len(numbers) == 1 else f"{len(numbers)} facturen"
    stem = safe_name(
        f"{ctx.letter_date:%Y-%m-%d} {KIND_FILE_NAMES[prepared.request.kind]} {subject}", "brief"
    )
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


def render_prepared(db: Database, prepared: PreparedLetter) -> bytes:
    return render_letter(prepared.request.kind, prepared.context, templates=template_overrides(db))


def make_letter(
    db: Database, request: LetterRequest, *, out: Path | None = None, today: date | None = None
) -> MadeLetter:
    """Make, file and record one letter. ``out`` saves it there instead of the letters folder."""
    prepared = prepare_letter(db, request, today)
    return file_letter(db, prepared, template_overrides(db), out)[0]


def file_letter(
    db: Database, prepared: PreparedLetter, overrides: TemplateOverrides, out: Path | None = None
) -> tuple[MadeLetter, bytes]:
    """Render a prepared letter, file it and record it; the letter and its PDF bytes."""
    pdf = render_letter(prepared.request.kind, prepared.context, templates=overrides)
    version = _template_version(prepared, overrides)
    made = _file_and_record(db, prepared, pdf, version, out)
    return dataclasses.replace(made, notices=letter_notices(prepared, overrides)), pdf


def delete_letters(db: Database, letter_ids: Iterable[int]) -> None:
    """Take back letters that were made by mistake, record and file, in one transaction;
    refused when one of them was marked as sent (then it is evidence)."""
    ids = list(letter_ids)
    with db.transaction() as session:
        letters = []
        for letter_id in ids:
            letter = session.get(Letter, letter_id)
            if letter is None:
                raise NotFound("letter_not_found", id=letter_id)
            if letter.sent_on is not None:
                raise RuleViolation("letter_already_sent", sent_on=letter.sent_on)
            letters.append(letter)
        paths = [Path(letter.file_path) for letter in letters]
        for letter in letters:
            audit.record(session, "letter.delete", "letter", letter.id, sha256=letter.sha256)
            session.delete(letter)
    for path in paths:  # after the commit: a failed transaction leaves every file in place
        path.unlink(missing_ok=True)


def _file_and_record(
    db: Database, prepared: PreparedLetter, pdf: bytes, version: str, out: Path | None
) -> MadeLetter:
    numbers = [line.number for line in prepared.context.invoices]
    if out is not None and out.exists():
        raise InvalidInput("file_exists", path=str(out))
    path = out or _target(letters_folder(db), prepared, numbers)
    path.parent.mkdir(parents=True, exist_ok=True)
    sha = hashlib.sha256(pdf).hexdigest()
    if path.exists():
        raise InvalidInput("file_exists", path=str(path))
    partial = write_partial(path, pdf)  # the name it gets once the record is committed
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
        partial.unlink(missing_ok=True)
        raise
    put_in_place(partial, path)
    return MadeLetter(
        letter_id,
        path,
        sha,
        prepared.client_id,
        prepared.request.kind,
        letter_claim(prepared),
    )


def mark_letter_sent(
    db: Database, letter_id: int, on: date, via: str, tracking_number: str = ""
) -> None:
    """The user confirms the letter went out: when, how, and the registered-mail number."""
    mark_letters_sent(db, [letter_id], on, via, tracking_number)


def mark_letters_sent(
    db: Database, letter_ids: Iterable[int], on: date, via: str, tracking_number: str = ""
) -> None:
    """Letters that went out together (a printed batch), marked in one transaction."""
    if via not in SENT_VIA:
        raise InvalidInput("letter_sent_via", text=via)
    with db.transaction() as session:
        for letter_id in letter_ids:
            letter = session.get(Letter, letter_id)
            if letter is None:
                raise NotFound("letter_not_found", id=letter_id)
            letter.sent_on, letter.sent_via = on, via
            letter.tracking_number = tracking_number.strip()
            audit.record(
                session,
                "letter.sent",
                "letter",
                letter_id,
                on=on,
                via=via,
                tracking_number=tracking_number,
            )


@dataclass(frozen=True)
class UnsentLetter:
    letter_id: int
    client_name: str
    kind: LetterKind
    made_on: date
    invoice_numbers: tuple[str, ...]


def unsent_letters(db: Database) -> list[UnsentLetter]:
    """Letters made and not yet marked as sent, newest first: until they are, they count
    for nothing (no term, no default, no costs)."""
    with db.reading() as session:
        rows = session.scalars(
            select(Letter)
            .where(Letter.sent_on.is_(None))
            .options(selectinload(Letter.invoices), selectinload(Letter.client))
            .order_by(Letter.created_at.desc(), Letter.id.desc())
        ).all()
        return [
            UnsentLetter(
                letter.id,
                letter.client.name,
                LetterKind(letter.kind),
                letter.created_at.date(),
                tuple(sorted(i.number for i in letter.invoices)),
            )
            for letter in rows
        ]


def verify_letter(db: Database, letter_id: int) -> bool:
    """Is the filed PDF still the one that was made? (Its hash against the record.)"""
    with db.reading() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise NotFound("letter_not_found", id=letter_id)
        path, expected = Path(letter.file_path), letter.sha256
    return path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == expected
