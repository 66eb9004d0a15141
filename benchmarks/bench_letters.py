"""Letters: one reminder against a bare ReportLab page, and a batch of 1,000 reminders.

Targets (letters issue): one letter within 5x of a bare ReportLab one-page document
with a paragraph and a table; a batch of 1,000 reminders with one combined PDF in
under 30 s, with memory flat (no growth proportional to the number of letters).

Each timed letter is for another client (name, address, amounts, invoice numbers,
payment reference and so the QR code all differ), so caches keyed on a letter's
own content do not flatter the figure.
"""

from __future__ import annotations

import argparse
import io
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from common import peak_rss_mib
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import (
    BatchJob,
    Company,
    InvoiceLine,
    Language,
    LetterContext,
    LetterKind,
    PostalAddress,
    Recipient,
    batch_letters,
    render_letter,
)

LETTER_DATE = date(2026, 11, 22)
# "Flat": under 5 KiB a letter over the second half of the batch (5 MiB for 1,000 letters,
# bounded caches still filling), where merging with pypdf grew by some 200 KiB a letter.
FLAT_KIB = 5
COMPANY = Company(
    name="Installatiebedrijf Van der Meer B.V.",
    address=PostalAddress("Oudegracht 112", "3511 AX", "Utrecht"),
    phone="030 123 45 67",
    email="administratie@vandermeer-installatie.nl",
    website="www.vandermeer-installatie.nl",
    kvk="12345678",
    btw_id="NL001234567B01",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    signatory_name="Marieke van der Meer",
    signatory_role="Directeur",
)
SURNAMES = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer"]
FIRST_NAMES = ["Anna", "Daan", "Noëlle", "Sem", "José", "Fleur", "Ruben", "Chloë", "Lucas"]
STREETS = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Prinsengracht"]
CITIES = [("1017 AB", "Amsterdam"), ("3511 LN", "Utrecht"), ("9711 HV", "Groningen")]

BARE_TEXT = (
    "We have not yet received payment for the invoices listed below. Perhaps this "
    "escaped your attention. We kindly ask you to transfer the open amount within ten "
    "days, quoting the payment reference, so that the matter is settled. If you have "
    "paid in the meantime, please disregard this letter."
)
BARE_ROWS = [["Invoice", "Date", "Due", "Amount"]] + [
    [f"2026-{1041 + n}", "02-03-2026", "16-03-2026", f"{125 + n * 37}.45"] for n in range(10)
]


def bare_document() -> bytes:
    """The baseline: A4, one paragraph, one 11-row table with a grid, standard fonts."""
    buffer = io.BytesIO()
    table = Table(BARE_ROWS)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [Paragraph(BARE_TEXT, getSampleStyleSheet()["Normal"]), table]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def reminder(n: int) -> LetterContext:
    """The reminder to client ``n``: two overdue invoices, a company with an IBAN (QR code)."""
    first = FIRST_NAMES[n % len(FIRST_NAMES)]
    surname = SURNAMES[(n // len(FIRST_NAMES)) % len(SURNAMES)]
    consumer = n % 3 == 0
    postcode, city = CITIES[n % len(CITIES)]
    issued = LETTER_DATE - timedelta(days=60 + n % 30)
    invoices = []
    for i in range(2):
        amount = Decimal(95 + (n * 37 + i * 113) % 1900) + Decimal(n % 100) / 100
        paid = Decimal(25) if (n + i) % 5 == 0 else Decimal(0)
        day = issued + timedelta(days=7 * i)
        number = f"2026-{2 * n + i + 1000:05d}"
        invoices.append(InvoiceLine(number, day, day + timedelta(14), amount, paid, amount - paid))
    return LetterContext(
        company=COMPANY,
        recipient=Recipient(
            name=f"{first} {surname}" if consumer else f"{surname.title()} {first} B.V.",
            kind=ClientKind.CONSUMER if consumer else ClientKind.BUSINESS,
            language=Language.NL,
            address=PostalAddress(f"{STREETS[n % len(STREETS)]} {n % 200 + 1}", postcode, city),
            contact_name="" if consumer else f"{first} {surname}",
        ),
        invoices=tuple(invoices),
        letter_date=LETTER_DATE,
        place="Utrecht",
        reference=f"DD-2026-{n:05d}",
        payment_reference=f"{5000056789000000 + n * 7919:016d}",
        deadline=LETTER_DATE + timedelta(days=10),
    )


def rss_mib() -> float:
    """Resident memory now (Linux); the peak so far where /proc is not there."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return peak_rss_mib()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def paired_medians(
    actions: dict[str, Callable[[], object]], repeat: int, block: int = 20
) -> dict[str, float]:
    """Median seconds of each action, the actions taking turns in blocks: other work on
    the machine slows them alike, while each runs warm (caches, garbage) as on its own."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(max(1, round(repeat / block))):
        for name, action in actions.items():
            action()  # warm-up
            for _ in range(block):
                start = time.perf_counter()
                action()
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def single(repeat: int) -> None:
    contexts = itertools.cycle([reminder(n) for n in range(97)])
    same = reminder(1)
    medians = paired_medians(
        {
            "bare": bare_document,
            "letter": lambda: render_letter(LetterKind.REMINDER, next(contexts)),
            "again": lambda: render_letter(LetterKind.REMINDER, same),
        },
        repeat,
    )
    bare, letter, again = medians["bare"], medians["letter"], medians["again"]
    bare_pdf, letter_pdf = bare_document(), render_letter(LetterKind.REMINDER, reminder(0))
    pages = len(PdfReader(io.BytesIO(letter_pdf)).pages)
    bare_size, letter_size = len(bare_pdf) / 1024, len(letter_pdf) / 1024
    print(f"one letter (median of {repeat}, in turns of 20):")
    print(
        f"  bare ReportLab page (paragraph, 11x4 table) {bare * 1000:6.2f} ms  {bare_size:.1f} KiB"
    )
    print(
        f"  reminder, another client each time          {letter * 1000:6.2f} ms  {letter_size:.1f}"
        f" KiB ({pages} page, 2 invoices, EPC QR code, 2 embedded font subsets)"
    )
    print(f"  reminder, the same letter again             {again * 1000:6.2f} ms")
    ratio = letter / bare
    verdict = "met" if ratio <= 5 else "NOT met"
    print(f"  ratio {ratio:.1f}x the bare page (target <= 5x: {verdict})")
    print(f"  ratio of the same letter again {again / bare:.1f}x")


def batch(count: int) -> None:
    jobs = [BatchJob(LetterKind.REMINDER, reminder(n), key=n) for n in range(count)]
    render_letter(LetterKind.REMINDER, reminder(count))  # fonts and styles loaded
    memory = {"start": rss_mib()}
    middle = count // 2
    singles = pages = 0
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        for progress in batch_letters(jobs, out=out):
            assert progress.pdf is not None, progress.error
            singles += len(progress.pdf)
            if progress.done in (count // 4, middle, 3 * count // 4):
                memory[f"after {progress.done:,}"] = rss_mib()
        seconds = time.perf_counter() - start
        memory[f"after {count:,}"] = rss_mib()
        combined = out.tell()
        out.seek(0)
        pages = len(PdfReader(out).pages)
    print(f"batch of {count:,} reminders with one combined PDF:")
    per_letter = seconds / count
    verdict = "met" if per_letter * 1000 < 30 else "NOT met"
    print(f"  {seconds:.1f} s in all, {per_letter * 1000:.1f} ms a letter")
    print(f"  so {per_letter * 1000:.1f} s for 1,000 (target < 30 s: {verdict})")
    print(
        f"  {count:,} letters, {singles / 2**20:.1f} MiB as single PDFs;"
        f" combined PDF {pages:,} pages, {combined / 2**20:.1f} MiB"
    )
    line = ", ".join(f"{when} {mib:.0f}" for when, mib in memory.items())
    growth = (memory[f"after {count:,}"] - memory[f"after {middle:,}"]) / (count - middle) * 1024
    flat = "yes" if growth < FLAT_KIB else "NO"
    print(f"  resident memory MiB: {line}; this process's peak {peak_rss_mib():.0f}")
    print(f"  growth over the second half {growth:.2f} KiB a letter (flat: {flat})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=200)
    args, _ = parser.parse_known_args()  # run_all.py passes every benchmark the same options
    single(args.repeat)
    batch(args.letters)


if __name__ == "__main__":
    main()
