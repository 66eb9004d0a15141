"""Imports: a CAMT.053 statement into a large book, and a large invoice CSV read.

Targets (import issue):

- statement: 10,000 incoming credits into a book of 100,000 open invoices / 5,000
  clients, matched and booked through ``import_statement``, in under 5 s and within 3x
  of only reading the file (``read_statement``: its lines, with their keys, as a list;
  the bare parse, ``statement_lines`` without keys, is printed too);
- memory flat in the file size: the same import of a statement four times as large
  (40,000 credits), each file imported in a process of its own, peak memory compared;
- invoice CSV: 50,000 rows of an accounting package's Dutch export (``;``,
  Windows-1252, ``1.234,56``, ``22-11-2026``) read, its columns guessed and its rows
  turned into invoices, in under 10 s.

Everything is synthetic and the same for the same seed, made in a temporary directory
that is removed afterwards. The credits are a mix: about a quarter name an open
invoice's number in the free text with its open amount, a quarter carry its
betalingskenmerk as the structured reference (``RmtInf/Strd``), a quarter come from a
client's known IBAN with the exact open amount of one of its invoices and no reference,
and a quarter match nothing (an unknown payer, another amount, text without numbers).

Each timed import starts from the same book: the book file is copied before every run
(not timed) and the copy opened; only ``import_statement`` run to its end, commit
included, is timed. The files are made in a process of their own, and the two parts are
measured each in a process of its own, so every memory figure is that part's own.

An import run still going after ``--budget`` seconds (default 60) is stopped (its
transaction rolls back) and the whole file's time estimated from the lines it got
through, so that ``run_all.py`` does not sit for an hour on an import far off target.
Smaller sizes: ``--invoices``, ``--clients``, ``--entries``, ``--rows``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Generator
from datetime import timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from common import TODAY, median_seconds, peak_rss_mib

HERE = Path(__file__).parent
BOOK, STATEMENT, CSV = "book.sqlite", "statement.xml", "invoices.csv"
LARGER, LARGER_STATEMENT = 4, "statement-4x.xml"  # the memory part: a file 4x as large
LARGER_CSV = "invoices-4x.csv"
ACCOUNT = "NL91ABNA0417164300"  # our own account, the statement's
STATEMENT_TARGET, RATIO_TARGET, CSV_TARGET = 5.0, 3.0, 10.0
BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB")
# Payers that are no client: words that are in no demo client's name.
STRANGERS = (
    "Stichting Vrienden van Zonnelicht",
    "Belastingdienst",
    "Gemeente Amersfoort",
    "Zorgverzekeraar Oranjepolis",
    "Vereniging Eigen Huis",
    "Marktplaats Betalingen",
)
STRANGER_TEXTS = (
    "Terugbetaling voorschot",
    "Restitutie",
    "Gift",
    "Retour bestelling",
    "Teruggave borg",
)
PAYER_TEXTS = ("Betaling openstaande nota", "Onze betaling", "Betaling", "")
NUMBER_TEXTS = ("Factuur {n}", "fact {n}", "factuur nr. {n}", "Betaling factuur {n} dank u")
CSV_HEADERS = (
    "Factuurnummer",
    "Factuurdatum",
    "Vervaldatum",
    "Relatie",
    "KvK",
    "Bedrag incl. btw",
    "Openstaand",
)


# ---------------------------------------------------------------------------- data


def iban(rng: random.Random) -> str:
    """A Dutch IBAN with correct check digits (mod 97)."""
    bank, account = rng.choice(BANKS), f"{rng.randrange(10**10):010d}"
    digits = "".join(str(int(ch, 36)) for ch in f"{bank}{account}NL00")
    return f"NL{98 - int(digits) % 97:02d}{bank}{account}"


def euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def dutch_euros(cents: int) -> str:
    """1.234,56 (Dutch thousands dots and decimal comma)."""
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def make_book(
    path: Path, clients: int, invoices: int, rng: random.Random
) -> tuple[list[tuple[str, str, int, int]], list[str], list[str]]:
    """A book of ``invoices`` open invoices over ``clients`` clients, bulk-inserted into the
    real schema (as ``services/demo.py`` does). Returns per invoice (number, kenmerk,
    client id, open cents) and per client (by id) its IBAN and name, for the statement."""
    from debiteur_desk.domain.dates import day_number
    from debiteur_desk.domain.references import make_kenmerk
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.demo import CLIENT_COLUMNS, INVOICE_COLUMNS
    from debiteur_desk.services.demo_names import FIRST_NAMES, PLACES, STREETS, SURNAMES
    from debiteur_desk.store.bulk import bulk_insert, table_of, timestamp_text
    from debiteur_desk.store.models import Client, Invoice
    from debiteur_desk.store.types import utcnow

    now = timestamp_text(utcnow())
    today = day_number(TODAY)
    client_rows, ibans, names = [], [""], [""]
    for client_id in range(1, clients + 1):
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        business = rng.random() < 0.6
        name = f"{surname[0].upper()}{surname[1:]} {rng.choice(('B.V.', 'VOF', 'Bouw'))}"
        city, pc = rng.choice(PLACES)
        account = iban(rng) if rng.random() < 0.8 else ""  # known on the client, or not
        ibans.append(account)
        names.append(name if business else f"{first} {surname}")
        row = {
            "id": client_id,
            "name": names[-1],
            "kind": "business" if business else "consumer",
            "contact_person": "",
            "phone": "",
            "email": f"klant{client_id}@example.nl",
            "street": f"{rng.choice(STREETS)} {rng.randrange(1, 200)}",
            "postcode": f"{pc}{rng.randrange(10, 99)} AB",
            "city": city,
            "country": "NL",
            "kvk": f"{rng.randrange(10**7, 10**8)}" if business else "",
            "btw_id": "",
            "iban": account,
            "payment_term_days": 30,
            "language": "nl",
            "notes": "",
            "created_at": now,
            "updated_at": now,
        }
        client_rows.append(tuple(row[c] for c in CLIENT_COLUMNS))
    invoice_rows, facts = [], []
    for invoice_id in range(1, invoices + 1):
        client_id = rng.randrange(1, clients + 1)
        invoice_day = today - rng.randrange(1, 240)
        amount = int(rng.lognormvariate(10.5, 1.0)) + 500
        number, kenmerk = f"2026-{invoice_id:06d}", make_kenmerk(2_000_000 + invoice_id)
        row = {
            "id": invoice_id,
            "number": number,
            "client_id": client_id,
            "invoice_date": invoice_day,
            "due_date": invoice_day + 30,
            "amount_cents": amount,
            "vat_cents": round(amount * 21 / 121),
            "currency": "EUR",
            "description": "Werkzaamheden",
            "kenmerk": kenmerk,
            "sent_on": invoice_day,
            "sent_via": "email",
            "sent_to": "",
            "disputed": False,
            "written_off_cents": 0,
            "write_off_reason": "",
            "paid_cents": 0,
            "credited_cents": 0,
            "open_cents": amount,
            "created_at": now,
            "updated_at": now,
        }
        invoice_rows.append(tuple(row[c] for c in INVOICE_COLUMNS))
        facts.append((number, kenmerk, client_id, amount))
    db = open_book(path).database
    with db.transaction() as session:
        connection = session.connection()
        bulk_insert(connection, table_of(Client), CLIENT_COLUMNS, client_rows)
        bulk_insert(connection, table_of(Invoice), INVOICE_COLUMNS, invoice_rows)
    db.close()
    return facts, ibans, names


def _entry(n: int, day: str, cents: int, name: str, account: str, text: str, ref: str) -> str:
    remittance = f"<Ustrd>{escape(text)}</Ustrd>" if text else ""
    if ref:
        remittance += (
            "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>CUR</Issr></Tp>"
            f"<Ref>{ref}</Ref></CdtrRefInf></Strd>"
        )
    return f"""      <Ntry>
        <Amt Ccy="EUR">{euros(cents)}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>{day}</Dt></BookgDt>
        <ValDt><Dt>{day}</Dt></ValDt>
        <AcctSvcrRef>26{n:012d}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">{euros(cents)}</Amt></TxAmt></AmtDtls>
            <RltdPties>
              <Dbtr><Nm>{escape(name)}</Nm></Dbtr>
              <DbtrAcct><Id><IBAN>{account}</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf>{remittance}</RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
"""


def make_statement(
    facts: list[tuple[str, str, int, int]],
    ibans: list[str],
    names: list[str],
    entries: int,
    rng: random.Random,
) -> str:
    """A camt.053.001.02 document (as ``tests/data/statements/camt053-2026.xml``) with
    ``entries`` credits; each open invoice is named by at most one of them."""
    chosen = rng.sample(range(len(facts)), min(entries, len(facts)))
    by_client: dict[int, list[int]] = {}
    for index, (_, _, client_id, _) in enumerate(facts):
        by_client.setdefault(client_id, []).append(index)
    payers = [cid for cid in range(1, len(ibans)) if ibans[cid] and by_client.get(cid)]
    first = TODAY - timedelta(days=30)
    parts, total = [], 0
    for n in range(entries):
        day = (first + timedelta(days=n * 30 // entries)).isoformat()
        kind = n % 4
        if kind in (0, 1):  # an invoice number in the text, or its kenmerk as reference
            number, kenmerk, client_id, cents = facts[chosen[n]]
            text = rng.choice(NUMBER_TEXTS).format(n=number) if kind == 0 else ""
            ref = kenmerk if kind == 1 else ""
            account = ibans[client_id] or iban(rng)
            name = names[client_id]
        elif kind == 2:  # a known payer paying one invoice's exact amount, no reference
            client_id = rng.choice(payers)
            _, _, _, cents = facts[rng.choice(by_client[client_id])]
            text, ref, account = rng.choice(PAYER_TEXTS), "", ibans[client_id]
            name = names[client_id]
        else:  # matches nothing
            cents = rng.randrange(1_000, 50_000) * 10 + 3
            text, ref = rng.choice(STRANGER_TEXTS), ""
            account, name = iban(rng), rng.choice(STRANGERS)
        total += cents
        parts.append(_entry(n, day, cents, name, account, text, ref))
    head = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr>
      <MsgId>BENCH-CAMT053-{TODAY.isoformat()}</MsgId>
      <CreDtTm>{TODAY.isoformat()}T18:30:00</CreDtTm>
    </GrpHdr>
    <Stmt>
      <Id>{ACCOUNT}-{TODAY.isoformat()}</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>{TODAY.isoformat()}T18:30:00</CreDtTm>
      <Acct>
        <Id><IBAN>{ACCOUNT}</IBAN></Id>
        <Ccy>EUR</Ccy>
      </Acct>
      <TxsSummry>
        <TtlNtries><NbOfNtries>{entries}</NbOfNtries><Sum>{euros(total)}</Sum></TtlNtries>
      </TxsSummry>
"""
    return head + "".join(parts) + "    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n"


def make_csv(rows: int, rng: random.Random) -> bytes:
    """An accounting package's export: ``;``, Windows-1252, Dutch amounts and dates."""
    from debiteur_desk.services.demo_names import FIRST_NAMES, SURNAMES

    extra = ("van ’t Hof", "Çelik", "Müller", "Hoëvenaars")  # ’ is 0x92 in Windows-1252
    surnames = [name for name in (*SURNAMES, *extra) if fits_cp1252(name)]
    first_names = [name for name in FIRST_NAMES if fits_cp1252(name)]
    lines = [";".join(CSV_HEADERS)]
    for n in range(1, rows + 1):
        issued = TODAY - timedelta(days=rng.randrange(1, 400))
        cents = int(rng.lognormvariate(11.0, 1.2)) + 100
        open_cents = rng.choice((cents, cents, 0, cents // 3))
        business = rng.random() < 0.6
        surname = rng.choice(surnames)
        name = f"{surname} B.V." if business else f"{rng.choice(first_names)} {surname}"
        cells = (
            f"VF{n:07d}",
            issued.strftime("%d-%m-%Y"),
            (issued + timedelta(days=30)).strftime("%d-%m-%Y"),
            name,
            f"{rng.randrange(10**7, 10**8)}" if business else "",
            dutch_euros(cents),
            dutch_euros(open_cents),
        )
        lines.append(";".join(cells))
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def prepare(folder: str, clients: str, invoices: str, entries: str, rows: str, seed: str) -> None:
    """The book, the statement and the CSV, in ``folder`` (run in a process of its own)."""
    rng = random.Random(int(seed))
    facts, ibans, names = make_book(Path(folder) / BOOK, int(clients), int(invoices), rng)
    statement = make_statement(facts, ibans, names, int(entries), rng)
    (Path(folder) / STATEMENT).write_text(statement, encoding="utf-8")
    larger = make_statement(facts, ibans, names, int(entries) * LARGER, rng)
    (Path(folder) / LARGER_STATEMENT).write_text(larger, encoding="utf-8")
    (Path(folder) / CSV).write_bytes(make_csv(int(rows), rng))
    (Path(folder) / LARGER_CSV).write_bytes(make_csv(int(rows) * LARGER, rng))


# ---------------------------------------------------------------------------- measuring


class OverBudget(Exception):
    """An import run stopped (and so rolled back) for taking longer than the budget."""

    def __init__(self, done: int, total: int, seconds: float) -> None:
        super().__init__(f"{done} of {total} lines in {seconds:.1f} s")
        self.done, self.total, self.seconds = done, total, seconds


def within(job: Generator[Any, None, Any], budget: float) -> Generator[Any, None, Any]:
    """``job`` as it is, its progress passed on, but stopped (``close()``: its transaction
    rolls back) once it has run longer than ``budget`` seconds."""
    start = time.perf_counter()
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            return stop.value
        seconds = time.perf_counter() - start
        if seconds > budget and progress.total and progress.done < progress.total:
            job.close()
            raise OverBudget(progress.done, progress.total, seconds)
        yield progress


def measure_statement(folder: Path, repeat: int, budget: float) -> None:
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.importers.statements import read_statement, statement_lines
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.statement_import import StatementImport, import_statement

    path = folder / STATEMENT

    def parse_only() -> int:
        with path.open("rb") as stream:
            return sum(line.amount_cents > 0 for line in statement_lines(stream))

    book = folder / BOOK
    credits = parse_only()
    size = path.stat().st_size / 2**20
    print(f"statement import: {credits:,} credits ({size:.1f} MiB camt.053) into {book_line(book)}")
    parse = median_seconds(parse_only, repeat=repeat)
    print(f"  parse only (lines, no keys)  {parse:8.3f} s   (median of {repeat})")

    # Read and import alternate, so that a slower spell of the machine weighs on both
    # and each import is compared with the read right before it.
    reads: list[float] = []
    times: list[float] = []
    result: StatementImport | None = None
    for run in range(repeat + 1):  # the first run warms up and is not counted
        start = time.perf_counter()
        read_statement(path.read_bytes())
        read = time.perf_counter() - start
        copy = folder / "run.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(book, copy)  # every run starts from the same book
        db = open_book(copy, create=False).database
        try:
            start = time.perf_counter()
            job = import_statement(db, path, file_name=STATEMENT)
            result = run_to_end(within(job, budget))
            seconds = time.perf_counter() - start
        except OverBudget as over:
            estimate = over.seconds * over.total / max(over.done, 1)
            print(
                f"  import_statement STOPPED over the {budget:g} s budget: {over.done:,} of"
                f" {over.total:,} lines in {over.seconds:.1f} s; the whole file at that pace"
                f" ~{estimate:,.0f} s (~{estimate / read:,.0f}x the read)"
                f"   target < {STATEMENT_TARGET:g} s MISSED"
            )
            print(f"  peak memory of this process  {peak_rss_mib():.0f} MiB")
            return
        finally:
            db.close()
        if run:
            reads.append(read)
            times.append(seconds)
    read = statistics.median(reads)
    print(f"  read_statement only          {read:8.3f} s   (median of {repeat})")
    median = statistics.median(times)
    ratio = statistics.median(t / r for t, r in zip(times, reads, strict=True))
    print(
        f"  import_statement to the end  {median:8.3f} s   (median of {repeat})"
        f"   target < {STATEMENT_TARGET:g} s {'OK' if median < STATEMENT_TARGET else 'MISSED'}"
    )
    print(
        f"  ratio import / read          {ratio:8.2f}x    (median of the runs' ratios)"
        f"   target <= {RATIO_TARGET:g}x"
        f" {'OK' if ratio <= RATIO_TARGET else 'MISSED'}"
    )
    print(f"  runs (import)                {', '.join(f'{t:.2f}' for t in times)} s")
    print(f"  runs (read)                  {', '.join(f'{t:.2f}' for t in reads)} s")
    assert result is not None
    print(
        f"  outcome: {result.booked:,} booked, {result.review:,} for review,"
        f" {result.skipped:,} skipped"
    )
    print(f"  peak memory of this process  {peak_rss_mib():.0f} MiB (the files made in another)")


def import_once(folder: Path, name: str) -> None:
    """One import of ``name`` into a fresh copy of the book, in this process alone: its
    peak memory is this import's."""
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.statement_import import import_statement

    copy = folder / f"memory-{name}.sqlite"
    shutil.copyfile(folder / BOOK, copy)
    db = open_book(copy, create=False).database
    result = run_to_end(import_statement(db, folder / name, file_name=name))
    db.close()
    copy.unlink()
    credits = result.booked + result.review
    size = (folder / name).stat().st_size / 2**20
    print(f"{credits} {size:.1f} {peak_rss_mib():.0f}")


def measure_memory(folder: Path) -> None:
    """Peak memory of the import of the statement and of one ``LARGER`` times as large,
    each in a process of its own."""
    figures = []
    for name in (STATEMENT, LARGER_STATEMENT):
        arguments = ["--part=memory-one", f"--folder={folder}", f"--file={name}"]
        done = subprocess.run([sys.executable, __file__, *arguments], check=True,
                              capture_output=True, text=True)  # fmt: skip
        credits, size, peak = done.stdout.split()
        figures.append((int(credits), float(size), float(peak)))
    (small_credits, small_size, small), (large_credits, large_size, large) = figures
    print("statement import memory (each file in a process of its own)")
    print(f"  {small_credits:>7,} credits ({small_size:5.1f} MiB)  peak {small:5.0f} MiB")
    print(f"  {large_credits:>7,} credits ({large_size:5.1f} MiB)  peak {large:5.0f} MiB")
    growth = (large - small) / (large_size - small_size)
    print(f"  growth: {large - small:+.0f} MiB for {large_size - small_size:+.1f} MiB of file"
          f" ({growth:.2f} MiB per MiB of file)")  # fmt: skip


def book_line(book: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(book)
    invoices = connection.execute("SELECT COUNT(*) FROM invoices WHERE open_cents > 0").fetchone()
    clients = connection.execute("SELECT COUNT(*) FROM clients").fetchone()
    connection.close()
    size = book.stat().st_size / 2**20
    return f"{invoices[0]:,} open invoices / {clients[0]:,} clients ({size:.0f} MiB book)"


def import_csv_once(path: Path) -> tuple[int, float]:
    """The export imported into a new, empty book (a shop's first step), read from the
    file as the import goes; (invoices added, seconds)."""
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.importers.invoice_rows import guess_mapping
    from debiteur_desk.importers.invoice_table import invoices_from_table, read_table
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.invoice_import import import_invoices

    with tempfile.TemporaryDirectory(prefix="bench-csv-book-") as folder:
        db = open_book(Path(folder) / "new.sqlite").database
        start = time.perf_counter()
        table = read_table(path, path.suffix)
        rows = invoices_from_table(table, guess_mapping(table.headers))
        result = run_to_end(import_invoices(db, rows, file_name=path.name, total=table.lines))
        seconds = time.perf_counter() - start
        db.close()
    return result.count("new"), seconds


def measure_csv(folder: Path, repeat: int) -> None:
    from debiteur_desk.importers.invoice_rows import guess_mapping
    from debiteur_desk.importers.invoice_table import invoices_from_table, read_table

    path = folder / CSV

    def read_all() -> int:
        table = read_table(path, ".csv")
        return sum(1 for _ in invoices_from_table(table, guess_mapping(table.headers)))

    count = read_all()
    median = median_seconds(read_all, repeat=repeat, warmup=0)
    size = path.stat().st_size / 2**20
    print(f"invoice CSV: {count:,} rows ({size:.1f} MiB, ';', Windows-1252)")
    print(f"  read_table + guess_mapping + invoices_from_table {median:7.3f} s"
          f" (median of {repeat})")  # fmt: skip
    runs = [import_csv_once(path)[1] for _ in range(max(1, min(repeat, 3)))]
    imported = statistics.median(runs)
    print(
        f"  imported into a new book       {imported:7.3f} s (median of {len(runs)})"
        f"   target < {CSV_TARGET:g} s {'OK' if imported < CSV_TARGET else 'MISSED'}"
    )
    print(f"  runs (import)                  {', '.join(f'{t:.2f}' for t in runs)} s")


def measure_csv_memory(folder: Path) -> None:
    """Peak memory of the import of the export and of one ``LARGER`` times as large, each
    in a process of its own."""
    figures = []
    for name in (CSV, LARGER_CSV):
        arguments = ["--part=csv-memory-one", f"--folder={folder}", f"--file={name}"]
        done = subprocess.run([sys.executable, __file__, *arguments], check=True,
                              capture_output=True, text=True)  # fmt: skip
        rows, size, seconds, peak = done.stdout.split()
        figures.append((int(rows), float(size), float(seconds), float(peak)))
    print("invoice CSV import memory (each file in a process of its own, into a new book)")
    for rows, size, seconds, peak in figures:
        print(f"  {rows:>8,} rows ({size:5.1f} MiB)  {seconds:6.2f} s  peak {peak:5.0f} MiB")
    (_, small_size, _, small), (_, large_size, _, large) = figures
    growth = (large - small) / (large_size - small_size)
    print(f"  growth: {large - small:+.0f} MiB for {large_size - small_size:+.1f} MiB of file"
          f" ({growth:.2f} MiB per MiB of file)")  # fmt: skip


def import_csv_for_memory(folder: Path, name: str) -> None:
    rows, seconds = import_csv_once(folder / name)
    size = (folder / name).stat().st_size / 2**20
    print(f"{rows} {size:.1f} {seconds:.2f} {peak_rss_mib():.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--budget", type=float, default=60, help="seconds after which an import run is stopped"
    )
    parser.add_argument(
        "--part",
        choices=("statement", "memory", "memory-one", "csv", "csv-memory", "csv-memory-one"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args()  # run_all.py passes every benchmark the same options
    if args.part is not None:  # one part, in a process of its own
        folder = Path(args.folder)
        parts: dict[str, Callable[[], None]] = {
            "statement": lambda: measure_statement(folder, args.repeat, args.budget),
            "memory": lambda: measure_memory(folder),
            "memory-one": lambda: import_once(folder, args.file),
            "csv": lambda: measure_csv(folder, args.repeat),
            "csv-memory": lambda: measure_csv_memory(folder),
            "csv-memory-one": lambda: import_csv_for_memory(folder, args.file),
        }
        parts[args.part]()
        return
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        code = "import sys; from bench_import import prepare; prepare(*sys.argv[1:])"
        sizes = [args.clients, args.invoices, args.entries, args.rows, args.seed]
        subprocess.run([sys.executable, "-c", code, folder, *map(str, sizes)], cwd=HERE, check=True)
        for part in ("statement", "memory", "csv", "csv-memory"):
            arguments = [f"--part={part}", f"--folder={folder}", f"--repeat={args.repeat}"]
            arguments.append(f"--budget={args.budget}")
            subprocess.run([sys.executable, __file__, *arguments], check=True)


if __name__ == "__main__":
    main()
