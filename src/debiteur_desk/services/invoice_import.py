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

Why in blocks (issue 12: 50,000 rows in under 10 s, memory flat in the file size): saved
one at a time through the ORM, an export of 50,000 rows took minutes. The rows are read
as they come and planned 500 at a time; the block's new clients, invoices, opening
balances and audit rows are then written in a few statements each (the services' bulk
counterparts, ``add_clients_in``, ``add_invoices_in``, ``record_payments_in``). Nothing
that grows with the file stays in memory: the numbers met so far are kept on disk
(``FileNumbers``), and each row's plan is told to the caller rather than collected.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain.blocks import blocks
from debiteur_desk.domain.collector import young_garbage_collected
from debiteur_desk.domain.errors import DebiteurError, NotFound
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.domain.search_text import folded
from debiteur_desk.importers.file_numbers import FileNumbers
from debiteur_desk.importers.invoice_rows import ImportedClient, ImportedInvoice, normalised
from debiteur_desk.importers.line_spool import Spool
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.clients import ClientInput, add_clients_in, normalised_client
from debiteur_desk.services.invoices import (
    InvoiceInput,
    add_credit_note_in,
    add_invoices_in,
    checked_invoice,
)
from debiteur_desk.services.ledger import refresh_open_amount
from debiteur_desk.services.payments import PaymentInput, record_payments_in
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
    counts: Mapping[Status, int]
    batch_id: int | None
    dry_run: bool
    clients_created: int

    def count(self, status: Status) -> int:
        return self.counts.get(status, 0)


RowSink = Callable[[PlannedInvoice], None]  # told each row's plan, in the order booked
BLOCK = 500  # rows planned and written together


@contextmanager
def _about(row: ImportedInvoice) -> Iterator[None]:
    """An error of one row, said with the file line it came from."""
    try:
        yield
    except ImportRefused:
        raise
    except DebiteurError as error:
        raise ImportRefused("import_row_refused", line=row.source_line, reason=error) from error


def _key(row: ImportedInvoice) -> str:
    return ("credit:" if row.is_credit_note else "") + row.number


def _dump(row: ImportedInvoice) -> bytes:
    return pickle.dumps(row)  # our own spool, read back by this process only


def _load(data: bytes) -> ImportedInvoice:
    loaded: ImportedInvoice = pickle.loads(data)  # noqa: S301 - written by _dump above
    return loaded


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


@lru_cache(maxsize=4096)  # an export names its clients again and again
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
    """One import's rows, planned and written a block at a time (see ``block``)."""

    def __init__(self, session: Session, batch_id: int | None, unknown_kind: ClientKind,
                 apply_changes: bool, dry_run: bool, tell: RowSink | None) -> None:  # fmt: skip
        self.session, self.batch_id, self.tell = session, batch_id, tell
        self.unknown_kind, self.apply_changes, self.dry_run = unknown_kind, apply_changes, dry_run
        self.clients = _Clients(session)
        self.term = get_setting(session, "invoice.default_payment_term_days")
        self.numbers = FileNumbers()
        self.counts: Counter[Status] = Counter()
        self.created = 0
        self.pending: list[ClientInput] = []  # clients to add at the end of the block
        self.real: dict[int, int] = {}  # a pending client's stand-in id -> its id
        self.paid_clients: set[int] = set()  # clients with an opening balance booked

    # -- clients -------------------------------------------------------------------------

    def client_for(self, row: ImportedInvoice) -> tuple[int | None, MatchedBy]:
        """The client's id, or a negative stand-in for one this block adds; in a dry run
        ``None`` for a client the import would add."""
        clean = _client_input(row.client, self.unknown_kind, self.term)
        client_id, how = self.clients.find(clean)
        if client_id is not None or self.dry_run:
            return client_id, how
        stand_in = -(self.created + len(self.pending) + 1)
        self.pending.append(clean)
        self.clients.add(stand_in, clean.name, clean.kvk, clean.btw_id, clean.email,
                         clean.payment_term_days)  # fmt: skip
        return stand_in, "new"

    def add_pending_clients(self) -> None:
        if not self.pending:
            return
        ids = add_clients_in(self.session, self.pending, import_batch_id=self.batch_id)
        for n, (client_id, clean) in enumerate(zip(ids, self.pending, strict=True)):
            self.real[-(self.created + n + 1)] = client_id
            self.clients.terms[client_id] = clean.payment_term_days
        self.created += len(ids)
        self.pending = []

    def resolved(self, client_id: int | None) -> int | None:
        return None if client_id is None else self.real.get(client_id, client_id)

    # -- a block of rows -----------------------------------------------------------------

    def block(self, rows: list[ImportedInvoice]) -> None:
        """Plan the rows (all invoices, or all credit notes, in file order), add the new
        clients, invoices and opening balances in a few statements, and tell each plan."""
        twice = self.numbers.add([(_key(row), row.source_line) for row in rows])
        if twice is not None:
            key, line, first = twice
            raise ImportRefused("import_number_twice", line=line,
                                number=key.removeprefix("credit:"), first=first)  # fmt: skip
        clients = []
        for row in rows:
            with _about(row):
                clients.append(self.client_for(row))
        self.add_pending_clients()
        existing = self._existing([row.number for row in rows if not row.is_credit_note])
        new: list[tuple[ImportedInvoice, InvoiceInput]] = []
        planned = []
        for row, (client_id, how) in zip(rows, clients, strict=True):
            with _about(row):
                client_id = self.resolved(client_id)
                if row.is_credit_note:
                    planned.append(self.credit_note(row, client_id, how))
                else:
                    planned.append(self.invoice(row, client_id, how, existing.get(row.number),
                                                new))  # fmt: skip
        self.add(new)
        for plan in planned:
            self.counts[plan.status] += 1
            if self.tell is not None:
                self.tell(plan)

    def _existing(self, numbers: list[str]) -> dict[str, Invoice]:
        if not numbers:
            return {}
        query = select(Invoice).where(Invoice.number.in_(numbers))
        return {invoice.number: invoice for invoice in self.session.scalars(query)}

    def invoice(self, row: ImportedInvoice, client_id: int | None, how: MatchedBy,
                existing: Invoice | None,
                new: list[tuple[ImportedInvoice, InvoiceInput]]) -> PlannedInvoice:  # fmt: skip
        if existing is not None:
            changes = _changes(existing, row, client_id if how != "new" else None)
            if changes and self.apply_changes and not self.dry_run:
                _apply_changes(self.session, existing, row)
            return PlannedInvoice(row, "changed" if changes else "same", client_id, how,
                                  tuple(changes))  # fmt: skip
        if row.open_cents is not None and not 0 <= row.open_cents <= row.amount_cents:
            raise ImportRefused("import_open_out_of_range", line=row.source_line,
                                number=row.number)  # fmt: skip
        term = self.term if client_id is None else self.clients.terms.get(client_id, self.term)
        new.append((row, checked_invoice(InvoiceInput(
            number=row.number, client_id=client_id or 0, invoice_date=row.invoice_date,
            due_date=row.due_date or row.invoice_date + timedelta(days=term),
            amount=Decimal(row.amount_cents) / 100,
            vat=Decimal(row.vat_cents or 0) / 100, description=row.description[:200],
            kenmerk=row.payment_reference or None,
        ))))  # fmt: skip
        return PlannedInvoice(row, "new", client_id, how)

    def add(self, new: list[tuple[ImportedInvoice, InvoiceInput]]) -> None:
        """The block's new invoices, and what was paid on them before the export."""
        if self.dry_run or not new:
            return
        ids = add_invoices_in(self.session, [data for _, data in new],
                              import_batch_id=self.batch_id)  # fmt: skip
        payments = []
        for invoice_id, (row, data) in zip(ids, new, strict=True):
            paid = 0 if row.open_cents is None else row.amount_cents - row.open_cents
            if paid:
                amount = Decimal(paid) / 100
                # Paid before the export, on a day the file does not give: the invoice
                # date (claiming less interest than may be owed, never more).
                payments.append(PaymentInput(
                    received_on=row.invoice_date, amount=amount, client_id=data.client_id,
                    allocations=((invoice_id, amount),), method=OPENING_BALANCE,
                ))  # fmt: skip
                self.paid_clients.add(data.client_id)
        record_payments_in(self.session, payments)

    def credit_note(self, row: ImportedInvoice, client_id: int | None,
                    how: MatchedBy) -> PlannedInvoice:  # fmt: skip
        known = select(CreditNote.id).where(CreditNote.number == row.number)
        if self.session.scalar(known) is not None:
            return PlannedInvoice(row, "same", client_id, how)
        number = row.credits_number or ""
        credited = self.session.scalar(select(Invoice.id).where(Invoice.number == number))
        if credited is None and not (self.dry_run and number in self.numbers):
            raise ImportRefused("import_credit_note_without_invoice", line=row.source_line,
                                number=row.number, invoice=row.credits_number or "?")  # fmt: skip
        if credited is not None and not self.dry_run:
            note = add_credit_note_in(self.session, credited, row.number, row.invoice_date,
                                      Decimal(row.amount_cents) / 100, row.description)  # fmt: skip
            note.import_batch_id = self.batch_id
        return PlannedInvoice(row, "credit_note", client_id, how)

    def close(self) -> None:
        self.numbers.close()


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


def _aside(row: ImportedInvoice, credit_notes: Spool[ImportedInvoice]) -> bool:
    """A credit note is kept aside (True), to be booked after the invoices."""
    if row.is_credit_note:
        credit_notes.add(row)
    return row.is_credit_note


def import_invoices(
    db: Database,
    rows: Iterable[ImportedInvoice],
    *,
    file_name: str = "",
    source: bytes = b"",
    total: int | None = None,
    unknown_kind: ClientKind = ClientKind.CONSUMER,
    apply_changes: bool = False,
    dry_run: bool = False,
    on_row: RowSink | None = None,
) -> ProgressJob[InvoiceImport]:
    """Book ``rows`` (or with ``dry_run`` only say what would happen); see the module.

    ``rows`` are read once, as they come (a file read as it goes): invoices a block at a
    time, credit notes kept aside and booked after every invoice, since one may credit an
    invoice further down the file. Each row's plan is told to ``on_row``; the result has
    the counts. ``total``: how many rows to expect, for the progress (a file's lines will
    do); a sized ``rows`` says it itself.

    ``unknown_kind``: the kind of a new client the file does not describe (no type
    column, no KvK or btw-id). Consumer is the default because the law protects a
    consumer more (art. 6:96 lid 6 BW): treating a business as one is only more careful.
    """
    if total is None:
        total = len(rows) if isinstance(rows, Sized) else 0
    credit_notes: Spool[ImportedInvoice] = Spool(_dump, _load)
    with db.transaction() as session, closing(credit_notes):
        batch = ImportBatch(kind="invoices", file_name=file_name[-260:],
                            file_sha256=hashlib.sha256(source).hexdigest())  # fmt: skip
        if not dry_run:
            session.add(batch)
            session.flush()
        run = _Run(session, batch.id, unknown_kind, apply_changes, dry_run, on_row)
        done = 0
        with closing(run), young_garbage_collected() as collect:
            invoices = (row for row in rows if not _aside(row, credit_notes))
            for block in chain(blocks(invoices, BLOCK), blocks(credit_notes, BLOCK)):
                run.block(block)
                done += len(block)
                yield Progress(min(done, total), total, block[-1].number)
                collect()
        if not done:
            raise ImportRefused("import_empty")
        yield Progress(total, total)
        if not dry_run:
            collection_state.after_payments(session, run.paid_clients, clock.today())
            audit.record(session, "import.invoices", "import_batch", batch.id,
                         new=run.counts["new"])  # fmt: skip
    return InvoiceImport(dict(run.counts), None if dry_run else batch.id, dry_run, run.created)
