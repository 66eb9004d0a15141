"""Invoices from the books (a CSV/Excel export or UBL files) into the book, all or nothing.

The invoice number is the key: a number the book already has is never added twice. When
the file gives it other values (amount, dates, client), the differences are listed and
only applied when the user confirms them (``apply_changes``); nothing is overwritten
silently. Clients are found by KvK number, btw-id, e-mail address or name (in that
order of certainty) or created. An "openstaand" column makes the invoice partly paid by
an opening balance (a payment of method ``opening``), so a shop starts from its current
open items. Every invoice, client, credit note and opening balance the import creates
remembers its batch, so that ``import_batches.undo_import`` takes exactly them back.

A problem with any row refuses the whole file (``ImportRefused`` with its line): the
transaction is rolled back and the book is as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import DebiteurError, NotFound
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.domain.search_text import folded
from debiteur_desk.importers.invoice_rows import ImportedClient, ImportedInvoice, normalised
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.services import audit
from debiteur_desk.services.clients import ClientInput, add_client_in, normalised_client
from debiteur_desk.services.invoices import InvoiceInput, add_credit_note_in, add_invoice_in
from debiteur_desk.services.ledger import refresh_open_amount
from debiteur_desk.services.payments import PaymentInput, record_payment_in
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, CreditNote, ImportBatch, Invoice
from debiteur_desk.store.settings_store import get_setting, put_setting

OPENING_BALANCE = "opening"  # the payment method of what was paid before the import
Status = Literal["new", "same", "changed", "credit_note"]
MatchedBy = Literal["kvk", "vat_id", "email", "name", "new"]


@dataclass(frozen=True)
class FieldChange:
    field: str  # "amount_cents", "invoice_date", "due_date", "client"
    old: str
    new: str


@dataclass(frozen=True)
class PlannedInvoice:
    row: ImportedInvoice
    status: Status
    client_id: int | None  # None: a client this import creates
    matched_by: MatchedBy
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class InvoiceImport:
    planned: list[PlannedInvoice]
    batch_id: int | None
    dry_run: bool
    clients_created: int

    def count(self, status: Status) -> int:
        return sum(1 for p in self.planned if p.status == status)


def _refused(row: ImportedInvoice, error: DebiteurError) -> ImportRefused:
    """An error of one row, said with the file line it came from."""
    return ImportRefused("import_row_refused", line=row.source_line, reason=error)


class _Clients:
    """The book's clients by each key an import can match on, kept up to date as the
    import creates clients."""

    def __init__(self, session: Session) -> None:
        self.by_kvk: dict[str, int] = {}
        self.by_vat: dict[str, int] = {}
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        self.terms: dict[int, int] = {}
        for cid, name, kvk, vat, email, term in session.execute(
            select(Client.id, Client.name, Client.kvk, Client.btw_id, Client.email,
                   Client.payment_term_days).order_by(Client.id)
        ):  # fmt: skip
            self.add(cid, name, kvk, vat, email, term)

    def add(self, cid: int, name: str, kvk: str, vat: str, email: str, term: int) -> None:
        keys = ((self.by_kvk, kvk), (self.by_vat, vat), (self.by_email, email.lower()),
                (self.by_name, folded(name)))  # fmt: skip
        for index, key in keys:
            if key:
                index.setdefault(key, cid)
        self.terms[cid] = term

    def find(self, clean: ClientInput) -> tuple[int | None, MatchedBy]:
        for how, index, key in (
            ("kvk", self.by_kvk, clean.kvk),
            ("vat_id", self.by_vat, clean.btw_id),
            ("email", self.by_email, clean.email.lower()),
            ("name", self.by_name, folded(clean.name)),
        ):
            if key and key in index:
                return index[key], how  # type: ignore[return-value]  # the literal's values
        return None, "new"


def _client_input(client: ImportedClient, unknown_kind: ClientKind, term: int) -> ClientInput:
    return normalised_client(
        ClientInput(
            name=client.name,
            kind=client.kind or unknown_kind,
            contact_person=client.contact_person,
            phone=client.phone,
            email=client.email,
            street=client.street,
            postcode=client.postcode,
            city=client.city,
            country=client.country or "NL",
            kvk=client.kvk,
            btw_id=client.vat_id,
            iban=client.iban,
            payment_term_days=term,
        )
    )


def _changes(invoice: Invoice, row: ImportedInvoice, client_id: int | None) -> list[FieldChange]:
    found = []
    if invoice.amount_cents != row.amount_cents:
        found.append(FieldChange("amount_cents", str(invoice.amount_cents), str(row.amount_cents)))
    if invoice.invoice_date != row.invoice_date:
        found.append(FieldChange("invoice_date", invoice.invoice_date.isoformat(),
                                 row.invoice_date.isoformat()))  # fmt: skip
    if row.due_date is not None and invoice.due_date != row.due_date:
        found.append(FieldChange("due_date", invoice.due_date.isoformat(),
                                 row.due_date.isoformat()))  # fmt: skip
    if client_id is not None and invoice.client_id != client_id:
        found.append(FieldChange("client", str(invoice.client_id), str(client_id)))
    return found


def _apply_changes(session: Session, invoice: Invoice, row: ImportedInvoice) -> None:
    """The confirmed new values; an amount below what was paid or credited is refused."""
    settled = invoice.paid_cents + invoice.credited_cents + invoice.written_off_cents
    if row.amount_cents < settled:
        raise ImportRefused("import_amount_below_paid", line=row.source_line,
                            number=invoice.number)  # fmt: skip
    invoice.amount_cents = row.amount_cents
    invoice.invoice_date = row.invoice_date
    if row.due_date is not None:
        invoice.due_date = row.due_date
    refresh_open_amount(invoice)
    audit.record(session, "invoice.import_update", "invoice", invoice.id,
                 amount_cents=invoice.amount_cents)  # fmt: skip


class _Run:
    def __init__(self, session: Session, batch_id: int | None, unknown_kind: ClientKind,
                 apply_changes: bool, dry_run: bool) -> None:  # fmt: skip
        self.session, self.batch_id = session, batch_id
        self.unknown_kind, self.apply_changes, self.dry_run = unknown_kind, apply_changes, dry_run
        self.clients = _Clients(session)
        self.term = get_setting(session, "invoice.default_payment_term_days")
        self.created = 0
        self.invoices = {i.number: i for i in session.scalars(select(Invoice))}
        self.credit_notes = set(session.scalars(select(CreditNote.number)))
        self.seen: dict[str, int] = {}  # number -> the line it was first seen on
        self.new_numbers: set[str] = set()  # invoices this import adds

    def client_for(self, row: ImportedInvoice) -> tuple[int | None, MatchedBy]:
        clean = _client_input(row.client, self.unknown_kind, self.term)
        client_id, how = self.clients.find(clean)
        if client_id is not None or self.dry_run:
            return client_id, how
        client = add_client_in(self.session, clean)
        client.import_batch_id = self.batch_id
        self.clients.add(client.id, clean.name, clean.kvk, clean.btw_id, clean.email,
                         clean.payment_term_days)  # fmt: skip
        self.created += 1
        return client.id, "new"

    def invoice(self, row: ImportedInvoice) -> PlannedInvoice:
        client_id, how = self.client_for(row)
        existing = self.invoices.get(row.number)
        if existing is not None:
            changes = _changes(existing, row, client_id if how != "new" else None)
            if changes and self.apply_changes and not self.dry_run:
                _apply_changes(self.session, existing, row)
            return PlannedInvoice(row, "changed" if changes else "same", client_id, how,
                                  tuple(changes))  # fmt: skip
        if row.open_cents is not None and not 0 <= row.open_cents <= row.amount_cents:
            raise ImportRefused("import_open_out_of_range", line=row.source_line,
                                number=row.number)  # fmt: skip
        if not self.dry_run:
            assert client_id is not None
            self.add(row, client_id)
        self.new_numbers.add(row.number)
        return PlannedInvoice(row, "new", client_id, how)

    def add(self, row: ImportedInvoice, client_id: int) -> None:
        term = self.clients.terms.get(client_id, self.term)
        invoice = add_invoice_in(self.session, InvoiceInput(
            number=row.number, client_id=client_id, invoice_date=row.invoice_date,
            due_date=row.due_date or row.invoice_date + timedelta(days=term),
            amount=Decimal(row.amount_cents) / 100,
            vat=Decimal(row.vat_cents or 0) / 100, description=row.description[:200],
            kenmerk=row.payment_reference or None,
        ))  # fmt: skip
        invoice.import_batch_id = self.batch_id
        self.invoices[invoice.number] = invoice
        paid = 0 if row.open_cents is None else row.amount_cents - row.open_cents
        if paid:
            amount = Decimal(paid) / 100
            # Paid before the export, on a day the file does not give: the invoice date
            # (claiming less interest than may be owed, never more).
            record_payment_in(self.session, PaymentInput(
                received_on=row.invoice_date, amount=amount, client_id=client_id,
                allocations=((invoice.id, amount),), method=OPENING_BALANCE,
            ))  # fmt: skip

    def credit_note(self, row: ImportedInvoice) -> PlannedInvoice:
        client_id, how = self.client_for(row)
        if row.number in self.credit_notes:
            return PlannedInvoice(row, "same", client_id, how)
        credited = self.invoices.get(row.credits_number or "")
        if credited is None and not (self.dry_run and row.credits_number in self.new_numbers):
            raise ImportRefused("import_credit_note_without_invoice", line=row.source_line,
                                number=row.number, invoice=row.credits_number or "?")  # fmt: skip
        if credited is not None and not self.dry_run:
            note = add_credit_note_in(self.session, credited.id, row.number, row.invoice_date,
                                      Decimal(row.amount_cents) / 100, row.description)  # fmt: skip
            note.import_batch_id = self.batch_id
        self.credit_notes.add(row.number)
        return PlannedInvoice(row, "credit_note", client_id, how)

    def plan(self, row: ImportedInvoice) -> PlannedInvoice:
        key = ("credit:" if row.is_credit_note else "") + row.number
        if key in self.seen:
            raise ImportRefused("import_number_twice", line=row.source_line, number=row.number,
                                first=self.seen[key])  # fmt: skip
        self.seen[key] = row.source_line
        try:
            return self.credit_note(row) if row.is_credit_note else self.invoice(row)
        except ImportRefused:
            raise
        except DebiteurError as error:
            raise _refused(row, error) from error


MAPPINGS = "import.column_mappings"


def _signature(headers: Sequence[str]) -> str:
    """The same export (same columns, whatever their order of spaces and case) is the
    same source: its mapping is remembered under this key."""
    text = "|".join(normalised(h) for h in headers)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


_NAMED = "name:"  # a mapping saved under a name the user gave (``--save-mapping``)


def remembered_columns(
    db: Database, headers: Sequence[str], name: str | None = None
) -> dict[str, str]:
    """The mapping (field → header) confirmed last time for this export, or the one saved
    under ``name`` (refused when there is none by that name)."""
    with db.reading() as session:
        mappings = get_setting(session, MAPPINGS)
    if name is not None and _NAMED + name not in mappings:
        names = sorted(k[len(_NAMED) :] for k in mappings if k.startswith(_NAMED))
        raise NotFound("import_mapping_unknown", name=name, names=", ".join(names) or "-")
    mapping = mappings.get(_NAMED + name if name is not None else _signature(headers), {})
    actual = {normalised(h): h for h in headers}  # as this file writes them
    return {f: actual[normalised(h)] for f, h in mapping.items() if normalised(h) in actual}


def remember_columns(
    db: Database, headers: Sequence[str], columns: dict[str, str], name: str | None = None
) -> None:
    """Remember the mapping for this export (and under ``name`` when given)."""
    with db.transaction() as session:
        mappings = get_setting(session, MAPPINGS)
        mappings[_signature(headers)] = dict(columns)
        if name:
            mappings[_NAMED + name] = dict(columns)
        put_setting(session, MAPPINGS, mappings)


def import_invoices(
    db: Database,
    rows: Sequence[ImportedInvoice],
    *,
    file_name: str = "",
    source: bytes = b"",
    unknown_kind: ClientKind = ClientKind.CONSUMER,
    apply_changes: bool = False,
    dry_run: bool = False,
) -> ProgressJob[InvoiceImport]:
    """Book ``rows`` (or with ``dry_run`` only say what would happen); see the module.

    ``unknown_kind``: the kind of a new client the file does not describe (no type
    column, no KvK or btw-id). Consumer is the default because the law protects a
    consumer more (art. 6:96 lid 6 BW): treating a business as one is only more careful.
    """
    if not rows:
        raise ImportRefused("import_empty")
    ordered = sorted(rows, key=lambda r: (r.is_credit_note, r.source_line))
    with db.transaction() as session:
        batch = ImportBatch(kind="invoices", file_name=file_name[-260:],
                            file_sha256=hashlib.sha256(source).hexdigest())  # fmt: skip
        if not dry_run:
            session.add(batch)
            session.flush()
        run = _Run(session, batch.id, unknown_kind, apply_changes, dry_run)
        planned = []
        for done, row in enumerate(ordered):
            if done % 100 == 0:
                yield Progress(done, len(ordered), row.number)
            planned.append(run.plan(row))
        yield Progress(len(ordered), len(ordered))
        if not dry_run:
            audit.record(session, "import.invoices", "import_batch", batch.id,
                         new=sum(p.status == "new" for p in planned))  # fmt: skip
    return InvoiceImport(planned, None if dry_run else batch.id, dry_run, run.created)
