"""Importing a bank statement: read the file, match each incoming credit, book the sure
ones, keep the rest for review (issue 12).

All of it happens in one transaction, as a generator of ``Progress``: stopping it (the
window's Stop button) or any error leaves the book as it was. The file is read once, as a
stream, into a temporary spool (``importers/statements.spool_statement``), and its lines
are gone through from there in blocks, so memory does not grow with the file: each
line's outcome is handed to the caller's ``on_line`` as it is known, not kept here. The
import is one batch (``import_batches``) that can be undone as a whole
(``services/import_batches.py``).
Every incoming line is kept (``bank_lines``) under its key, so importing the same or an
overlapping statement books nothing twice. Money out is skipped, except a reversal: that
undoes the payment it reverses (same end-to-end id, or the same amount from the same
account) and is kept as a line of its own.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Generator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Literal

from sqlalchemy import Integer, select, type_coerce
from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
from debiteur_desk.domain.blocks import blocks
from debiteur_desk.domain.collector import collector_paused, young_garbage_collected
from debiteur_desk.domain.dates import from_day_number
from debiteur_desk.domain.matching import (
    Asked,
    Asking,
    Candidate,
    Credit,
    OpenItem,
    OpenItems,
    Payers,
    candidates,
    certain,
)
from debiteur_desk.domain.progress import Progress, ProgressJob, as_part
from debiteur_desk.importers.statement import StatementLine
from debiteur_desk.importers.statements import SpooledStatement, spool_statement
from debiteur_desk.services import audit, collection_state
from debiteur_desk.services.payments import (
    PaymentInput,
    delete_payment_in,
    record_payment_in,
    record_payments_in,
)
from debiteur_desk.store.bulk import insert_returning_ids
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import (
    BankLine,
    Client,
    ClientAccount,
    ImportBatch,
    Invoice,
)


@dataclass(frozen=True)
class Offer:
    client_id: int
    invoices: tuple[tuple[str, int], ...]  # (invoice number, cents)
    reason: str
    confidence: float
    allocations: tuple[tuple[int, int], ...]  # the same as (invoice id, cents)


@dataclass(frozen=True)
class ImportedLine:
    line: StatementLine
    offers: tuple[Offer, ...] = ()  # booked: the one booked; review: best first
    payment_id: int | None = None
    bank_line_id: int | None = None
    skipped_because: str = ""  # "money_out", "already_imported"
    reverses: int | None = None  # a reversal: the bank line whose payment it undid


Outcome = Literal["booked", "review", "skipped", "reversal"]
# Told each line's outcome as soon as it is known, in the file's order within each kind.
LineSink = Callable[[Outcome, ImportedLine], None]


@dataclass(frozen=True)
class StatementImport:
    """How many lines had each outcome (``on_line`` was told each of them)."""

    booked: int
    review: int
    skipped: int  # money out or already imported
    already_imported: int  # of the skipped: read before
    reversals: int
    batch_id: int | None  # None for a dry run
    dry_run: bool


class _Days(dict[int, date]):
    """Day numbers turned into dates, each once: a book of 100,000 open invoices has a
    few hundred different due dates."""

    def __missing__(self, number: int) -> date:
        self[number] = day = from_day_number(number)
        return day


def open_items(session: Session) -> list[OpenItem]:
    """The invoices a payment may pay, oldest due first (as ``OpenItems`` keeps them).
    Read through the connection, as plain rows: the ORM's handling of a result costs a
    fifth more on a book's 100,000 open invoices and adds nothing to bare columns."""
    session.flush()  # what the session holds counts, as in a query through the session
    rows = session.connection().execute(
        select(Invoice.id, Invoice.number, Invoice.client_id, Invoice.open_cents,
               type_coerce(Invoice.due_date, Integer), Invoice.kenmerk)
        .where(Invoice.open_cents > 0, Invoice.disputed.is_(False))
        .order_by(Invoice.due_date, Invoice.id)
    )  # fmt: skip
    days = _Days()
    with collector_paused():
        return [OpenItem(r[0], r[1], r[2], r[3], days[r[4]], r[5] or "") for r in rows]


def known_payers(session: Session) -> Payers:
    """IBANs typed on the client or learned from confirmed payments, and names."""
    clients = session.execute(select(Client.id, Client.name, Client.iban)).all()
    ibans = {iban.replace(" ", "").upper(): cid for cid, _, iban in clients if iban}
    ibans.update(dict(session.execute(select(ClientAccount.iban, ClientAccount.client_id)).all()))
    return Payers(ibans, {cid: name for cid, name, _ in clients})


def offer_of(candidate: Candidate, numbers: dict[int, str]) -> Offer:
    invoices = tuple((numbers[i], cents) for i, cents in candidate.allocations)
    return Offer(
        candidate.client_id,
        invoices,
        candidate.reason.value,
        candidate.confidence,
        candidate.allocations,
    )


def credit_of(
    amount_cents: int, iban: str, name: str, remittance: str, e2e: str, ref: str
) -> Credit:
    text = " ".join(x for x in (remittance, e2e) if x)
    return Credit(amount_cents, iban, name, text, ref)


def _credit(line: StatementLine) -> Credit:
    return credit_of(line.amount_cents, line.counterparty_iban, line.counterparty_name,
                     line.remittance, line.end_to_end_id, line.reference)  # fmt: skip


def book_line(
    session: Session, bank_line: BankLine, client_id: int, allocations: tuple[tuple[int, int], ...],
    *, settle: bool = True,
) -> int:  # fmt: skip
    """The payment for a bank line, allocated as given (the rest stays as credit);
    ``settle``: see ``record_payment_in``."""
    data = _payment_for(bank_line, client_id, allocations)
    return record_payment_in(session, data, settle=settle)


def _payment_for(
    bank_line: BankLine, client_id: int, allocations: tuple[tuple[int, int], ...]
) -> PaymentInput:
    bank_line.client_id = client_id
    values = {
        "booking_date": bank_line.booking_date,
        "amount_cents": bank_line.amount_cents,
        "counterparty_name": bank_line.counterparty_name,
        "counterparty_iban": bank_line.counterparty_iban,
        "remittance": bank_line.remittance,
        "key": bank_line.key,
    }
    return _payment_input(values, client_id, allocations)


def _payment_input(
    line: Mapping[str, Any], client_id: int, allocations: tuple[tuple[int, int], ...]
) -> PaymentInput:
    """The payment for a bank line (its columns), allocated as given; none: all credit."""
    return PaymentInput(
        received_on=line["booking_date"],
        amount=Decimal(line["amount_cents"]) / 100,
        client_id=client_id,
        allocations=tuple((i, Decimal(c) / 100) for i, c in allocations),
        keep_as_credit=not allocations,
        counterparty_name=line["counterparty_name"],
        counterparty_iban=line["counterparty_iban"],
        description=line["remittance"],
        bank_reference=line["key"],
    )


def _bank_line(line: StatementLine, batch_id: int, state: str) -> BankLine:
    return BankLine(**_bank_line_values(line, batch_id, state))


def _bank_line_values(line: StatementLine, batch_id: int, state: str) -> dict[str, Any]:
    """A bank line's columns, every one (written many at once, each row needs the same)."""
    return {
        "batch_id": batch_id,
        "key": line.key,
        "account_iban": line.account_iban,
        "booking_date": line.booking_date,
        "amount_cents": line.amount_cents,
        "counterparty_name": line.counterparty_name[:200],
        "counterparty_iban": line.counterparty_iban[:34],
        "remittance": line.remittance,
        "reference": line.reference[:40],
        "end_to_end_id": line.end_to_end_id[:40],
        "reversal": line.reversal,
        "return_reason": line.return_reason[:8],
        "state": state,
        "reason": "",
        "payment_id": None,
        "client_id": None,
    }


def _reversed_line(session: Session, line: StatementLine) -> BankLine | None:
    """The booked credit a reversal takes back: same end-to-end id (a direct debit's),
    otherwise the same amount from the same account, the latest before it."""
    query = select(BankLine).where(
        BankLine.state == "booked",
        BankLine.amount_cents == -line.amount_cents,
        BankLine.booking_date <= line.booking_date,
    )
    if line.end_to_end_id:
        query = query.where(BankLine.end_to_end_id == line.end_to_end_id)
    elif line.counterparty_iban:
        query = query.where(BankLine.counterparty_iban == line.counterparty_iban)
    else:
        return None
    return session.scalars(query.order_by(BankLine.booking_date.desc())).first()


@dataclass
class _Matched:
    """A credit line matched, its bank line not yet written (``_Run.write``)."""

    line: StatementLine
    values: dict[str, Any]  # the bank line's columns
    sure: Candidate | None  # booked on this; None: kept for review
    offers: tuple[Offer, ...]


# Matched lines written at once: an import of 10,000 lines is 20 writes, not 10,000.
WRITE_EVERY = 500


class _Run:
    """One import's state: the open items as this import changes them, and the lines
    matched but not yet written."""

    def __init__(self, session: Session, batch_id: int, dry_run: bool, asked: Asked) -> None:
        """``asked``: what the lines to match ask for, to index the open items for that
        alone."""
        self.session, self.batch_id, self.dry_run = session, batch_id, dry_run
        self.items = OpenItems(open_items(session), asked)
        self.numbers = {item.invoice_id: item.number for item in self.items.values()}
        self.payers = known_payers(session)
        self.paid_clients: set[int] = set()  # their promises and plans to settle at the end
        self.matched: list[_Matched] = []

    def reverse(self, line: StatementLine) -> ImportedLine:
        """The caller writes the lines matched so far first: a reversal may take back a
        credit earlier in the same statement."""
        assert not self.matched
        original = _reversed_line(self.session, line)
        row = _bank_line(line, self.batch_id, "reversal")
        row.client_id = original.client_id if original else None
        if not self.dry_run:
            self.session.add(row)
            if original is not None and original.payment_id is not None:
                delete_payment_in(self.session, original.payment_id)
                original.state, original.payment_id = "reversal", None
            self.session.flush()
        return ImportedLine(line, bank_line_id=row.id, reverses=original.id if original else None)

    def match(self, line: StatementLine) -> None:
        """Match a credit; booked or kept for review once written (``write``). The open
        items change at once, so the next line is matched against what this one left."""
        found = candidates(_credit(line), self.items, self.payers)
        sure = certain(found)
        row = _bank_line_values(line, self.batch_id, "booked" if sure else "review")
        if sure is None:
            offers = tuple(offer_of(c, self.numbers) for c in found[:5])
        else:
            row["reason"] = sure.reason.value
            offers = (offer_of(sure, self.numbers),)
            for invoice_id, cents in sure.allocations:
                item = self.items[invoice_id]
                self.items[invoice_id] = item._replace(open_cents=item.open_cents - cents)
            if not self.dry_run:
                self.paid_clients.add(sure.client_id)
        self.matched.append(_Matched(line, row, sure, offers))

    def write(self) -> list[tuple[ImportedLine, bool]]:
        """The lines matched since the last write, booked (True) or kept for review
        (False), in their order: the payments of the sure ones recorded together
        (``record_payments_in``), then every bank line, with its payment's id, in one
        statement that gives back their ids in the same order."""
        matched, self.matched = self.matched, []
        if self.dry_run or not matched:
            return [(ImportedLine(m.line, m.offers), m.sure is not None) for m in matched]
        sure = [m for m in matched if m.sure is not None]
        inputs = []
        for m in sure:
            assert m.sure is not None
            m.values["client_id"] = m.sure.client_id
            inputs.append(_payment_input(m.values, m.sure.client_id, m.sure.allocations))
        for m, payment_id in zip(sure, record_payments_in(self.session, inputs), strict=True):
            m.values["payment_id"] = payment_id
        ids = insert_returning_ids(self.session, BankLine, [m.values for m in matched])
        return [
            (ImportedLine(m.line, m.offers, m.values["payment_id"], bank_line_id=line_id),
             m.sure is not None)
            for m, line_id in zip(matched, ids, strict=True)
        ]  # fmt: skip


class _Outcomes:
    """Counts each outcome and tells the caller's sink."""

    def __init__(self, sink: LineSink | None) -> None:
        self.counts: Counter[str] = Counter()
        self._sink = sink

    def __call__(self, outcome: Outcome, imported: ImportedLine) -> None:
        self.counts[outcome] += 1
        if imported.skipped_because == "already_imported":
            self.counts["already_imported"] += 1
        if self._sink is not None:
            self._sink(outcome, imported)


def _match_and_book(
    session: Session, batch_id: int, lines: SpooledStatement, asked: Asked, dry_run: bool,
    tell: _Outcomes,
) -> Generator[Progress, None, set[int]]:  # fmt: skip
    """Every line matched and booked or kept for review, each outcome told; returns the
    clients paid. The index of the open invoices lives only in here, built with the
    collector paused and then left out of its scans (``young_garbage_collected``): a few
    hundred thousand objects that all stay alive, scanned again at every collection.

    Keys are unique within a file (``FileKeys``), so only the book is asked which lines
    were read before, a block at a time."""
    with collector_paused():
        run = _Run(session, batch_id, dry_run, asked)
    with young_garbage_collected() as collect:
        return (yield from _go_through(session, run, lines, tell, collect))


def _go_through(
    session: Session, run: _Run, lines: SpooledStatement, tell: _Outcomes,
    collect: Callable[[], None],
) -> Generator[Progress, None, set[int]]:  # fmt: skip
    def write() -> None:
        for imported, booked in run.write():
            tell("booked" if booked else "review", imported)

    done = 0
    for block in blocks(lines, WRITE_EVERY):
        collect()
        seen = set(session.scalars(select(BankLine.key).where(
            BankLine.key.in_([line.key for line in block]))))  # fmt: skip
        for line in block:
            yield Progress(done, len(lines), line.counterparty_name)
            done += 1
            if line.key in seen:
                tell("skipped", ImportedLine(line, skipped_because="already_imported"))
            elif line.reversal:
                write()
                tell("reversal", run.reverse(line))
            elif line.amount_cents <= 0:
                tell("skipped", ImportedLine(line, skipped_because="money_out"))
            else:
                run.match(line)
                if len(run.matched) >= WRITE_EVERY:
                    write()
    write()
    return run.paid_clients


Source = Path | bytes
# Of the progress bar: reading the file is the first part, matching and booking the rest.
SCALE, READ_PART = 1000, 300


def _opened(source: Source) -> BinaryIO:
    return io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")


def import_statement(
    db: Database, source: Source, *, file_name: str = "", dry_run: bool = False,
    on_line: LineSink | None = None,
) -> ProgressJob[StatementImport]:  # fmt: skip
    """Read ``source`` (a file, or its bytes: CAMT.053, MT940 or a bank's CSV), match and
    book; see the module."""
    asking = Asking()
    with _opened(source) as stream:
        reading = spool_statement(stream, lambda line: asking.add(_credit(line)))
        spooled = yield from as_part(reading, 0, READ_PART, SCALE)
    tell = _Outcomes(on_line)
    with closing(spooled), db.transaction() as session:
        batch = ImportBatch(
            kind="statement", file_name=file_name[-260:], file_sha256=spooled.sha256
        )
        if not dry_run:
            session.add(batch)
            session.flush()
        paid_clients = yield from as_part(
            _match_and_book(session, batch.id, spooled, asking.asked(), dry_run, tell),
            READ_PART,
            SCALE,
            SCALE,
        )
        yield Progress(SCALE, SCALE)
        if not dry_run:
            today = clock.today()
            collection_state.after_payments(session, paid_clients, today)
            audit.record(session, "import.statement", "import_batch", batch.id,
                         booked=tell.counts["booked"], review=tell.counts["review"])  # fmt: skip
    counts = tell.counts
    return StatementImport(
        counts["booked"], counts["review"], counts["skipped"], counts["already_imported"],
        counts["reversal"], None if dry_run else batch.id, dry_run,
    )  # fmt: skip
