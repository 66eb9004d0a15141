"""MT940 bank statements (SWIFT customer statement) read into statement lines.

Why this module: MT940 is what Dutch banks (ING, Rabobank, ABN AMRO, ASN, Triodos and
others) give a bookkeeping program besides camt.053. The envelope (``:20:``, ``:25:``,
``:28C:``, ``:60F:``, ``:61:``, ``:62F:``) is the same everywhere and is left to the
``mt-940`` package; what each bank writes in the ``:86:`` field is not, and that part is
done here, because the package reads only the German ``?20`` layout and mangles the rest:

- Fields are cut at 65 characters with no regard for words, so a continuation line may
  start with ``-`` or ``,`` or a space ("pinomzet " / "19-01-2026"). The package drops
  trailing spaces and blank lines, so ``:86:`` is taken from the file's own lines: a
  structured ``/CODE/`` field is joined without adding anything (the cut falls where it
  falls); in free text a line of exactly 65 characters runs on, a shorter one ends a piece
  and the pieces are joined with a space.
- A ``:86:`` after a balance (ING's ``/SUM/...`` after ``:62F:``/``:64:``) belongs to the
  statement, not to the last entry, to which the package would append it. Only ``:86:``
  right after a ``:61:`` (Rabobank's old files have several) describe the entry.
- The SWIFT blocks ``{1:}{2:}{4:`` ... ``-}`` and banks' header lines (``ABNANL2A``,
  ``940``) are taken out before the package sees the text. A message opened by ``{4:``
  must end with ``-}``: a file that stops earlier was cut off (a half-downloaded file
  would otherwise import as a shorter, plausible statement).
- ``RC`` (reversal of a credit) is money out and ``RD`` money in; the package signs ``RC``
  positive unless told, so the sign is taken from the mark here. Amounts are Decimals from
  the decimal-comma text, turned into cents exactly or refused.
- ASN writes the counterparty IBAN (up to 34 characters) where the customer reference
  (16) goes; for an ASN account the package's ASN variant of the ``:61:`` pattern is used.

All or nothing: anything the package cannot read refuses the whole file, naming the line.
The file is read as a stream, one statement (``:20:`` ... ``:62F:``) in memory at a time,
so ``lines`` hands on a statement's entries before it has seen the rest of the file: a
refusal can come after lines were yielded, and the caller keeps nothing until the end.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, BinaryIO

import mt940

from debiteur_desk.importers.statement import (
    HEAD_BYTES,
    ImportRefused,
    StatementLine,
    keyed,
)

# The package logs every line it cannot match at ERROR level; the refusal says it already.
logging.getLogger("mt940").addHandler(logging.NullHandler())

_CUT = 65  # SWIFT line length: a line this long was cut, the text runs on
_SNIFF = 4096  # of the head: the tags are looked for in the file's first 4 KB
_CHUNK = 16384  # read at a time
_LINE_END = re.compile(rb"\r\n|\r|\n")
_OPTIONS = mt940.Options(unbounded_details=True, strip_bom=True, case_insensitive_marks=True)
# The package raises these for text its patterns or models reject.
_PACKAGE_ERRORS = (RuntimeError, ValueError, ArithmeticError, LookupError, TypeError)

_TAG = re.compile(r":(?P<tag>(?P<number>\d{2}|NS)[A-Z]?):")
# The fields handed to the package; 86 is read here, the rest (13, 34, 90, NS) is not used.
_ENVELOPE = frozenset({"20", "21", "25", "28", "60", "61", "62", "64", "65"})
_TAG_NUMBERS = _ENVELOPE | {"13", "34", "86", "90", "NS"}
# At a line start: after CR LF, LF or a lone CR, as the reader cuts lines.
_SNIFF_START = re.compile(r"(?:^|[\r\n]|\{4:):20:")
_SNIFF_BODY = re.compile(r"(?:^|[\r\n]):(?:25|61):")

_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{9,30}")
_FIRST_LINE_IBAN = re.compile(r"\s*([A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{9,30})(?:\s+(.*))?$")
# The /CODE/ fields of ING, Rabobank, ABN AMRO and Triodos (its newer files copy ING's).
_CODES = (
    *("EREF", "MARF", "CSID", "CNTP", "ULTD", "ULTC", "ULTB", "RTRN", "PREF", "REMI", "PURP"),
    *("ORDP", "BENM", "TRTP", "IBAN", "BIC", "NAME", "ADDR", "ID", "SUM", "ISDT", "RTYP"),
)
_CODE = re.compile(r"/(" + "|".join(_CODES) + r")/")
_STRUCTURED = re.compile(r"\s*/(" + "|".join(_CODES) + r")/")
_ULTIMATE = frozenset({"ULTD", "ULTC", "ULTB"})  # the name after these is not the payer's
_SUBFIELDS = re.compile(r"\s*\d{3}([?>])\d{2}")  # German ?20 / Triodos >20 sub-fields
_LABEL = re.compile(
    r"\b(IBAN|BIC|NAAM|NAME|OMSCHRIJVING|KENMERK|MACHTIGING|INCASSANT|BETALINGSKENM\.?)\s*:",
    re.IGNORECASE,
)
_KENMERK = re.compile(
    r"BETALINGSKENM\.?(?:ERK)?\s*:?\s*([0-9]{4}(?: [0-9]{4}){3}|[0-9]{7,16})(?![0-9])",
    re.IGNORECASE,
)
_NOT_PROVIDED = "NOTPROVIDED"


# ---------------------------------------------------------------------------- the file's fields


@dataclass
class _Field:
    """One ``:tag:`` with its continuation lines, as they stand in the file."""

    tag: str
    line: int
    lines: list[str]  # the first without its ``:tag:``

    @property
    def number(self) -> str:
        return self.tag[:2]

    def content(self) -> str:
        return "\n".join(part.rstrip() for part in self.lines).strip()

    def widths(self) -> list[int]:
        """Each line's length in the file (the first with its tag): 65 means it was cut."""
        tag = len(self.tag) + 2
        return [len(part) + (tag if i == 0 else 0) for i, part in enumerate(self.lines)]


@dataclass
class _Statement:
    line: int
    fields: list[_Field] = field(default_factory=list)


def _broken(line: int, detail: str) -> ImportRefused:
    return ImportRefused("import_mt940_broken", line=line, detail=detail)


class _Splitter:
    """Cuts the file's lines into statements (from ``:20:``) of fields, minus the SWIFT
    blocks, and hands each on as soon as it is complete: memory holds one statement."""

    def __init__(self) -> None:
        self._done: list[_Statement] = []  # complete, not yet handed on
        self._statement: _Statement | None = None
        self._field: _Field | None = None
        self._block_opened: int | None = None  # line of the ``{4:`` not yet ended by ``-}``

    def statements(self, lines: Iterable[str]) -> Iterator[_Statement]:
        """Every statement of ``lines`` (numbered from 1), in file order."""
        last_line = 0
        for last_line, line in enumerate(lines, start=1):
            self._feed(last_line, line)
            yield from self._handed_on()
        if self._block_opened is not None:
            raise _broken(last_line, "the file ends inside a message (no '-}')")
        self._close()
        yield from self._handed_on()

    def _handed_on(self) -> Iterator[_Statement]:
        while self._done:
            yield self._done.pop(0)

    def _feed(self, number: int, line: str) -> None:
        if line.startswith("{"):
            self._header(number, line)
        elif line.startswith("-}") or line.strip() == "-":
            self._close()
            self._block_opened = None
        elif (match := _TAG.match(line)) and match["number"] in _TAG_NUMBERS:
            self._start(number, match["tag"], line[match.end() :])
        elif self._field is not None:
            self._field.lines.append(line)
        # else: a bank's header line outside any statement ("ABNANL2A", "940", ":940:")

    def _header(self, number: int, line: str) -> None:
        if self._block_opened is not None:
            raise _broken(number, "a new message starts before the last one ended ('-}')")
        self._close()
        if "{4:" in line:
            self._block_opened = number
            rest = line.split("{4:", 1)[1]
            if rest.strip():
                self._feed(number, rest)

    def _start(self, number: int, tag: str, rest: str) -> None:
        if tag == "20":
            self._close()
            self._statement = _Statement(number)
        elif self._statement is None:
            raise _broken(number, f":{tag}: before the statement's :20:")
        self._field = _Field(tag, number, [rest])
        self._statement.fields.append(self._field)

    def _close(self) -> None:
        if self._statement is not None:
            self._done.append(self._statement)
        self._statement = None
        self._field = None


# ---------------------------------------------------------------------------- the file's lines


def _file_lines(stream: BinaryIO) -> Iterator[str]:
    """The file's lines, read a chunk at a time: CR LF, LF and a lone CR each end one, and
    what follows the last end is a line too (empty when the file ends with one), so the
    numbers are those of the whole text split on its line ends. A UTF-8 BOM is dropped
    at the start only; each line is decoded on its own (``_decode_line``)."""
    for number, raw in enumerate(_raw_lines(stream)):
        yield _decode_line(raw.removeprefix(codecs.BOM_UTF8) if number == 0 else raw)


def _raw_lines(stream: BinaryIO) -> Iterator[bytes]:
    partial: list[bytes] = []  # the pieces of a line that runs over chunks
    carried = b""  # a ``\r`` at a chunk's end: a ``\n`` may come first in the next
    while chunk := stream.read(_CHUNK):
        chunk = carried + chunk
        carried = b""
        if chunk.endswith(b"\r"):
            chunk, carried = chunk[:-1], b"\r"
        first, *rest = _LINE_END.split(chunk)
        if not rest:
            partial.append(first)
            continue
        yield b"".join([*partial, first])
        yield from rest[:-1]
        partial = [rest[-1]]
    yield from _LINE_END.split(b"".join([*partial, carried]))


def _decode_line(raw: bytes) -> str:
    """UTF-8, or ISO-8859-1 (which every byte is) for a line that is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# ---------------------------------------------------------------------------- the envelope


@dataclass(frozen=True)
class _Entry:
    """What a ``:61:`` says, read by the package."""

    field: _Field
    booking_date: date
    value_date: date
    amount_cents: int
    reversal: bool
    customer_reference: str
    bank_reference: str
    extra_details: str


def _render(fields: list[_Field]) -> str:
    return "\n".join(f":{f.tag}:{f.content()}" for f in fields) + "\n"


def _statement_tags(fields: list[_Field]) -> dict[int | str, Any] | None:
    account = next((f.content() for f in fields if f.number == "25"), "")
    if "ASNB" in account.upper()[:8]:
        return {61: mt940.tags.StatementASNB()}
    return None


def _parse(fields: list[_Field], tags: dict[int | str, Any] | None) -> mt940.models.Transactions:
    return mt940.parse(_render(fields), options=_OPTIONS, tags=tags)


def _readable(candidate: _Field, tags: dict[int | str, Any] | None) -> bool:
    """Whether the package reads this field on its own; a ``:61:`` also needs its type
    (``NTRF``): without one the package silently merges it into the entry before."""
    try:
        parsed = _parse([_Field("20", 0, ["X"]), candidate], tags)
    except _PACKAGE_ERRORS:
        return False
    if candidate.number != "61":
        return True
    return bool(parsed.transactions) and bool(parsed.transactions[0].data.get("id"))


def _locate(statement: _Statement, fields: list[_Field], tags: dict[int | str, Any] | None) -> int:
    """The line of the first field the package cannot read."""
    return next((f.line for f in fields if not _readable(f, tags)), statement.line)


def _envelope(statement: _Statement) -> tuple[str, list[_Entry]]:
    """The account and the entries of one statement, read by the package."""
    fields = [f for f in statement.fields if f.number in _ENVELOPE]
    _require(statement, "25", "no :25: (account)")
    _require(statement, "62", "no closing balance (:62F:)")
    tags = _statement_tags(fields)
    try:
        parsed = _parse(fields, tags)
    except _PACKAGE_ERRORS as error:
        line = _locate(statement, fields, tags)
        raise _broken(line, _short(fields, line)) from error
    entry_fields = [f for f in fields if f.number == "61"]
    typed = all(t.data.get("id") for t in parsed.transactions)
    if len(parsed.transactions) != len(entry_fields) or not typed:
        line = _locate(statement, entry_fields, tags)
        raise _broken(line, _short(fields, line))
    account = _account(parsed.data.get("account_identification"), statement)
    entries = [_entry(f, t.data) for f, t in zip(entry_fields, parsed.transactions, strict=True)]
    # The package's entries point back at their statement: without this cycle a file's
    # statements are freed as they are read, not left for the cyclic garbage collector.
    parsed.transactions.clear()
    return account, entries


def _require(statement: _Statement, number: str, detail: str) -> None:
    if not any(f.number == number for f in statement.fields):
        last = statement.fields[-1]
        raise _broken(last.line + len(last.lines) - 1 if number == "62" else statement.line, detail)


def _short(fields: list[_Field], line: int) -> str:
    found = next((f for f in fields if f.line == line), None)
    if found is None:
        return "statement not readable"
    text = f":{found.tag}:{found.content()}".split("\n", 1)[0]
    return text if len(text) <= 40 else text[:37] + "..."


def _account(value: object, statement: _Statement) -> str:
    """``NL76INGB0002776344EUR`` -> ``NL76INGB0002776344``; a BIC in front is dropped."""
    text = str(value or "").rsplit("/", 1)[-1]
    text = re.sub(r"[\s.]", "", text).upper()
    text = re.sub(r"(?<=[0-9])[A-Z]{3}$", "", text)
    if not text:
        raise _broken(statement.line, "no account in :25:")
    return text


def _entry(entry_field: _Field, data: dict[str, Any]) -> _Entry:
    mark = str(data.get("status") or "").upper()
    amount = abs(Decimal(data["amount"].amount))
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise _broken(entry_field.line, f"amount {amount} has more than two decimals")
    sign = -1 if mark in ("D", "RC") else 1
    value_date = _plain_date(data["date"])
    booking = data.get("entry_date")
    return _Entry(
        field=entry_field,
        booking_date=_plain_date(booking) if booking else value_date,
        value_date=value_date,
        amount_cents=sign * int(cents),
        reversal=mark.startswith("R"),
        customer_reference=str(data.get("customer_reference") or "").strip(),
        bank_reference=str(data.get("bank_reference") or "").strip(),
        extra_details=str(data.get("extra_details") or "").strip(),
    )


def _plain_date(value: date) -> date:
    return date(value.year, value.month, value.day)


# ---------------------------------------------------------------------------- :86:


@dataclass
class _Details:
    """What ``:86:`` says about an entry."""

    name: str = ""
    iban: str = ""
    remittance: str = ""
    reference: str = ""
    end_to_end_id: str = ""
    mandate_id: str = ""
    return_reason: str = ""


def _clean(text: str) -> str:
    return " ".join(text.split())


def _iban(text: str) -> str:
    compact = re.sub(r"\s", "", text).upper()
    return compact if _IBAN.fullmatch(compact) else ""


def _join_cut(lines: list[tuple[str, int]]) -> str:
    """Free text: a 65-character line runs on into the next; a shorter one ends a piece."""
    text = ""
    previous_width = 0
    for part, width in lines:
        text += ("" if previous_width == _CUT or not text else " ") + part
        previous_width = width
    return _clean(text)


def _details(fields: list[_Field]) -> _Details:
    """Read the ``:86:`` fields of one entry, whatever the bank's layout."""
    lines = [(part, width) for f in fields for part, width in zip(f.lines, f.widths(), strict=True)]
    raw = "".join(part for part, _ in lines)
    if _STRUCTURED.match(raw):
        return _structured(raw)
    if match := _SUBFIELDS.match(raw):
        return _subfields(raw, match.group(1))
    return _free_text(lines)


def _segments(text: str) -> list[tuple[str, str]]:
    """``/EREF/x//CNTP/a/b/c/d//REMI/...`` -> [("EREF", "x"), ("CNTP", "a/b/c/d"), ...]."""
    found = list(_CODE.finditer(text))
    segments = []
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        segments.append((match.group(1), text[match.end() : end].rstrip().removesuffix("/")))
    return segments


def _structured(text: str) -> _Details:
    result = _Details()
    owner = ""  # ORDP/BENM/CNTP (the counterparty) or ULTD/ULTC (an ultimate party)
    for code, value in _segments(text):
        if code in _ULTIMATE or code in ("ORDP", "BENM", "TRTP"):
            owner = code
        elif code == "CNTP":
            owner = code
            _counterparty(result, value)
        elif code == "NAME" and owner not in _ULTIMATE and not result.name:
            result.name = _clean(value)
        elif code == "IBAN" and owner not in _ULTIMATE and not result.iban:
            result.iban = _iban(value)
        else:
            _simple_code(result, code, value)
    return result


def _counterparty(result: _Details, value: str) -> None:
    """ING's ``/CNTP/iban/bic/name/city/``: the name may hold a slash, the city not."""
    parts = value.split("/", 2)
    result.iban = _iban(parts[0])
    rest = parts[2] if len(parts) > 2 else ""
    result.name = _clean(rest.rsplit("/", 1)[0] if "/" in rest else rest)


def _simple_code(result: _Details, code: str, value: str) -> None:
    if code == "EREF" and value.strip().upper() != _NOT_PROVIDED:
        result.end_to_end_id = value.strip()
    elif code == "MARF":
        result.mandate_id = value.strip()
    elif code == "RTRN":
        result.return_reason = value.split("/", 1)[0].strip()
    elif code == "REMI":
        text, reference = _remittance(value)
        result.remittance = _clean(f"{result.remittance} {text}")
        result.reference = result.reference or reference


def _remittance(value: str) -> tuple[str, str]:
    """``USTD//text``, ``STRD/CUR/kenmerk``, ``STRD/ISO/RF..``, Rabobank's ``CDTRREF/..``."""
    if value.startswith("USTD/"):
        return value.removeprefix("USTD/").removeprefix("/"), ""
    if match := re.match(r"STRD/[A-Z]*/([^/]*)", value):
        return "", re.sub(r"\s", "", match.group(1))
    if match := re.search(r"CDTRREF/([^/]+)", value):
        return "", re.sub(r"\s", "", match.group(1))
    return value, ""


def _subfields(text: str, separator: str) -> _Details:
    """German ``166?00..?20purpose?21..?31account?32name``; Triodos writes ``>`` for ``?``
    and puts the counterparty's BIC in 20 and IBAN in 21, the rest runs on from 22."""
    found = list(re.finditer(re.escape(separator) + r"([0-9]{2})", text))
    parts: dict[str, str] = {}
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        parts[match.group(1)] = parts.get(match.group(1), "") + text[match.end() : end]
    if separator == ">":
        iban = _iban(parts.get("21", ""))
        first = 22 if iban else 20
        purpose = "".join(parts.get(str(key), "") for key in range(first, 30))
        return _Details(iban=iban, remittance=_clean(purpose), reference=_kenmerk(purpose))
    keys = [*range(20, 30), *range(60, 64)]
    purpose = "".join(parts.get(str(key), "") for key in keys)
    iban = _iban(parts.get("38", "")) or _iban(parts.get("31", ""))
    name = _clean(parts.get("32", "") + parts.get("33", ""))
    return _Details(name=name, iban=iban, remittance=_clean(purpose), reference=_kenmerk(purpose))


def _free_text(lines: list[tuple[str, int]]) -> _Details:
    """ASN and bunq: IBAN and name on the first line (the name may be followed, after a
    wide gap, by the start of the description); ABN AMRO: ``IBAN: .. NAAM: ..``; the
    oldest layouts: text only, in which a ``BETALINGSKENM.`` may stand."""
    content = [(part, width) for part, width in lines if part.strip()]
    if not content:
        return _Details()
    first = _FIRST_LINE_IBAN.match(content[0][0])
    if first and _iban(first.group(1)):
        name, rest = _name_and_rest(first.group(2) or "")
        text = _join_cut([(rest, content[0][1])] + content[1:]) if rest else _join_cut(content[1:])
        return _Details(
            name=_clean(name),
            iban=_iban(first.group(1)),
            remittance=text,
            reference=_kenmerk(text),
        )
    return _labelled(_join_cut(content))


def _name_and_rest(text: str) -> tuple[str, str]:
    parts = re.split(r"\s{2,}", text.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _labelled(text: str) -> _Details:
    labels = list(_LABEL.finditer(text))
    values: dict[str, str] = {}
    for i, match in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        label = match.group(1).upper().rstrip(".")
        values.setdefault(label, _clean(text[match.end() : end]))
    result = _Details(reference=_kenmerk(text))
    if not {"IBAN", "NAAM", "NAME", "OMSCHRIJVING"} & values.keys():
        result.remittance = text
        return result
    result.name = values.get("NAAM") or values.get("NAME", "")
    result.iban = _iban(values.get("IBAN", ""))
    result.remittance = values.get("OMSCHRIJVING", "")
    kenmerk = values.get("KENMERK", "")
    result.end_to_end_id = "" if kenmerk.upper() == _NOT_PROVIDED else kenmerk
    result.mandate_id = values.get("MACHTIGING", "")
    return result


def _kenmerk(text: str) -> str:
    match = _KENMERK.search(text)
    return re.sub(r"\s", "", match.group(1)) if match else ""


def _entry_details(statement: _Statement) -> list[list[_Field]]:
    """The ``:86:`` fields of each ``:61:`` in order; a ``:86:`` after anything else (ING's
    ``/SUM/`` after the balances) is about the statement and left out."""
    per_entry: list[list[_Field]] = []
    in_entry = False
    for f in statement.fields:
        if f.number == "61":
            per_entry.append([])
            in_entry = True
        elif f.number == "86" and in_entry:
            per_entry[-1].append(f)
        else:
            in_entry = False
    return per_entry


def _with_entry_fallbacks(found: _Details, entry: _Entry) -> _Details:
    """Rabobank and ASN put the counterparty's account, and its name, in the ``:61:``."""
    if not found.iban:
        found.iban = _iban(entry.customer_reference) or _iban(entry.extra_details)
    extra = entry.extra_details
    name_like = re.search(r"[A-Za-z]", extra) and not re.fullmatch(r"[A-Z]?[0-9]+", extra)
    if not found.name and name_like and not extra.startswith("/") and not _iban(extra):
        found.name = _clean(extra)
    return found


# ---------------------------------------------------------------------------- the reader


def looks_like(head: bytes) -> bool:
    """An MT940 file: a ``:20:`` and a ``:25:`` or ``:61:`` at line starts, near the top."""
    text = head[:_SNIFF].decode("latin-1")
    return bool(_SNIFF_START.search(text) and _SNIFF_BODY.search(text))


def lines(stream: BinaryIO) -> Iterator[StatementLine]:
    """Every ``:61:`` of the file, in file order, without its key (``FileKeys``), each
    statement's as soon as it has been read: a refusal may come after earlier lines."""
    if not looks_like(_head(stream)):
        raise ImportRefused("import_not_mt940")
    found = False
    for statement in _Splitter().statements(_file_lines(stream)):
        found = True
        account, entries = _envelope(statement)
        for entry, fields in zip(entries, _entry_details(statement), strict=True):
            yield _line(account, entry, _with_entry_fallbacks(_details(fields), entry))
    if not found:
        raise ImportRefused("import_not_mt940")


def _head(stream: BinaryIO) -> bytes:
    """The first ``HEAD_BYTES`` (fewer in a shorter file); the stream is put back."""
    start = stream.tell()
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES and (part := stream.read(HEAD_BYTES - size)):
        parts.append(part)
        size += len(part)
    stream.seek(start)
    return b"".join(parts)


def read(data: bytes) -> list[StatementLine]:
    """Every ``:61:`` of the file, in file order, with its key."""
    return keyed(lines(io.BytesIO(data)))


def _line(account: str, entry: _Entry, info: _Details) -> StatementLine:
    return StatementLine(
        account_iban=account,
        booking_date=entry.booking_date,
        value_date=entry.value_date,
        amount_cents=entry.amount_cents,
        counterparty_name=info.name,
        counterparty_iban=info.iban,
        remittance=_clean(info.remittance),
        reference=info.reference,
        end_to_end_id=info.end_to_end_id,
        mandate_id=info.mandate_id,
        bank_reference=entry.bank_reference,
        # RC/RD, or a return (/RTRN/) booked with a plain C or D mark.
        reversal=entry.reversal or bool(info.return_reason),
        return_reason=info.return_reason,
    )
