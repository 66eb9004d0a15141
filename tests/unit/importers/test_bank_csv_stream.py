"""Tests for debiteur_desk.importers.bank_csv read as a stream (issue 12): memory stays
flat in the file size, the encoding is decided over the whole file without holding it,
and a broken file is refused the same way as when it is read whole."""

import io
import tracemalloc
from dataclasses import replace
from pathlib import Path

import pytest

from debiteur_desk.importers import bank_csv
from debiteur_desk.importers.statement import HEAD_BYTES, ImportRefused, keyed

DATA = Path(__file__).parents[2] / "data" / "statements"
SAMPLES = (
    "ing-2026.csv",
    "ing-2026-old.csv",
    "rabobank-2026.csv",
    "abnamro-2026.TAB",
    "knab-2026.csv",
    "bunq-2026.csv",
)


def sample(name):
    return (DATA / name).read_bytes()


class TrackedStream(io.BytesIO):
    """A file that remembers how far it has been read since it was last rewound."""

    furthest = 0

    def _reached(self, result):
        self.furthest = max(self.furthest, self.tell())
        return result

    def read(self, size=-1):
        return self._reached(super().read(size))

    def read1(self, size=-1):
        return self._reached(super().read1(size))

    def readinto(self, buffer):
        return self._reached(super().readinto(buffer))

    def readinto1(self, buffer):
        return self._reached(super().readinto1(buffer))

    def seek(self, offset, whence=io.SEEK_SET):
        position = super().seek(offset, whence)
        self.furthest = position
        return position


def ing_rows():
    """The ING sample's header and its data rows that are plain ASCII."""
    header, *rows = sample("ing-2026.csv").decode("utf-8").split("\r\n")
    return header, [row for row in rows if row and row.isascii()]


def ing_file(size, *, last_name=None, encoding="utf-8"):
    """An ING export of about ``size`` bytes of ASCII rows; ``last_name`` renames the
    counterparty on one more row at the end."""
    header, rows = ing_rows()
    body = "\r\n".join(rows)
    text = header + ("\r\n" + body) * (size // len(body) + 1)
    if last_name is not None:
        name = rows[0].split(";")[1]
        text += "\r\n" + rows[0].replace(name, f'"{last_name}"', 1)
    return (text + "\r\n").encode(encoding)


def refusal(read):
    with pytest.raises(ImportRefused) as caught:
        read()
    return caught.value.code, caught.value.params


# ---------------------------------------------------------------------------- streamed


def test_first_line_comes_before_the_file_is_read():
    """Issue 12: past the encoding check, lines() reads a 4 MB export only as far as the
    lines asked for: the first line comes after reading little more than its own row."""
    data = ing_file(4_000_000)
    stream = TrackedStream(data)
    found = bank_csv.lines(stream)
    first = next(found)
    assert first == next(bank_csv.lines(io.BytesIO(ing_file(0))))
    assert stream.furthest < len(data) // 20
    found.close()


def test_memory_stays_flat_in_the_file_size(tmp_path):
    """Issue 12: reading every line of a 1.4 MB export file holds no more than a few
    chunks of it at any time (neither its bytes nor its text are ever held whole, as
    read() of old did)."""
    path = tmp_path / "ing.csv"
    path.write_bytes(ing_file(1_400_000))
    assert path.stat().st_size > 20 * HEAD_BYTES
    tracemalloc.start()
    try:
        list(bank_csv.lines(io.BytesIO(ing_file(0))))  # one-time costs: caches, tracing
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        with path.open("rb") as stream:
            count = sum(1 for _ in bank_csv.lines(stream))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count > 4_000
    assert peak - before < 4 * HEAD_BYTES


def test_stream_stays_open_for_the_caller():
    """lines() reads the caller's file but never closes it: not at the end, and not when
    the caller stops early."""
    stream = io.BytesIO(sample("bunq-2026.csv"))
    assert len(list(bank_csv.lines(stream))) == 12
    assert not stream.closed
    found = bank_csv.lines(stream)
    next(found)
    found.close()
    assert not stream.closed
    stream.seek(0)
    assert len(list(bank_csv.lines(stream))) == 12


@pytest.mark.parametrize("name", SAMPLES)
def test_read_is_the_keyed_stream(name):
    """read(data) is lines() of the same bytes with their keys set by FileKeys; lines()
    leaves every key empty."""
    data = sample(name)
    streamed = list(bank_csv.lines(io.BytesIO(data)))
    assert {line.key for line in streamed} == {""}
    assert bank_csv.read(data) == keyed(streamed)
    assert [replace(line, key="") for line in bank_csv.read(data)] == streamed


def test_bank_reference_used_twice_is_no_key():
    """Knab's "Referentie" is the key only while it is unique in the file: two rows
    carrying the same one stay two lines with two keys."""
    rows = sample("knab-2026.csv").split(b"\r\n")
    doubled = b"\r\n".join([*rows[:4], rows[3], *rows[4:]])
    found = bank_csv.read(doubled)
    assert len(found) == 13
    assert found[1].bank_reference == found[2].bank_reference != ""
    assert len({line.key for line in found}) == 13


# ---------------------------------------------------------------------------- encoding


def test_windows_1252_far_beyond_the_head_is_still_windows_1252():
    """A cp1252 export whose only non-ASCII byte (é, 0xE9) sits 1 MB in: the head alone
    looks like UTF-8, but the file is read as cp1252, the name intact."""
    data = ing_file(1_000_000, last_name="Café De Bel", encoding="cp1252")
    assert data.index(b"\xe9") > 1_000_000
    assert data[:HEAD_BYTES].isascii()
    assert bank_csv.encoding_of(io.BytesIO(data)) == "cp1252"
    assert bank_csv.looks_like(data[:HEAD_BYTES])
    last = list(bank_csv.lines(io.BytesIO(data)))[-1]
    assert last.counterparty_name == "Café De Bel"
    assert "Café De Bel" in bank_csv.decode(data)


def test_utf8_character_cut_at_the_head_is_still_utf8():
    """A UTF-8 Rabobank export (its header says "initiërende") with "€" straddling the
    HEAD_BYTES boundary: the head is recognised as UTF-8 (as cp1252 the header would not
    match), and the whole file reads the € and the names right."""
    header, *rows = sample("rabobank-2026.csv").decode("latin-1").split("\r\n")
    rows = [row for row in rows if row]
    text = header
    while len((text + "\r\n" + rows[0]).encode("utf-8")) < HEAD_BYTES - 1000:
        text += "\r\n" + rows[0]
    remittance = '"Factuur 2026-0002"'
    at = (text + "\r\n").encode("utf-8") + rows[6].split(remittance)[0].encode("utf-8")
    padding = "x" * (HEAD_BYTES - 1 - len(at) - len('"'))
    row = rows[6].replace(remittance, f'"{padding}€ 590,00"')
    data = "\r\n".join([text, row, *rows]).encode("utf-8") + b"\r\n"
    assert data[HEAD_BYTES - 1 : HEAD_BYTES + 2] == "€".encode()
    assert bank_csv.looks_like(data[:HEAD_BYTES])
    assert bank_csv.encoding_of(io.BytesIO(data)) == "utf-8-sig"
    found = list(bank_csv.lines(io.BytesIO(data)))
    assert f"{padding}€ 590,00" in {line.remittance for line in found}
    assert "Fysiotherapie Ødegård" in {line.counterparty_name for line in found}


def test_encoding_of_leaves_the_file_at_its_start():
    """encoding_of reads the file through and hands it back rewound."""
    stream = io.BytesIO(sample("rabobank-2026.csv"))
    assert bank_csv.encoding_of(stream) == "cp1252"
    assert stream.tell() == 0


# ---------------------------------------------------------------------------- refused


def _short_ing_row():
    rows = sample("ing-2026.csv").split(b"\r\n")
    rows[4] = rows[4].rsplit(b";", 1)[0]
    return b"\r\n".join(rows), 5


def _impossible_knab_date():
    rows = sample("knab-2026.csv").split(b"\r\n")
    rows[2] = rows[2].replace(b'"01-10-2026"', b'"31-02-2026"', 1)
    return b"\r\n".join(rows), 3


def _bad_last_bunq_amount():
    rows = sample("bunq-2026.csv").split(b"\n")
    rows[12] = rows[12].replace(b'"-1.650,00"', b'"-1.65,00"')
    return b"\n".join(rows), 13


def _huge_field_far_in():
    """A field over the csv module's limit (131072) on a row 2 MB into the file."""
    data = ing_file(2_000_000)
    return data + b'"' + b"x" * 200_000 + b'";"1"\r\n', data.count(b"\r\n") + 1


BROKEN = {
    "short row": (_short_ing_row, "import_csv_columns"),
    "impossible date": (_impossible_knab_date, "import_csv_value"),
    "bad last amount": (_bad_last_bunq_amount, "import_csv_value"),
    "field too long": (_huge_field_far_in, "import_csv_value"),
    "unknown header": (
        lambda: (b'"Datum";"Bedrag"\r\n"20260101";"1,00"\r\n', None),
        "import_csv_unknown",
    ),
    "empty": (lambda: (b"", None), "import_csv_unknown"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_stream_refuses_as_read_does(case):
    """Every broken file is refused by lines() with the code, line and details read()
    gives."""
    make, code = BROKEN[case]
    data, line = make()
    whole = refusal(lambda: bank_csv.read(data))
    streamed = refusal(lambda: list(bank_csv.lines(io.BytesIO(data))))
    assert streamed == whole
    assert whole[0] == code
    assert whole[1].get("line") == line


def test_a_lone_first_byte_of_a_bom_is_no_utf8():
    """Python's utf-8-sig decoder takes a lone b"\\xef" at the very end for the start of a
    BOM even when told the input is final; found by hypothesis on random bytes."""
    assert bank_csv.decode(b"\xef") == "ï"
