"""Tests for debiteur_desk.importers.camt053: the synthetic 2026 camt.053 file against
expected-2026.json line by line, unsafe and broken XML, and the format points the reader
relies on in small invented fixtures (all names, accounts and amounts made up)."""

import contextlib
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.importers import camt053
from debiteur_desk.importers.statement import ImportRefused

from .sample_fields import expected_fields, read_fields

DATA = Path(__file__).parents[2] / "data" / "statements"
EXPECTED = json.loads((DATA / "expected-2026.json").read_text(encoding="utf-8"))
TRANSACTIONS = {t["id"]: t for t in EXPECTED["transactions"]}
SAMPLE = "camt053-2026.xml"
ACCOUNT = "NL09RABO0367249847"


def sample():
    return (DATA / SAMPLE).read_bytes()


def refused(data):
    with pytest.raises(ImportRefused) as caught:
        camt053.read(data)
    return caught.value


def document(*entries, version="02", account=f"<IBAN>{ACCOUNT}</IBAN>"):
    """One Stmt holding ``entries`` (XML text), in the namespace of ``version``."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}">
<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-01-31T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S1</Id><CreDtTm>2026-01-31T18:00:00</CreDtTm>
<Acct><Id>{account}</Id><Ccy>EUR</Ccy></Acct>
{"".join(entries)}
</Stmt></BkToCstmrStmt></Document>
""".encode()


def entry(
    amount="10.00",
    mark="CRDT",
    booked="<BookgDt><Dt>2026-01-05</Dt></BookgDt>",
    valued="<ValDt><Dt>2026-01-05</Dt></ValDt>",
    status="<Sts>BOOK</Sts>",
    reference="<AcctSvcrRef>R1</AcctSvcrRef>",
    details="",
    extra="",
):
    amount_xml = "" if amount is None else f'<Amt Ccy="EUR">{amount}</Amt>'
    return (
        f"<Ntry>{amount_xml}<CdtDbtInd>{mark}</CdtDbtInd>{extra}{status}{booked}{valued}"
        f"{reference}{details}</Ntry>\n"
    )


def only(data):
    (line,) = camt053.read(data)
    return line


# ---------------------------------------------------------------------------- the sample


def check_texts(line, tx):
    """Name and remittance. Transfers and direct debits have ``RltdPties`` and ``Ustrd``;
    a card payment names the merchant as creditor and its text starts with it; bank costs
    and the batch have no party, only the entry's ``AddtlNtryInf``."""
    if "batch" in tx:
        assert (line.counterparty_name, line.remittance) == ("", "Verzamelbetaling 2 posten")
    elif tx["counterparty_iban"]:
        assert line.counterparty_name == tx["counterparty_name"], tx["id"]
        assert line.remittance == (tx["remittance"] or ""), tx["id"]
    elif tx["remittance"]:  # bank costs
        assert (line.counterparty_name, line.remittance) == ("", tx["remittance"]), tx["id"]
    else:  # card payment
        assert line.counterparty_name == tx["counterparty_name"], tx["id"]
        assert line.remittance.startswith(tx["counterparty_name"] + " "), tx["id"]


def test_every_sample_line_is_its_expected_transaction():
    """All 152 entries of the ten Stmt in file order: dates, signed cents, IBAN,
    references, mandate, bank reference, reversal, and name and remittance."""
    order = EXPECTED["files"][SAMPLE]["order"]
    lines = camt053.read(sample())
    assert len(lines) == len(order) == 152
    for tx_id, line in zip(order, lines, strict=True):
        tx = TRANSACTIONS[tx_id]
        assert read_fields(line) == expected_fields(tx), tx_id
        check_texts(line, tx)
        assert line.account_iban == EXPECTED["files"][SAMPLE]["account"]


def test_sample_reversal_is_money_out_with_md06_naming_the_debtor():
    """``RvslInd`` on a DBIT entry: negative, a reversal with ``RtrInf/Rsn/Cd`` MD06; its
    parties are those of the collection it reverses, so the counterparty is the debtor
    (the creditor is the shop itself), with the same mandate and end-to-end id."""
    lines = {line.bank_reference: line for line in camt053.read(sample())}
    reversal = lines[TRANSACTIONS["T105"]["bank_reference"]]
    collected = lines[TRANSACTIONS["T094"]["bank_reference"]]
    assert (reversal.amount_cents, collected.amount_cents) == (-151250, 151250)
    assert reversal.reversal and reversal.return_reason == "MD06"
    assert not collected.reversal
    assert reversal.counterparty_name == "Koeriersdienst Snelwiel B.V."
    assert reversal.counterparty_iban == collected.counterparty_iban == "NL31INGB0009417774"
    assert (reversal.mandate_id, reversal.end_to_end_id) == (
        collected.mandate_id,
        collected.end_to_end_id,
    )
    assert sum(line.reversal for line in lines.values()) == 1


def test_sample_batch_is_one_line_with_the_batch_total():
    """``NtryDtls/Btch`` with two ``TxDtls`` is one entry on the account, as
    expected-2026.json lists it (T074): the total, no counterparty, no end-to-end id."""
    lines = {line.bank_reference: line for line in camt053.read(sample())}
    batch = lines[TRANSACTIONS["T074"]["bank_reference"]]
    parts = TRANSACTIONS["T074"]["batch"]["parts"]
    assert batch.amount_cents == sum(part["amount_cents"] for part in parts) == -313075
    assert (batch.counterparty_name, batch.counterparty_iban, batch.end_to_end_id) == ("", "", "")


def test_the_ultimate_debtor_is_not_the_counterparty():
    """``UltmtDbtr`` (a parent company paying for its subsidiary) is left aside: the payer
    is ``Dbtr``, whose account the money came from."""
    lines = {line.bank_reference: line for line in camt053.read(sample())}
    paid = lines[TRANSACTIONS["T042"]["bank_reference"]]
    assert TRANSACTIONS["T042"]["ultimate_debtor"] == "Bouwbedrijf Hendriks B.V."
    assert (paid.counterparty_name, paid.counterparty_iban) == (
        "Hendriks Holding B.V.",
        "NL04ABNA0446521752",
    )


def test_the_same_bytes_give_the_same_keys():
    """Reading the file again gives the same key for every line."""
    assert [line.key for line in camt053.read(sample())] == [
        line.key for line in camt053.read(sample())
    ]


def test_keys_are_unique_and_built_on_the_bank_reference():
    """152 different keys, each the account plus the entry's ``AcctSvcrRef``."""
    lines = camt053.read(sample())
    assert len({line.key for line in lines}) == 152
    assert all(line.key == f"{line.account_iban}|ref|{line.bank_reference}" for line in lines)


def test_any_schema_version_reads_the_same():
    """Only the namespace's version number changes (``.02`` to ``.08``): the same lines."""
    newer = sample().replace(b"camt.053.001.02", b"camt.053.001.08")
    assert newer != sample()
    assert camt053.read(newer) == camt053.read(sample())


def test_the_version_08_forms_of_party_and_status():
    """From version .08 the party's name is ``Dbtr/Pty/Nm`` and the status ``Sts/Cd``."""
    details = (
        "<NtryDtls><TxDtls><Refs><EndToEndId>E-1</EndToEndId></Refs><RltdPties>"
        "<Dbtr><Pty><Nm>A. Jansen</Nm></Pty></Dbtr>"
        "<DbtrAcct><Id><IBAN>nl14 ingb 0004 0529 13</IBAN></Id></DbtrAcct>"
        "</RltdPties></TxDtls></NtryDtls>"
    )
    line = only(document(entry(status="<Sts><Cd>BOOK</Cd></Sts>", details=details), version="08"))
    assert (line.counterparty_name, line.counterparty_iban) == ("A. Jansen", "NL14INGB0004052913")
    assert line.end_to_end_id == "E-1"


# ---------------------------------------------------------------------------- unsafe XML


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Document [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
<BkToCstmrStmt><Stmt><Acct><Id><IBAN>&lol9;</IBAN></Id></Acct></Stmt></BkToCstmrStmt>
</Document>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
<BkToCstmrStmt><Stmt><Acct><Id><IBAN>&x;</IBAN></Id></Acct></Stmt></BkToCstmrStmt>
</Document>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["bomb", "external"])
def test_entity_declarations_are_refused_quickly(data):
    """An entity-expansion bomb or an external entity: refused before any entity is
    expanded or any file read, well within a second."""
    started = time.perf_counter()
    assert refused(data).code == "import_xml_unsafe"
    assert time.perf_counter() - started < 1.0


def test_a_doctype_is_refused_in_any_encoding():
    """In UTF-16 the bytes ``<!DOCTYPE`` do not occur; the parser's own view of the
    document still sees the declaration."""
    data = EXTERNAL_ENTITY.decode().replace('"?>', '" encoding="UTF-16"?>', 1).encode("utf-16")
    assert b"<!DOCTYPE" not in data
    assert refused(data).code == "import_xml_unsafe"


# ---------------------------------------------------------------------------- broken files


def test_a_file_cut_off_is_refused_naming_the_line():
    """The first 3000 bytes: the XML ends inside an element; the refusal names the last
    line and says what lxml found."""
    data = sample()[:3000]
    error = refused(data)
    assert error.code == "import_xml_broken"
    assert error.params["line"] == data.count(b"\n") + 1
    assert "Premature end of data" in error.params["detail"]


def test_other_xml_is_not_camt053():
    """A camt.052/054, a UBL invoice or a namespace-less Document: import_not_camt."""
    for root in (
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>',
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08"/>',
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
        "<Document/>",
    ):
        assert refused(root.encode()).code == "import_not_camt"
        assert not camt053.looks_like(root.encode())


def test_an_entry_without_amount_or_date_is_refused_naming_its_line():
    """``Amt`` and a date (``BookgDt``, else ``ValDt``) are required; the refusal names the
    line of the ``Ntry`` and the missing element."""
    no_amount = document(entry(amount=None))
    error = refused(no_amount)
    assert (error.code, error.params["field"]) == ("import_field_missing", "Amt")
    lines = no_amount.decode().splitlines()
    assert error.params["line"] == next(i for i, text in enumerate(lines, 1) if "<Ntry>" in text)
    error = refused(document(entry(booked="", valued="")))
    assert (error.code, error.params["field"]) == ("import_field_missing", "BookgDt")


def test_an_entry_without_booking_date_takes_its_value_date():
    """``BookgDt`` is optional in the schema; the value date stands in for it."""
    assert only(document(entry(booked=""))).booking_date.isoformat() == "2026-01-05"


def test_a_statement_without_account_is_refused():
    """No ``Acct/Id``: the lines would belong to no account."""
    error = refused(document(entry(), account="<Othr><Id></Id></Othr>"))
    assert (error.code, error.params["field"]) == ("import_field_missing", "Acct/Id/IBAN")


@pytest.mark.parametrize(
    ("amount", "mark", "cents"),
    [("1234567.89", "CRDT", 123456789), ("0.1", "DBIT", -10), ("3.40", "DBIT", -340)],
)
def test_amounts_are_exact_cents_signed_by_the_indicator(amount, mark, cents):
    """The decimal text becomes cents exactly (no float); CRDT is in, DBIT out."""
    assert only(document(entry(amount=amount, mark=mark))).amount_cents == cents


@pytest.mark.parametrize("amount", ["12.345", "1,00", "-5.00", "1e3", "NaN"])
def test_an_unreadable_amount_is_refused(amount):
    """An amount with a fraction of a cent, a comma, a sign or an exponent: refused."""
    error = refused(document(entry(amount=amount)))
    assert error.code == "import_xml_broken"
    assert error.params["detail"] == f"Amt '{amount}'"


@settings(deadline=None, max_examples=50)
@given(st.binary())
def test_random_bytes_give_lines_or_a_refusal(data):
    """Whatever the bytes, the reader answers with lines or ImportRefused, nothing else."""
    with contextlib.suppress(ImportRefused):
        assert isinstance(camt053.read(data), list)


# ---------------------------------------------------------------------------- sniffing


def test_looks_like_knows_camt053_and_no_other_format():
    """True for the sample (and another version); False for MT940 and a bank CSV."""
    assert camt053.looks_like(sample())
    assert camt053.looks_like(sample().replace(b"camt.053.001.02", b"camt.053.001.13"))
    assert not camt053.looks_like((DATA / "mt940-2026.sta").read_bytes())
    assert not camt053.looks_like((DATA / "ing-2026.csv").read_bytes())
    assert not camt053.looks_like(b"")


# ---------------------------------------------------------------------------- entry forms


def test_entries_not_booked_are_left_out():
    """``PDNG`` (pending) and ``INFO`` entries are no money on the account yet."""
    lines = camt053.read(
        document(
            entry(status="<Sts>PDNG</Sts>", reference="<AcctSvcrRef>P</AcctSvcrRef>"),
            entry(status="<Sts><Cd>INFO</Cd></Sts>", reference="<AcctSvcrRef>I</AcctSvcrRef>"),
            entry(reference="<AcctSvcrRef>B</AcctSvcrRef>"),
        )
    )
    assert [line.bank_reference for line in lines] == ["B"]


def test_entry_reference_and_date_time_fall_back():
    """Without ``AcctSvcrRef`` the bank reference is ``NtryRef``; ``DtTm`` gives its date."""
    line = only(
        document(
            entry(
                booked="<BookgDt><DtTm>2026-01-06T23:59:59+01:00</DtTm></BookgDt>",
                reference="<NtryRef>N-77</NtryRef>",
            )
        )
    )
    assert (line.bank_reference, line.booking_date.isoformat()) == ("N-77", "2026-01-06")


def test_a_bank_reference_seen_twice_does_not_merge_two_lines():
    """Two entries with one ``AcctSvcrRef`` get keys from their own fields: both stay."""
    lines = camt053.read(document(entry(), entry()))
    assert len({line.key for line in lines}) == 2
    assert all("|ref|" not in line.key for line in lines)


def test_remittance_pieces_structured_reference_and_not_provided():
    """``Ustrd`` pieces join with one space; ``Strd/CdtrRefInf/Ref`` is the reference;
    ``NOTPROVIDED`` is no end-to-end id; a debit names the creditor."""
    details = (
        "<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId>"
        "<MndtId>M-1</MndtId></Refs><RltdPties>"
        "<Dbtr><Nm>Fietsenmakerij</Nm></Dbtr>"
        "<Cdtr><Nm>Belnet Telecom B.V.</Nm></Cdtr>"
        "<CdtrAcct><Id><IBAN>NL75ABNA0682602663</IBAN></Id></CdtrAcct></RltdPties>"
        "<RmtInf><Ustrd>Factuur 202601 </Ustrd><Ustrd> zakelijk  internet</Ustrd>"
        "<Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>"
        "</TxDtls></NtryDtls>"
    )
    line = only(document(entry(mark="DBIT", details=details)))
    assert (line.counterparty_name, line.counterparty_iban) == (
        "Belnet Telecom B.V.",
        "NL75ABNA0682602663",
    )
    assert line.remittance == "Factuur 202601 zakelijk internet"
    assert (line.reference, line.end_to_end_id, line.mandate_id) == ("RF18539007547034", "", "M-1")
