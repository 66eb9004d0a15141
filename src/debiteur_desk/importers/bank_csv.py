"""Bank CSV exports (ING, Rabobank, ABN AMRO TAB, Knab, bunq) read into statement lines.

Why this module: a small business without a camt.053 or MT940 contract can only download
a CSV from its bank's web app, and every bank has its own. What they share is handled
here once; each bank's columns are in :mod:`bank_csv_layouts`.

- The layout is recognised from the content: the header row, or for ABN AMRO's headerless
  TAB file the shape of its first line. File names say nothing (users rename downloads,
  and ING, Rabobank, Knab and bunq all write ``.csv``); separators are tried, not assumed.
- Decoding: a file that decodes as strict UTF-8 (with or without BOM) is UTF-8: text in
  another encoding almost never does by accident. Otherwise charset-normalizer is asked,
  but among single-byte code pages Windows-1252 wins whenever it is a candidate: Dutch
  banks write Windows-1252 or its subset ISO-8859-1, and on the Rabobank sample the
  detector's first guess is cp1250, which turns "Ødegård" into "Řdegĺrd". cp1252 also
  reads a "€" (0x80) that an ISO-8859-1 label would turn into a control character.
- Most exports carry no entry reference, so a line's key is made from its own fields with
  an occurrence number (:class:`LineKeys`): bunq's two byte-identical coffee payments stay
  two, and importing the file again gives the same keys.
- Lines come back in file order (ING and bunq write the newest first); the numbering of
  identical lines runs in that order, which a fresh export of the same days keeps.
- All or nothing: one bad row refuses the file, naming its line, so nothing is booked
  from a file half read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import NamedTuple

from charset_normalizer import from_bytes

from debiteur_desk.importers.bank_csv_layouts import LAYOUTS, Layout, Row, abn_shape
from debiteur_desk.importers.statement import ImportRefused, LineKeys, StatementLine

_DELIMITERS = (";", ",", "\t")


class _Found(NamedTuple):
    layout: Layout
    delimiter: str
    skip: int  # rows before the data: banner and header


# ---------------------------------------------------------------------------- bytes to text


def decode(data: bytes) -> str:
    """The file's text: strict UTF-8 when it is, else what the detector says, with
    Windows-1252 preferred among single-byte code pages (see the module docstring)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    guesses = [match.encoding for match in from_bytes(data)]
    if guesses and guesses[0].startswith(("utf_16", "utf_32")):  # Excel's "Unicode text"
        try:
            return data.decode(guesses[0]).removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    if guesses and not {"cp1252", "latin_1"} & set(guesses):
        try:
            return data.decode(guesses[0])
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined in cp1252
        return data.decode("latin-1")


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


def looks_like(data: bytes) -> bool:
    """True when the bytes are a bank CSV layout this module reads."""
    return _find(decode(data)) is not None


# ---------------------------------------------------------------------------- rows


def _records(text: str, found: _Found) -> Iterator[tuple[int, list[str]]]:
    return csv_records(text, found.delimiter, quoted=found.layout.quoted)


def csv_records(
    text: str, delimiter: str, *, quoted: bool = True
) -> Iterator[tuple[int, list[str]]]:
    """Each record with the 1-based line it starts on (a quoted field may hold a newline);
    a broken record refuses the file, saying where."""
    reader = csv.reader(
        io.StringIO(text, newline=""),
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


def read(data: bytes) -> list[StatementLine]:
    """Every line of the file, in file order; :class:`ImportRefused` for the first bad row."""
    text = decode(data)
    found = _find(text)
    if found is None:
        raise ImportRefused("import_csv_unknown")
    keys = LineKeys()
    lines = []
    for number, (line, cells) in enumerate(_records(text, found)):
        if number < found.skip or not any(cell.strip() for cell in cells):
            continue
        draft = found.layout.read_row(_row(found.layout, line, cells))
        lines.append(draft.line(keys))
    return lines
