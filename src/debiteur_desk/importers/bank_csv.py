"""Bank CSV exports (ING, Rabobank, ABN AMRO TAB, Knab, bunq) read into statement lines.

Why this module: a small business without a camt.053 or MT940 contract can only download
a CSV from its bank's web app, and every bank has its own. What they share is handled
here once; each bank's columns are in :mod:`bank_csv_layouts`.

- The layout is recognised from the content: the header row, or for ABN AMRO's headerless
  TAB file the shape of its first line, in the file's first ``HEAD_BYTES``. File names say
  nothing (users rename downloads, and ING, Rabobank, Knab and bunq all write ``.csv``);
  separators are tried, not assumed.
- Streamed (issue 12): :func:`lines` reads the file row by row from a binary stream, so a
  year of statements costs no more memory than a day. :func:`read` keeps the whole-file
  form for callers that have the bytes anyway.
- Decoding (:func:`encoding_of`, the one rule for bank and invoice CSVs): a file that
  decodes as strict UTF-8 (with or without BOM) is UTF-8: text in another encoding almost
  never does by accident. That is checked over the whole file, chunk by chunk, since one
  "é" written as Windows-1252 may sit a megabyte in. Otherwise charset-normalizer is
  asked about the file's head (it decodes all it is given), but among single-byte code
  pages Windows-1252 wins whenever it is a candidate: Dutch banks write Windows-1252 or
  its subset ISO-8859-1, and on the Rabobank sample the detector's first guess is cp1250,
  which turns "Ødegård" into "Řdegĺrd". cp1252 also reads a "€" (0x80) that an ISO-8859-1
  label would turn into a control character. A guess (UTF-16 from Excel's "Unicode
  text", or another code page) counts only if the whole file decodes with it; cp1252
  gives way to latin-1 for its five undefined bytes.
- Keys are the caller's (:class:`~debiteur_desk.importers.statement.FileKeys`): they
  depend on the whole file. Most exports carry no entry reference, so a line's key is
  made from its own fields with an occurrence number: bunq's two byte-identical coffee
  payments stay two, and importing the file again gives the same keys.
- Lines come back in file order (ING and bunq write the newest first); the numbering of
  identical lines runs in that order, which a fresh export of the same days keeps.
- All or nothing: one bad row refuses the file, naming its line, so nothing is booked
  from a file half read.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple

from charset_normalizer import from_bytes

from debiteur_desk.importers.bank_csv_layouts import LAYOUTS, Layout, Row, abn_shape
from debiteur_desk.importers.statement import HEAD_BYTES, ImportRefused, StatementLine, keyed

_DELIMITERS = (";", ",", "\t")
_UNICODE = ("utf_16", "utf_32")  # Excel's "Unicode text": a BOM the codec may leave


class _Found(NamedTuple):
    layout: Layout
    delimiter: str
    skip: int  # rows before the data: banner and header


# ---------------------------------------------------------------------------- bytes to text


def _decodes(stream: BinaryIO, encoding: str, *, whole: bool) -> bool:
    """Whether all of the stream decodes as ``encoding``, read a chunk at a time and
    nothing kept. Not ``whole``: the stream is a file's head, and a character cut at its
    end is no fault."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
    except LookupError:
        return False
    stream.seek(0)
    try:
        while chunk := stream.read(HEAD_BYTES):
            decoder.decode(chunk)
        decoder.decode(b"", final=whole)
    except UnicodeError:
        return False
    return True


def _encoding(stream: BinaryIO, *, whole: bool) -> str:
    # Checked as plain UTF-8 (a BOM is valid UTF-8): Python's utf-8-sig decoder lets a
    # lone b"\xef" at the end pass as the start of a BOM even when told it is final.
    if _decodes(stream, "utf-8", whole=whole):
        return "utf-8-sig"
    stream.seek(0)
    guesses = [match.encoding for match in from_bytes(stream.read(HEAD_BYTES))]
    if (
        guesses
        and (guesses[0].startswith(_UNICODE) or not {"cp1252", "latin_1"} & set(guesses))
        and _decodes(stream, guesses[0], whole=whole)
    ):
        return guesses[0]
    # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252
    return "cp1252" if _decodes(stream, "cp1252", whole=whole) else "latin-1"


def encoding_of(stream: BinaryIO) -> str:
    """The codec of a whole seekable file (see the module docstring), which it leaves at
    its start: memory stays flat, the file is read once or a few times over."""
    try:
        return _encoding(stream, whole=True)
    finally:
        stream.seek(0)


def _bomless(text: str, encoding: str) -> str:
    return text.removeprefix("\ufeff") if encoding.startswith(_UNICODE) else text


def head_text(head: bytes, encoding: str) -> str:
    """The head's text; a character cut at its end is left off."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    return _bomless(decoder.decode(head[:HEAD_BYTES], final=False), encoding)


def decode(data: bytes) -> str:
    """The file's text: strict UTF-8 when it is, else what the detector says, with
    Windows-1252 preferred among single-byte code pages (see the module docstring)."""
    encoding = encoding_of(io.BytesIO(data))
    return _bomless(data.decode(encoding), encoding)


# ---------------------------------------------------------------------------- which layout


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        cells = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []
    names = [cell.strip().casefold() for cell in cells]
    while names and not names[-1]:  # Knab ends its lines with the separator
        names.pop()
    return names


def _is_header(cells: list[str], layout: Layout) -> bool:
    return layout.headed and cells == [column.casefold() for column in layout.columns]


def _find(text: str) -> _Found | None:
    lines = text.splitlines()[:2]
    if not lines:
        return None
    for delimiter in _DELIMITERS:
        first = _cells(lines[0], delimiter)
        for layout in LAYOUTS:
            if _is_header(first, layout):
                return _Found(layout, delimiter, 1)
            banner = layout.banner.casefold()
            second = _cells(lines[1], delimiter) if len(lines) > 1 else []
            if banner and first[:1] == [banner] and _is_header(second, layout):
                return _Found(layout, delimiter, 2)
    if abn_shape(lines[0]):
        return _Found(next(lay for lay in LAYOUTS if not lay.headed), "\t", 0)
    return None


def detect_layout(text: str) -> str:
    """The layout's name ("ing", "ing_old", "rabobank", "abnamro_tab", "knab", "bunq")."""
    found = _find(text)
    if found is None:
        raise ImportRefused("import_csv_unknown")
    return found.layout.name


def looks_like(head: bytes) -> bool:
    """True when a file starting with ``head`` (its first ``HEAD_BYTES``) is a bank CSV
    layout this module reads."""
    head = head[:HEAD_BYTES]
    return _find(head_text(head, _encoding(io.BytesIO(head), whole=False))) is not None


# ---------------------------------------------------------------------------- rows


def csv_records(
    text: str | Iterable[str], delimiter: str, *, quoted: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """Each record of a text, or of its lines as a file opened with ``newline=""`` gives
    them, with the 1-based line it starts on (a quoted field may hold a newline); a broken
    record refuses the file, saying where."""
    reader = csv.reader(
        io.StringIO(text, newline="") if isinstance(text, str) else text,
        delimiter=delimiter,
        quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE,
    )
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportRefused(
                "import_csv_value", line=start, field="CSV", value=str(error)
            ) from None
        yield start, cells


def _row(layout: Layout, line: int, cells: list[str]) -> Row:
    expected = len(layout.columns)
    if len(cells) == expected + 1 and not cells[-1].strip():
        cells = cells[:-1]  # a separator at the end of the line (Knab)
    if len(cells) != expected:
        raise ImportRefused("import_csv_columns", line=line, expected=expected, found=len(cells))
    names = (column.casefold() for column in layout.columns)
    return Row(line, dict(zip(names, cells, strict=True)))


def text_lines(stream: BinaryIO, encoding: str) -> Iterator[str]:
    """The stream's lines as text, read as they are asked for; the stream stays open."""
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    try:
        for number, line in enumerate(text):
            yield _bomless(line, encoding) if number == 0 else line
    finally:
        if not stream.closed:
            text.detach()  # else the wrapper, once collected, closes the caller's stream


def lines(stream: BinaryIO) -> Iterator[StatementLine]:
    """The lines of a seekable binary file, in file order, read row by row, each with
    ``key`` "" (``FileKeys`` sets it); :class:`ImportRefused` at the first bad row."""
    encoding = encoding_of(stream)
    found = _find(head_text(stream.read(HEAD_BYTES), encoding))
    if found is None:
        raise ImportRefused("import_csv_unknown")
    stream.seek(0)
    records = csv_records(text_lines(stream, encoding), found.delimiter, quoted=found.layout.quoted)
    for number, (line, cells) in enumerate(records):
        if number < found.skip or not any(cell.strip() for cell in cells):
            continue
        yield found.layout.read_row(_row(found.layout, line, cells)).line()


def read(data: bytes) -> list[StatementLine]:
    """Every line of the file, keyed, in file order; :class:`ImportRefused` for the first
    bad row."""
    return keyed(lines(io.BytesIO(data)))
