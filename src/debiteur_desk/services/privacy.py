"""A client's personal data (AVG/GDPR): export it, erase it, and find the clients whose
data may go.

* Export (art. 15 and 20 AVG): ``export_client``, see ``services/privacy_export.py``.
* Erase (art. 17 AVG): the client's name becomes "Geanonimiseerde klant 17"; address,
  e-mail, phone, KvK and btw-id, the IBANs learned for the payer, the notes of calls,
  promises, plans and disputes, what the letter records kept of the letter, the payer's
  name, IBAN and text on its payments and bank lines, and the personal values in the
  audit entries about the client are wiped. The amounts, dates, invoice numbers and
  statuses stay: the bookkeeping must be kept for seven years (art. 52 AWR). The letter
  PDFs (and the hand-over dossiers made for the client) are deleted; each letter record
  stays with its SHA-256, its file path empty and its data marked ``erased_on``.
  Refused while a claim is open: something open on an invoice, a plan still running or a
  dispute not resolved (art. 17 lid 3 AVG: data needed for a legal claim may be kept).
  A backup is made first (``services/backup.py``); the erasure is one transaction.
* Retention: closed clients whose last invoice is older than the setting
  ``privacy.retention_years`` (7) are offered for erasure (``clients_due``); the period
  is changed with ``set_retention_years``, never below seven years (``domain/retention.py``).

The audit log is append-only (``store/database.py`` refuses ORM updates of its rows); the
erasure is the one change the law demands of it, made with a plain UPDATE of the personal
values in the entries about the client, the entries themselves kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain.anonymise import anonymised_details, erased_letter_data, scrubbed
from debiteur_desk.domain.errors import Notice, RuleViolation
from debiteur_desk.domain.instalments import LIVE_PLANS
from debiteur_desk.domain.retention import (
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    check_retention_years,
)
from debiteur_desk.services import audit
from debiteur_desk.services.client_records import ClientRecords, client_records
from debiteur_desk.services.privacy_export import export_client
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import AuditLog, Client, Invoice, PaymentPlan
from debiteur_desk.store.settings_store import get_setting
from debiteur_desk.text.messages import describe_code

__all__ = [
    "ErasePreview",
    "ErasedClient",
    "DueClient",
    "MAX_RETENTION_YEARS",
    "MIN_RETENTION_YEARS",
    "check_retention_years",
    "clients_due",
    "erase_client",
    "erase_clients",
    "erase_preview",
    "export_client",
    "retention_years",
    "set_retention_years",
]

ERASE_ACTION = "client.erase"
RETENTION_KEY = "privacy.retention_years"


@dataclass(frozen=True)
class ErasePreview:
    """What the confirmation says before an erasure: why not (``blockers``), or what goes."""

    client_id: int
    name: str
    erased_on: date | None  # already erased, that day
    blockers: tuple[Notice, ...]
    credit_cents: int  # money of the client's not allocated to an invoice
    invoices: int
    payments: int
    letters: int  # letter records (their PDFs are deleted)
    letter_files: int  # of which the PDF is still there
    contacts: int
    audit_entries: int


@dataclass(frozen=True)
class ErasedClient:
    client_id: int
    name: str  # the new name
    backup: Path | None  # the backup made first (None: not an SQLite file)
    files_deleted: tuple[Path, ...]
    files_left: tuple[Path, ...]  # could not be deleted (the user is told)


@dataclass(frozen=True)
class DueClient:
    id: int
    name: str
    kind: str
    last_invoice: date | None
    invoices: int


# -- why not --------------------------------------------------------------------------


def _erased_on(session: Session, client_ids: Iterable[int]) -> dict[int, date]:
    rows = session.execute(
        select(AuditLog.entity_id, func.min(AuditLog.at))
        .where(AuditLog.action == ERASE_ACTION, AuditLog.entity == "client")
        .where(AuditLog.entity_id.in_(list(client_ids)))
        .group_by(AuditLog.entity_id)
    )
    return {client_id: at.date() for client_id, at in rows if client_id is not None}


def _numbers(numbers: list[str]) -> str:
    return ", ".join(sorted(numbers)[:5]) + (" …" if len(numbers) > 5 else "")


def open_claims(session: Session, client_ids: list[int]) -> dict[int, list[Notice]]:
    """Per client, why its data must stay for now (art. 17 lid 3 AVG): invoices with
    something open, a plan still running, a dispute not resolved. Empty: none."""
    found: dict[int, list[Notice]] = {}
    names = {
        cid: name
        for cid, name in session.execute(
            select(Client.id, Client.name).where(Client.id.in_(client_ids))
        )
    }
    open_rows = session.execute(
        select(Invoice.client_id, Invoice.number, Invoice.open_cents > 0, Invoice.disputed)
        .where(Invoice.client_id.in_(client_ids))
        .where((Invoice.open_cents > 0) | Invoice.disputed)
    ).all()
    live = set(
        session.scalars(
            select(PaymentPlan.client_id)
            .where(PaymentPlan.client_id.in_(client_ids))
            .where(PaymentPlan.status.in_([s.value for s in LIVE_PLANS]))
        )
    )
    for client_id in client_ids:
        name = names.get(client_id, str(client_id))
        unpaid = [number for cid, number, is_open, _ in open_rows if cid == client_id and is_open]
        disputed = [number for cid, number, _, d in open_rows if cid == client_id and d]
        notices = []
        if unpaid:
            notices.append(
                Notice("privacy_open_invoices", {"name": name, "invoices": _numbers(unpaid)})
            )
        if client_id in live:
            notices.append(Notice("privacy_live_plan", {"name": name}))
        if disputed:
            notices.append(
                Notice("privacy_open_dispute", {"name": name, "invoices": _numbers(disputed)})
            )
        found[client_id] = notices
    return found


def _preview(session: Session, records: ClientRecords) -> ErasePreview:
    client = records.client
    return ErasePreview(
        client_id=client.id,
        name=client.name,
        erased_on=_erased_on(session, [client.id]).get(client.id),
        blockers=tuple(open_claims(session, [client.id])[client.id]),
        credit_cents=sum(p.unallocated_cents for p in records.payments if p.client_id == client.id),
        invoices=len(records.invoices),
        payments=len(records.payments),
        letters=len(records.letters),
        letter_files=sum(1 for x in records.letters if x.file_path and Path(x.file_path).is_file()),
        contacts=len(records.contact_events),
        audit_entries=len(records.audit_log),
    )


def erase_preview(db: Database, client_id: int) -> ErasePreview:
    with db.reading() as session:
        return _preview(session, client_records(session, client_id))


def refuse(preview: ErasePreview) -> None:
    """Raise why the client may not be erased (already erased, a claim open), if so."""
    if preview.erased_on is not None:
        raise RuleViolation("privacy_already_erased", id=preview.client_id, date=preview.erased_on)
    if preview.blockers:
        first = preview.blockers[0]
        raise RuleViolation(first.code, **first.params)


# -- the erasure -------------------------------------------------------------------------


def _needles(records: ClientRecords) -> set[str]:
    """The texts that name or reach the client, searched for in what is kept."""
    c = records.client
    found = {c.name, c.contact_person, c.phone, c.email, c.street, c.postcode, c.kvk, c.btw_id}
    found |= records.ibans()
    found |= {a.name for a in records.client_accounts}
    found |= {p.counterparty_name for p in records.payments}
    found |= {b.counterparty_name for b in records.bank_lines}
    found |= {e.contact_name for e in records.contact_events if e.kind != "handover"}
    found |= {e.phone_number for e in records.contact_events}
    return {text.strip() for text in found if text and text.strip()}


def _details(entry: AuditLog) -> dict:
    try:
        found = json.loads(entry.details or "{}")
    except json.JSONDecodeError:
        return {"text": entry.details}  # not ours to read: wiped as any free text
    return found if isinstance(found, dict) else {"value": found}


def _dossier_files(records: ClientRecords) -> list[tuple[Path, str]]:
    """The hand-over dossiers made for the client (``services/dossier.py`` records them)."""
    found = []
    for entry in records.audit_log:
        if entry.action == "dossier.made" and entry.entity == "client":
            details = _details(entry)
            if details.get("path") and details.get("sha256"):
                found.append((Path(details["path"]), details["sha256"]))
    return found


def _anonymise(session: Session, records: ClientRecords, new_name: str, today: date) -> None:
    needles = _needles(records)
    client = records.client
    client.name = new_name
    for field in ("contact_person", "phone", "email", "street", "postcode", "city"):
        setattr(client, field, "")
    client.kvk = client.btw_id = client.iban = client.notes = ""
    for invoice in records.invoices:
        invoice.sent_to = ""
        invoice.description = scrubbed(invoice.description, needles)
        invoice.write_off_reason = scrubbed(invoice.write_off_reason, needles)
    for note in records.credit_notes:
        note.reason = scrubbed(note.reason, needles)
    for payment in records.payments:
        payment.counterparty_name = payment.counterparty_iban = payment.description = ""
    for event in records.contact_events:
        event.notes = event.phone_number = ""
        if event.kind != "handover":  # there the name is the agency's or bailiff's
            event.contact_name = ""
    for agreement in records.agreements:
        agreement.notes = ""
    for plan in records.payment_plans:
        plan.notes = ""
    for dispute in records.disputes:
        dispute.note = dispute.resolution_note = ""
    for letter in records.letters:
        data = json.loads(letter.data_json or "{}")
        letter.data_json = json.dumps(erased_letter_data(data, today), sort_keys=True)
        letter.file_path = ""
        letter.tracking_number = ""
    for line in records.bank_lines:
        line.counterparty_name = line.counterparty_iban = line.remittance = ""
        line.end_to_end_id = ""
    for snooze in records.worklist_snoozes:
        snooze.reason = ""
    for account in records.client_accounts:
        session.delete(account)
    session.flush()
    for entry in records.audit_log:
        details = anonymised_details(_details(entry), needles)
        text = json.dumps(details, default=str, ensure_ascii=False, sort_keys=True)
        if text != entry.details:  # a plain UPDATE: see the module text
            session.execute(update(AuditLog).where(AuditLog.id == entry.id).values(details=text))


def _delete_files(letters: list[Path], dossiers: list[tuple[Path, str]]) -> tuple[list, list]:
    deleted, left = [], []
    candidates = [p for p in letters if p.is_file()]
    for path, sha in dossiers:  # only the dossier as it was made, not a file put there since
        try:
            if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha:
                candidates.append(path)
        except OSError:
            left.append(path)
    for path in candidates:
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            left.append(path)
    for folder in {p.parent for p in candidates}:  # the client's letter folder, if empty now
        with contextlib.suppress(OSError):
            folder.rmdir()
    return deleted, left


def _forget_old_pages(db: Database) -> None:
    """SQLite keeps old page images in the write-ahead log until a checkpoint: write them
    back (``secure_delete`` zeroed the freed space) and empty the log."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_client(
    db: Database, client_id: int, *, language: str = "nl", backup: bool = True
) -> ErasedClient:
    """Erase the client's personal data (art. 17 AVG), keeping what the bookkeeping must
    keep (art. 52 AWR); refused while a claim is open. See the module text."""
    from debiteur_desk.services.backup import auto_backup

    refuse(erase_preview(db, client_id))
    kept = auto_backup(db, "before-erase") if backup else None
    new_name = describe_code("privacy_erased_name", {"id": client_id}, language)
    today = clock.today()
    with db.transaction() as session:
        if db.is_sqlite:  # what is overwritten is zeroed in the file, not merely freed
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        records = client_records(session, client_id)
        refuse(_preview(session, records))  # as it is now, under the write lock
        letters = [Path(x.file_path) for x in records.letters if x.file_path]
        dossiers = _dossier_files(records)
        counts = {"invoices": len(records.invoices), "payments": len(records.payments),
                  "letters": len(records.letters)}  # fmt: skip
        _anonymise(session, records, new_name, today)
        audit.record(session, ERASE_ACTION, "client", client_id, on=today, **counts)
    deleted, left = _delete_files(letters, dossiers)  # after the commit, as delete_letters
    _forget_old_pages(db)
    return ErasedClient(client_id, new_name, kept, tuple(deleted), tuple(left))


def erase_clients(
    db: Database, client_ids: Iterable[int], *, language: str = "nl"
) -> list[ErasedClient]:
    """Erase several clients (the retention list), one backup first, each in its own
    transaction; a client refused (a claim opened since the list was made) stops there."""
    from debiteur_desk.services.backup import auto_backup

    kept = auto_backup(db, "before-erase")
    done = [erase_client(db, cid, language=language, backup=False) for cid in client_ids]
    return [replace(e, backup=kept) for e in done]


# -- retention ------------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_years(db: Database) -> int:
    """The setting ``privacy.retention_years``."""
    with db.reading() as session:
        return int(get_setting(session, RETENTION_KEY))


def set_retention_years(db: Database, years: int) -> None:
    """Save the retention period as the book's setting (audited); fewer than seven years
    is refused (art. 52 lid 4 AWR, ``domain/retention.py``), nothing changed then."""
    check_retention_years(years)
    if years != retention_years(db):
        change_setting(db, RETENTION_KEY, years)


def clients_due(
    db: Database, today: date | None = None, years: int | None = None
) -> list[DueClient]:
    """Closed clients (no claim open, not erased yet) whose last invoice is more than
    ``years`` (the setting ``privacy.retention_years``) old: their data may go. A client
    without invoices counts from the day it was added."""
    today = today or clock.today()
    with db.reading() as session:
        if years is None:
            years = int(get_setting(session, RETENTION_KEY))
        cutoff = _years_before(today, check_retention_years(years))
        last = (
            select(
                Client.id, Client.name, Client.kind, Client.created_at,
                func.max(Invoice.invoice_date), func.count(Invoice.id),
            )
            .outerjoin(Invoice, Invoice.client_id == Client.id)
            .group_by(Client.id, Client.name, Client.kind, Client.created_at)
        )  # fmt: skip
        rows = [
            r
            for r in session.execute(last)
            if (r[4] is not None and r[4] < cutoff)
            or (r[4] is None and r[3] is not None and r[3] < datetime.combine(cutoff, time()))
        ]
        ids = [r[0] for r in rows]
        blocked = open_claims(session, ids)
        erased = _erased_on(session, ids)
    return [
        DueClient(r[0], r[1], r[2].value, r[4], r[5])
        for r in sorted(rows, key=lambda r: (r[4] or date.min, r[0]))
        if not blocked[r[0]] and r[0] not in erased
    ]
