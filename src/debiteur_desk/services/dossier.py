"""The hand-over dossier: one ZIP with everything a collection agency, bailiff or lawyer
needs about a client, saved in the client's letter folder.

In the ZIP:

* ``samenvatting.pdf``: on the letterhead, the client's details, who has the file, the
  invoices, the claim as of the day with its breakdown (``services/claim.py``, not
  computed again here) and the whole history oldest first (``services/timeline.py``);
* ``brieven/``: every letter made for the client, the very PDF files that were filed
  (their bytes unchanged, so the stored SHA-256 still proves them);
* ``facturen.csv`` and ``betalingen.csv``: the invoices and the payments, for a
  spreadsheet (Dutch: ``;`` between cells and a decimal comma; UTF-8 with a BOM; every
  text cell made safe from formulas).

Made when the hand-over is recorded and again whenever asked; each one is written to a
new file (never over an earlier one) and recorded in the audit log.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import NotFound
from debiteur_desk.domain.file_names import safe_name
from debiteur_desk.domain.money import from_cents
from debiteur_desk.letters.context import InvoiceLine, Language, LetterContext
from debiteur_desk.letters.dossier_summary import (
    ClaimRow,
    DossierSummary,
    HistoryLine,
    render_dossier_summary,
)
from debiteur_desk.letters.dossier_texts import dossier_texts
from debiteur_desk.services import audit
from debiteur_desk.services.claim import ClaimReport, client_claim
from debiteur_desk.services.letter_context import _company, _recipient  # noqa: PLC2701
from debiteur_desk.services.letters import letters_folder
from debiteur_desk.services.timeline import TimelineEvent, client_timeline
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice
from debiteur_desk.store.queries import timeline as q
from debiteur_desk.text.formatting import format_date
from debiteur_desk.text.spreadsheet import safe_cell


@dataclass(frozen=True)
class DossierResult:
    client_id: int
    path: Path
    sha256: str
    letters: tuple[str, ...]  # the letters' names in the ZIP
    missing_letters: tuple[str, ...]  # letter files that could not be found
    claim_total: Decimal


@dataclass(frozen=True)
class _Book:
    """What the dossier reads from the book, in one session."""

    client: Client
    context_parts: tuple  # (company, recipient)
    invoices: tuple[Invoice, ...]
    payments: tuple[q.PaymentFacts, ...]
    letters: tuple[q.LetterFacts, ...]


def _read(db: Database, client_id: int, language: str) -> _Book:
    with db.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        company = _company(session)
        recipient = _recipient(client)
        # The dossier is read by whoever takes the file on, in the user's language.
        recipient = replace(recipient, language=Language(language))
        invoices = session.scalars(
            select(Invoice)
            .where(Invoice.client_id == client_id)
            .order_by(Invoice.due_date, Invoice.number)
        ).all()
        return _Book(
            client,
            (company, recipient),
            tuple(invoices),
            tuple(q.client_payments(session, client_id)),
            tuple(q.client_letters(session, client_id)),
        )


# -- the words ------------------------------------------------------------------------


def history_line(event: TimelineEvent, words: dict[str, str], language: str) -> HistoryLine:
    """One timeline event in words (the window's ``timeline_words`` does the same on screen)."""
    details = dict(event.details)
    key, title = event.kind, event.title
    if event.kind == "handover":
        key = "handover_event"
    elif event.kind == "letter":
        title = words.get(title, title)
    elif event.kind == "agreement_made" and title:
        title = format_date(date.fromisoformat(title), language)
    elif event.kind == "payment" and title:
        key = "payment_for"
    elif event.kind in ("instalment_due", "instalment_paid") and title == "0":
        title = words["down_payment"]
    text = words.get(key, event.kind.replace("_", " ")).format(title=title)
    if event.kind == "phone" and event.title:
        text += f": {words.get(event.title, event.title)}"
    elif event.kind == "handover":
        text += f": {details.get('contact', '')} ({words.get(event.title, event.title)})"
    elif event.kind in ("email", "visit") and event.title:
        text += f": {event.title}"
    return HistoryLine(event.when, text, event.amount, event.note)


def _handover_text(events: Sequence[TimelineEvent], words: dict[str, str], language: str) -> str:
    handovers = [e for e in events if e.kind == "handover"]
    if not handovers:
        return words["not_handed_over"]
    last = max(handovers, key=lambda e: (e.when, e.ref_id))
    return words["handover"].format(
        name=dict(last.details).get("contact", ""),
        party=words.get(last.title, last.title),
        date=format_date(last.when, language),
    )


def _details(client: Client, words: dict[str, str]) -> tuple[tuple[str, str], ...]:
    address = ", ".join(
        part for part in (client.street, f"{client.postcode} {client.city}".strip()) if part
    )
    return (
        (words["client"], client.name),
        (words["client_number"], str(client.id)),
        (words["kind"], words.get(str(client.kind), str(client.kind))),
        (words["contact"], client.contact_person),
        (words["address"], address),
        (words["phone_number"], client.phone),
        (words["email_address"], client.email),
        (words["kvk"], client.kvk),
        (words["iban"], client.iban),
    )


# -- the parts of the ZIP ---------------------------------------------------------------


def _amount(cents: int, language: str) -> str:
    text = f"{from_cents(cents):.2f}"
    return text.replace(".", ",") if language == "nl" else text


def _csv(rows: Iterable[Sequence[str]], language: str) -> bytes:
    """Dutch spreadsheets expect ``;`` between cells (the comma is the decimal sign)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";" if language == "nl" else ",").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def invoices_csv(invoices: Iterable[Invoice], words: dict[str, str], language: str) -> bytes:
    head = ["h_number", "h_invoice_date", "h_due_date", "h_amount", "h_paid", "h_credited"]
    head += ["h_written_off", "h_open", "h_description"]
    rows: list[Sequence[str]] = [[words[h] for h in head]]
    for inv in invoices:
        rows.append(
            [
                safe_cell(inv.number),
                format_date(inv.invoice_date, language),
                format_date(inv.due_date, language),
                *(
                    _amount(cents, language)
                    for cents in (
                        inv.amount_cents,
                        inv.paid_cents,
                        inv.credited_cents,
                        inv.written_off_cents,
                        inv.open_cents,
                    )
                ),
                safe_cell(inv.description),
            ]
        )
    return _csv(rows, language)


def payments_csv(payments: Iterable[q.PaymentFacts], words: dict[str, str], language: str) -> bytes:
    head = ["h_received_on", "h_amount", "h_invoices", "h_unallocated", "h_counterparty"]
    head += ["h_iban", "h_description"]
    rows: list[Sequence[str]] = [[words[h] for h in head]]
    for pay in sorted(payments, key=lambda p: (p.received_on, p.id)):
        rows.append(
            [
                format_date(pay.received_on, language),
                _amount(pay.amount_cents, language),
                safe_cell(", ".join(pay.invoice_numbers)),
                _amount(pay.unallocated_cents, language),
                safe_cell(pay.counterparty_name),
                safe_cell(pay.counterparty_iban),
                safe_cell(pay.description),
            ]
        )
    return _csv(rows, language)


def _letter_files(
    letters: Sequence[q.LetterFacts], folder: str
) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name in the ZIP, bytes) of each letter, oldest first, and the ones not found."""
    found: list[tuple[str, bytes]] = []
    missing: list[str] = []
    used: set[str] = set()
    for letter in sorted(letters, key=lambda x: (x.created_at, x.id)):
        path = Path(letter.file_path)
        try:
            data = path.read_bytes()
        except OSError:
            missing.append(path.name)
            continue
        name = f"{folder}/{path.name}"
        counter = 2
        while name in used:
            name = f"{folder}/{path.stem} ({counter}){path.suffix}"
            counter += 1
        used.add(name)
        found.append((name, data))
    return found, missing


def _summary(
    book: _Book, report: ClaimReport, events: list[TimelineEvent], letters: Sequence[str],
    language: str, as_of: date,
) -> DossierSummary:  # fmt: skip
    words = dossier_texts(language)
    company, recipient = book.context_parts
    open_now = {i.number: i.book_open for i in report.invoices}
    lines = tuple(
        InvoiceLine(
            inv.number,
            inv.invoice_date,
            inv.due_date,
            from_cents(inv.amount_cents),
            from_cents(inv.amount_cents) - open_now[inv.number],
            open_now[inv.number],
        )
        for inv in book.invoices
        if inv.number in open_now
    )
    context = LetterContext(company, recipient, lines, as_of, company.address.city)
    claim = report.claim
    rows = tuple(
        ClaimRow(i.number, i.due_date, i.principal_open, i.interest_open, i.costs_open, i.total)
        for i in claim.invoices
    )
    oldest_first = sorted(events, key=lambda e: (e.when, e.ref_id))
    return DossierSummary(
        context,
        _details(book.client, words),
        _handover_text(events, words, language),
        rows,
        claim.paid,
        claim.total,
        tuple(history_line(e, words, language) for e in oldest_first),
        tuple(letters),
    )


def _target(folder: Path, client: Client, as_of: date, words: dict[str, str]) -> Path:
    client_folder = folder / safe_name(f"{client.id} {client.name}")
    stem = safe_name(words["zip_name"].format(date=as_of.isoformat(), client=client.name))
    candidate = client_folder / f"{stem}.zip"
    counter = 2
    while candidate.exists():
        candidate = client_folder / f"{stem} ({counter}).zip"
        counter += 1
    return candidate


def make_dossier(
    db: Database,
    client_id: int,
    *,
    as_of: date | None = None,
    out: Path | None = None,
    language: str = "nl",
) -> DossierResult:
    """Make the client's dossier ZIP (in the letters folder, or at ``out``) and record it."""
    as_of = as_of or clock.today()
    words = dossier_texts(language)
    book = _read(db, client_id, language)
    report = client_claim(db, client_id, as_of)
    events = client_timeline(db, client_id)
    letter_files, missing = _letter_files(book.letters, words["letters_folder"])
    listed = [name.split("/", 1)[1] for name, _ in letter_files]
    listed += [words["letter_missing"].format(name=name) for name in missing]
    pdf = render_dossier_summary(_summary(book, report, events, listed, language, as_of))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(words["summary_file"], pdf)
        for name, data in letter_files:
            archive.writestr(name, data)
        archive.writestr(words["csv_invoices"], invoices_csv(book.invoices, words, language))
        archive.writestr(words["csv_payments"], payments_csv(book.payments, words, language))
    data = buffer.getvalue()
    path = out or _target(letters_folder(db), book.client, as_of, words)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    digest = hashlib.sha256(data).hexdigest()
    with db.transaction() as session:
        audit.record(
            session,
            "dossier.made",
            "client",
            client_id,
            path=str(path),
            sha256=digest,
            as_of=as_of.isoformat(),
            letters=listed,
            claim_total=str(report.claim.total),
        )
    return DossierResult(
        client_id,
        path,
        digest,
        tuple(name for name, _ in letter_files),
        tuple(missing),
        report.claim.total,
    )
