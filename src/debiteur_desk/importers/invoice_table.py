"""An accounting package's invoice export (CSV or .xlsx) read into invoice rows.

Why two steps: :func:`read_table` finds the file's header, which the user sees with the
guessed column mapping (:func:`invoice_rows.guess_mapping`) and the first rows to
confirm; :func:`invoices_from_table` then reads the rows with the mapping the user
accepted. The rows are read from the file as they are asked for, every time from its
start (``Table.rows``): an export of a hundred thousand invoices is never held whole
(issue 12: memory flat in the file size).

- CSV: the encoding as for bank CSVs (strict UTF-8 with or without BOM, else the
  detector, Windows-1252 winning among single-byte code pages: Dutch packages write it, and
  "van ’t Hof" must not lose its apostrophe). The separator (``;``, ``,`` or tab) is the one
  that gives the header and the first rows one and the same number of columns; Excel's
  ``sep=;`` first line is obeyed. A row with another number of columns refuses the file.
- .xlsx: openpyxl in read-only mode with the cached values of formulas, first sheet,
  header on the first non-empty row. Dates become ISO text and numbers plain decimal text
  (``Table.plain_numbers``), so "1.234" from a number cell is never read as 1234 the Dutch
  way. Floats are rounded to Excel's 15 significant digits first: a formula's 142.5 may be
  stored as 142.49999999999997.
- Amounts are exact cents (``1.234,56``, ``1234,56``, ``1234.56``, ``€ 1.234,56``,
  ``-12,50``, ``(12,50)``, ``12,50-``); more precision than a cent is refused, never
  rounded. Dates: ``22-11-2026``, ``22/11/2026``, ``22.11.2026``, ``2026-11-22`` and
  Excel serial numbers (46348); two-digit years are refused as ambiguous.
- A negative amount is a credit note: the row keeps the amounts positive and says so.
- All or nothing: the first bad value refuses the file with its line, column and text,
  so nothing is booked from a file half read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import AbstractContextManager, closing
from datetime import date, datetime, time
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

import openpyxl

from debiteur_desk.domain.errors import FieldNames
from debiteur_desk.importers.bank_csv import csv_records, encoding_of, head_text, text_lines
from debiteur_desk.importers.invoice_rows import (
    FIELDS,
    ImportedClient,
    ImportedInvoice,
    client_kind,
    missing_fields,
    parse_cents,
    parse_day,
)
from debiteur_desk.importers.statement import HEAD_BYTES, ImportRefused

_DELIMITERS = (";", ",", "\t")
_SAMPLE = 50  # records looked at to choose the separator
_EXCEL_DIGITS = 15

Record = tuple[int, list[str]]  # the file line (CSV) or sheet row (.xlsx), 1-based; cells
Records = Generator[Record, None, None]  # closed when left unfinished: its file with it
Opener = Callable[[], AbstractContextManager[BinaryIO]]


class Table:
    """A file's header, and its data rows read again from the file each time they are
    asked for: as many cells as the header, stripped text."""

    def __init__(
        self, headers: list[str], records: Callable[[], Records], *, lines: int = 0,
        plain_numbers: bool = False,
    ) -> None:  # fmt: skip
        self.headers = headers
        self._records = records
        self.lines = lines  # the file's lines or sheet rows: what to expect, for progress
        self.plain_numbers = plain_numbers  # numbers are plain decimals ("1234.5"): .xlsx

    @classmethod
    def of(cls, headers: list[str], rows: list[list[str]], lines: list[int]) -> Table:
        """A table already in memory (what a test or a small caller has)."""
        return cls(
            headers, lambda: (record for record in zip(lines, rows, strict=True)), lines=len(rows)
        )

    def rows(self) -> Records:
        """Every data row from the start, with its line; ``ImportRefused`` at the first
        row that does not fit the header."""
        return self._records()

    def first_rows(self, count: int) -> list[Record]:
        with closing(self.rows()) as rows:
            return list(islice(rows, count))


def _opener(source: Path | bytes) -> Opener:
    if isinstance(source, Path):
        return lambda: source.open("rb")
    return lambda: io.BytesIO(source)


def read_table(source: Path | bytes, filename_suffix: str) -> Table:
    """The file's table; .xlsx by its suffix or its zip signature, else CSV."""
    opener = _opener(source)
    with opener() as stream:
        head = stream.read(HEAD_BYTES)
        if not head.strip() and not stream.read(1):
            raise ImportRefused("import_empty")
    suffix = filename_suffix.lower().lstrip(".")
    if suffix in ("xlsx", "xlsm", "xls") or head.startswith(b"PK\x03\x04"):
        return _read_xlsx(opener)
    return _read_csv(opener)


# ---------------------------------------------------------------------------- CSV


def _records(text: str | Iterable[str], delimiter: str) -> Records:
    for start, cells in csv_records(text, delimiter):
        yield start, [cell.strip() for cell in cells]


def _trimmed(cells: list[str]) -> list[str]:
    """Without the empty cells at the end (a separator at the end of the line)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _score(text: str, delimiter: str) -> tuple[bool, int]:
    """(header and sampled rows agree on a width above one, the header's width)."""
    sample: list[int] = []
    try:
        for _, cells in _records(text, delimiter):
            if any(cells):
                sample.append(len(_trimmed(cells)))
            if len(sample) >= _SAMPLE:
                break
    except ImportRefused:
        return False, 0
    if not sample:
        return False, 0
    width = sample[0]
    return width > 1 and all(found <= width for found in sample), width


def _line_count(stream: BinaryIO) -> int:
    stream.seek(0)
    count, last = 0, b""
    while chunk := stream.read(HEAD_BYTES):
        count += chunk.count(b"\n")
        last = chunk
    return count + (1 if last and not last.endswith(b"\n") else 0)


def _read_csv(opener: Opener) -> Table:
    with opener() as stream:
        encoding = encoding_of(stream)
        head = head_text(stream.read(HEAD_BYTES), encoding)
        whole = not stream.read(1)
        lines = _line_count(stream)
    if not whole:  # the sample ends with its last whole line
        head = head[: head.rfind("\n") + 1] or head
    first = head.partition("\n")[0]
    declared = re.fullmatch(r"sep=([;,\t|])\r?", first)
    if declared:  # Excel's hint
        delimiter = declared[1]
    else:
        delimiter = max(_DELIMITERS, key=lambda candidate: _score(head, candidate))

    def records() -> Records:
        with opener() as stream:
            text = text_lines(stream, encoding)
            if declared:  # the hint's line read as an empty one: the lines keep their numbers
                text = chain(["\n"], islice(text, 1, None))
            yield from _records(text, delimiter)

    headers = _header(records())
    return Table(headers, lambda: _data_rows(records(), len(headers), pad=False), lines=lines)


# ---------------------------------------------------------------------------- .xlsx


def _number_text(value: Decimal) -> str:
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        at_midnight = value.time() == time(0)
        return value.date().isoformat() if at_midnight else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float):
        exact = Decimal(repr(value))
        if exact.is_finite() and len(exact.as_tuple().digits) > _EXCEL_DIGITS:
            exact = exact.quantize(Decimal(1).scaleb(exact.adjusted() - _EXCEL_DIGITS + 1))
        return _number_text(exact)
    if isinstance(value, int | Decimal):
        return _number_text(Decimal(value))
    return str(value).strip()


def _sheet_records(opener: Opener) -> Records:
    try:
        with opener() as stream:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            try:
                rows = workbook.worksheets[0].iter_rows(values_only=True)
                for line, values in enumerate(rows, 1):
                    yield line, [_cell_text(value) for value in values]
            finally:
                workbook.close()
    except GeneratorExit:
        raise
    except Exception:  # openpyxl raises many kinds (zip, XML, KeyError ...) for a bad file
        raise ImportRefused("import_xlsx_broken") from None


def _sheet_rows(opener: Opener) -> int:
    """The sheet's rows as its dimension says (0 when it does not): for progress."""
    try:
        with opener() as stream:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            try:
                return workbook.worksheets[0].max_row or 0
            finally:
                workbook.close()
    except Exception:
        raise ImportRefused("import_xlsx_broken") from None


def _read_xlsx(opener: Opener) -> Table:
    headers = _header(_sheet_records(opener))
    return Table(headers, lambda: _data_rows(_sheet_records(opener), len(headers), pad=True),
                 lines=_sheet_rows(opener), plain_numbers=True)  # fmt: skip


# ---------------------------------------------------------------------------- both


def _header(records: Records) -> list[str]:
    """The first non-empty record, without its empty cells at the end."""
    with closing(records):
        for _, cells in records:
            if any(cells):
                return _trimmed(cells)
    raise ImportRefused("import_empty")


def _data_rows(records: Records, width: int, *, pad: bool) -> Records:
    """The non-empty records after the header, each as wide as it (empty cells at the end
    do not count; .xlsx rows may also be shorter: ``pad``)."""
    with closing(records):
        rows = (record for record in records if any(record[1]))
        next(rows, None)  # the header
        for line, cells in rows:
            fitted = cells if len(cells) <= width else cells[:width] + _trimmed(cells[width:])
            if pad:
                fitted = fitted + [""] * (width - len(fitted))
            if len(fitted) != width:
                raise ImportRefused("import_csv_columns", line=line, expected=width,
                                    found=len(cells))  # fmt: skip
            yield line, fitted


# ---------------------------------------------------------------------------- invoices


class _Row:
    """One table row read through the mapping; errors name the line and the column."""

    def __init__(self, table: Table, columns: dict[str, int], line: int, cells: list[str]) -> None:
        self._table = table
        self._columns = columns
        self._cells = cells
        self.line = line

    def _header(self, field: str) -> str:
        return self._table.headers[self._columns[field]] or field

    def text(self, field: str) -> str:
        index = self._columns.get(field)
        return "" if index is None else self._cells[index]

    def refused(self, field: str) -> ImportRefused:
        value = self.text(field)
        header = self._header(field)
        return ImportRefused("import_csv_value", line=self.line, field=header, value=value)

    def has(self, field: str) -> bool:
        return field in self._columns

    def missing(self, field: str) -> ImportRefused:
        return ImportRefused("import_field_missing", line=self.line, field=self._header(field))

    def required(self, field: str) -> str:
        value = self.text(field)
        if not value:
            raise self.missing(field)
        return value

    def cents(self, field: str) -> int | None:
        value = self.text(field)
        if not value:
            return None
        try:
            return parse_cents(value, plain=self._table.plain_numbers)
        except ValueError:
            raise self.refused(field) from None

    def day(self, field: str) -> date | None:
        value = self.text(field)
        if not value:
            return None
        try:
            return parse_day(value)
        except ValueError:
            raise self.refused(field) from None


def _columns(table: Table, mapping: dict[int, str]) -> dict[str, int]:
    """Field -> column; ``ValueError`` for a mapping no user could have chosen."""
    columns: dict[str, int] = {}
    for index, field in mapping.items():
        if field not in FIELDS or field in columns or not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} -> {field!r}: unknown, taken or out of range")
        columns[field] = index
    return columns


def _client(row: _Row) -> ImportedClient:
    kvk, vat_id = row.text("kvk"), row.text("vat_id")
    try:
        kind = client_kind(row.text("client_type"), kvk, vat_id, row.text("client_name"))
    except KeyError:
        raise row.refused("client_type") from None
    return ImportedClient(
        name=row.required("client_name"),
        kind=kind,
        customer_no=row.text("customer_no"),
        kvk=kvk,
        vat_id=vat_id,
        email=row.text("email"),
        street=" ".join(part for part in (row.text("street"), row.text("house_number")) if part),
        postcode=row.text("postcode"),
        city=row.text("city"),
        country=row.text("country"),
        iban=row.text("iban"),
        contact_person=row.text("contact_person"),
        phone=row.text("phone"),
    )


def _amounts(row: _Row) -> tuple[int, int | None]:
    """The amount including VAT, and the VAT; from excl. + VAT when incl. is not given."""
    incl, excl, vat = row.cents("amount_incl"), row.cents("amount_excl"), row.cents("vat")
    if incl is None:
        if excl is None:
            raise row.missing("amount_incl" if row.has("amount_incl") else "amount_excl")
        if vat is None:
            raise row.missing("vat")
        return excl + vat, vat
    if vat is None and excl is not None:
        vat = incl - excl
    return incl, vat


def _invoice(row: _Row) -> ImportedInvoice:
    number = row.required("number")
    client = _client(row)
    invoice_date = row.day("invoice_date")
    if invoice_date is None:
        raise row.missing("invoice_date")
    incl, vat = _amounts(row)
    sign = -1 if incl < 0 else 1  # a credit note: its amounts as positive numbers
    open_cents = row.cents("open")
    return ImportedInvoice(
        number=number,
        invoice_date=invoice_date,
        due_date=row.day("due_date"),
        amount_cents=sign * incl,
        vat_cents=None if vat is None else sign * vat,
        open_cents=None if open_cents is None else sign * open_cents,
        payment_reference=row.text("payment_reference"),
        client=client,
        is_credit_note=incl < 0,
        source_line=row.line,
        description=row.text("description"),
    )


def invoices_from_table(table: Table, mapping: dict[int, str]) -> Iterator[ImportedInvoice]:
    """Every row as an invoice (a negative amount: a credit note), in file order, read as
    they are asked for; the mapping is checked at once."""
    columns = _columns(table, mapping)
    missing = missing_fields(set(columns))
    if missing:
        raise ImportRefused("import_mapping_incomplete", missing=FieldNames(missing))
    return (_invoice(_Row(table, columns, line, cells)) for line, cells in table.rows())
