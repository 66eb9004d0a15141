"""A statement read once, as a stream, for an import (issue 12: memory flat in the file
size): the camt.053 reader hands on entries as it reads, the lines are kept in a
temporary spool and gone through as often as the import needs, with the same keys as
reading the whole file at once."""

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest

from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers import camt053
from debiteur_desk.importers.line_spool import BLOCK, LineSpool
from debiteur_desk.importers.statement import ImportRefused, StatementLine
from debiteur_desk.importers.statements import read_statement, spool_statement
from tests.progress_steps import steps_and_result

from .test_mt940_stream import TrackedStream

SAMPLES = Path(__file__).parents[2] / "data" / "statements"  # every format and bank layout
STATEMENTS = sorted(p for p in SAMPLES.iterdir() if p.suffix != ".json")
ACCOUNT = "NL91ABNA0417164300"


def camt(entries: int) -> bytes:
    entry = """<Ntry><Amt Ccy="EUR">{n}.25</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-11-02</Dt></BookgDt><AcctSvcrRef>REF{n:08d}</AcctSvcrRef>
<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Betaler {n}</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>Factuur 2026-{n:05d} en een lange omschrijving erbij</Ustrd></RmtInf>
</TxDtls></NtryDtls></Ntry>
"""
    body = "".join(entry.format(n=n) for n in range(1, entries + 1))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
<Id>1</Id><Acct><Id><IBAN>{ACCOUNT}</IBAN></Id></Acct>
{body}</Stmt></BkToCstmrStmt></Document>
""".encode()


def test_camt_entries_are_handed_on_while_the_file_is_still_being_read():
    data = camt(20_000)  # about 7 MB
    stream = TrackedStream(data)
    first = next(camt053.lines(stream))
    assert first.amount_cents == 125 and first.key == ""
    assert stream.furthest < len(data) / 10


@pytest.mark.parametrize("path", STATEMENTS, ids=lambda p: p.name)
def test_a_spooled_statement_gives_the_lines_and_keys_of_the_whole_file_each_time(path):
    data = path.read_bytes()
    with path.open("rb") as stream:
        spooled = run_to_end(spool_statement(stream))
    try:
        whole = read_statement(data)
        assert len(spooled) == len(whole) > 0
        assert list(spooled) == whole
        assert list(spooled) == whole  # gone through again: numbered from the start again
        assert spooled.sha256 == hashlib.sha256(data).hexdigest()
    finally:
        spooled.close()


def test_reading_tells_its_progress_in_bytes_of_the_file():
    data = camt(3_000)
    seen, spooled = steps_and_result(spool_statement(io.BytesIO(data)))
    spooled.close()
    assert len(seen) == 6 and all(p.total == len(data) for p in seen)
    assert [p.done for p in seen] == sorted(p.done for p in seen)
    assert 0 < seen[0].done < seen[-1].done <= len(data)


def test_a_broken_file_refuses_through_the_spool_as_read_whole():
    data = camt(2_000)
    cut = data[: len(data) // 2]
    with pytest.raises(ImportRefused) as whole:
        read_statement(cut)
    with pytest.raises(ImportRefused) as spooled:
        run_to_end(spool_statement(io.BytesIO(cut)))
    assert (spooled.value.code, spooled.value.params) == (whole.value.code, whole.value.params)
    assert whole.value.code == "import_xml_broken"


def test_the_spool_gives_back_every_field_in_order_over_several_blocks():
    lines = [
        StatementLine(
            ACCOUNT,
            date(2026, 11, n % 28 + 1),
            None if n % 2 else date(2026, 12, 1),
            n - 7,
            f"Naam {n} é",
            "NL02ABNA0123456789",
            "tekst €",
            "RF18539007547034",
            f"e2e{n}",
            "",
            f"ref{n}",
            n % 3 == 0,
            "MD06" if n % 5 == 0 else "",
            f"key{n}",
        )  # fmt: skip
        for n in range(BLOCK * 2 + 17)
    ]
    spool = LineSpool()
    for line in lines:
        spool.add(line)
    assert list(spool) == lines and list(spool) == lines and spool.count == len(lines)
    spool.close()
