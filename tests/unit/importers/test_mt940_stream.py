"""Tests for reading an MT940 file as a stream (issue 12): ``lines`` hands on each
statement's entries as soon as the statement has been read, holding one statement in
memory, and gives the same lines, keys and refusals as ``read`` on the whole file."""

import io
import tracemalloc
from pathlib import Path

import pytest

from debiteur_desk.importers import mt940
from debiteur_desk.importers.statement import ImportRefused, fields_digest, keyed

SAMPLE = Path(__file__).parents[2] / "data" / "statements" / "mt940-2026.sta"
ACCOUNT = "NL76INGB0002776344"


class TrackedStream(io.BytesIO):
    """A file that records how far it has been read, and hands out at most ``most``
    bytes a read (as a pipe or a slow disk may): line ends fall across the reads."""

    def __init__(self, data: bytes, most: int | None = None) -> None:
        super().__init__(data)
        self.furthest = 0
        self._most = most

    def read(self, size: int | None = -1) -> bytes:
        if self._most is not None and (size is None or size < 0 or size > self._most):
            size = self._most
        chunk = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return chunk


def statement(number: int, entries: int) -> bytes:
    """One ING message with ``entries`` entries, each with its own bank reference."""
    lines = ["{1:F01INGBNL2ABXXX0000000000}", "{2:I940INGBNL2AXXXN}", "{4:"]
    lines += [f":20:P{number:015d}", f":25:{ACCOUNT}EUR", f":28C:{number:05d}"]
    lines += [":60F:C260101EUR100,00"]
    for entry in range(entries):
        lines += [
            f":61:2601050105C{entry + 1},25NTRFNONREF//{number:08d}{entry:06d}",
            "/TRCD/00100/",
            ":86:/EREF/NOTPROVIDED//CNTP/NL14INGB0004052913/INGBNL2A/Z. de Vr",
            f"ies///REMI/USTD//factuur 2026-{entry:04d} en een lange omschrijving/",
        ]
    lines += [":62F:C260131EUR100,00", "-}"]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def big_file(size: int) -> bytes:
    """Statements of 40 entries up to ``size`` bytes."""
    parts = []
    total = 0
    while total < size:
        parts.append(statement(len(parts) + 1, 40))
        total += len(parts[-1])
    return b"".join(parts)


def refusal(read) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read()
    return caught.value


def streamed(data: bytes, most: int | None = None) -> list:
    return list(mt940.lines(TrackedStream(data, most)))


# ---------------------------------------------------------------------------- streaming


def test_first_line_comes_before_a_tenth_of_the_file_is_read():
    """Issue 12: a file of some MB gives its first line while most of it is unread."""
    data = big_file(3_000_000)
    stream = TrackedStream(data)
    reader = mt940.lines(stream)
    first = next(reader)
    assert (first.account_iban, first.amount_cents) == (ACCOUNT, 125)
    assert first.key == ""
    assert stream.furthest < len(data) / 10
    reader.close()


def test_memory_stays_far_below_the_file_size():
    """Issue 12: reading every line of a 1 MB file, lines dropped as they come, holds
    one statement at a time: the peak is a small part of the file (reading it whole
    took some 12 times the file)."""
    data = big_file(1_000_000)
    tracemalloc.start()
    try:
        count = sum(1 for _ in mt940.lines(io.BytesIO(data)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == data.count(b":61:")
    assert peak < len(data) / 2


def test_a_statement_is_handed_on_before_a_later_one_is_refused():
    """The first statement's lines come before the file is found cut off in its last
    message: the caller keeps nothing until the end (``read`` keeps nothing at all)."""
    data = statement(1, 2) + statement(2, 2)[:-40]
    reader = mt940.lines(io.BytesIO(data))
    assert [line.amount_cents for line in (next(reader), next(reader))] == [125, 225]
    error = refusal(lambda: next(reader))
    assert (error.code, error.params["line"]) == ("import_mt940_broken", data.count(b"\n") + 1)
    assert refusal(lambda: mt940.read(data)).params == error.params


# ---------------------------------------------------------------------------- same lines, keys


def test_read_is_the_streamed_lines_keyed():
    """The 152 sample lines: ``read`` equals ``keyed(lines(...))``, keys on the bank
    reference as before, also when every read returns a few bytes."""
    data = SAMPLE.read_bytes()
    found = mt940.read(data)
    assert found == keyed(streamed(data)) == keyed(streamed(data, most=3))
    assert len({line.key for line in found}) == len(found) == 152
    assert all(line.key == f"{line.account_iban}|ref|{line.bank_reference}" for line in found)


@pytest.mark.parametrize("end", [b"\n", b"\r", b"\r\n"])
@pytest.mark.parametrize("most", [None, 1, 2, 7])
def test_every_line_end_gives_the_same_lines(end, most):
    """CR LF, LF and a lone CR (old Macs) read alike, wherever the reads cut the file;
    line numbers stay those of the file (a broken ``:61:`` is named at line 8)."""
    data = SAMPLE.read_bytes().replace(b"\r\n", end)
    assert keyed(streamed(data, most)) == mt940.read(SAMPLE.read_bytes())
    broken = data.replace(b":61:2602020202C89,50NTRF", b":61:2602020202C8X,50NTRF")
    error = refusal(lambda: streamed(broken, most))
    assert (error.code, error.params["line"]) == ("import_mt940_broken", 8)


def test_latin1_and_utf8_with_bom_give_the_same_names():
    """An ISO-8859-1 file and a UTF-8 one with a byte order mark read alike: the BOM is
    dropped, ``Café Ödön`` is read right from both."""
    text = statement(1, 1).decode("ascii").replace("Z. de Vr\r\nies", "Café Ödön\r\n")
    latin1 = text.encode("latin-1")
    utf8 = b"\xef\xbb\xbf" + text.encode("utf-8")
    assert mt940.read(latin1) == mt940.read(utf8) == keyed(streamed(utf8, most=2))
    (line,) = mt940.read(utf8)
    assert line.counterparty_name == "Café Ödön"


def test_a_bank_reference_seen_twice_keys_the_lines_on_their_fields():
    """Two entries with one bank reference: keys from their own fields, numbered 1 and 2
    (``fields_digest``), exactly as before the reader streamed."""
    entry = statement(1, 1).split(b":62F:")[0].split(b":60F:C260101EUR100,00\r\n")[1]
    data = statement(1, 1).replace(entry, entry + entry)
    found = mt940.read(data)
    digests = [
        fields_digest(line.booking_date, 125, "NL14INGB0004052913", line.remittance)
        for line in found
    ]
    expected = [f"{ACCOUNT}|{digest}|{n}" for n, digest in enumerate(digests, start=1)]
    assert [line.key for line in found] == expected
    assert [key.rsplit("|", 1)[1] for key in expected] == ["1", "2"]


# ---------------------------------------------------------------------------- same refusals


BROKEN = {
    "empty": b"",
    "csv": b'"Datum";"Naam"\r\n"20260101";"X"\r\n',
    "no body": b":20:only a reference",
    "cut off": SAMPLE.read_bytes()[: len(SAMPLE.read_bytes()) // 2],
    "no closing balance": b":20:X\r\n:25:NL76INGB0002776344\r\n:60F:C260101EUR1,00\r\n"
    b":61:2601020102C1,00NTRF",
    "unreadable amount": SAMPLE.read_bytes().replace(b"C89,50NTRF", b"C8X,50NTRF"),
    "two messages open": statement(1, 1).replace(b"-}\r\n", b"") + statement(2, 1),
    "tag before :20:": b":25:NL76INGB0002776344\r\n:20:X\r\n:61:2601020102C1,00NTRF\r\n",
    "no account": statement(1, 1).replace(b":25:NL76INGB0002776344EUR\r\n", b""),
}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_file_is_refused_alike_streamed_and_whole(name):
    """Same code, line and detail through ``lines`` as through ``read``."""
    data = BROKEN[name]
    whole = refusal(lambda: mt940.read(data))
    stream = refusal(lambda: streamed(data, most=5))
    assert (stream.code, stream.params) == (whole.code, whole.params)
    assert whole.code in ("import_not_mt940", "import_mt940_broken")
