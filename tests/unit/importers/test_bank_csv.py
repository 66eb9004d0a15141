"""Tests for debiteur_desk.importers.bank_csv: the six bank CSV layouts read from the
synthetic 2026 sample set and compared with expected-2026.json, line by line."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.importers import bank_csv
from debiteur_desk.importers.statement import ImportRefused

DATA = Path(__file__).parents[2] / "data" / "statements"
EXPECTED = json.loads((DATA / "expected-2026.json").read_text(encoding="utf-8"))
TRANSACTIONS = {t["id"]: t for t in EXPECTED["transactions"]}

# What each flat format carries besides dates, amount, counterparty IBAN and name and the
# remittance of SEPA lines (every format has those). None has a BIC, ultimate debtor or
# creditor id field on StatementLine; bunq and Knab show no end-to-end id or kenmerk.
CARRIES = {
    "ing-2026.csv": {"kenmerk", "mandate", "reversal"},
    "ing-2026-old.csv": {"kenmerk", "mandate", "reversal"},
    "rabobank-2026.csv": {"reference", "end_to_end", "mandate", "reversal"},
    "abnamro-2026.TAB": {"reference", "end_to_end", "mandate", "reversal"},
    "knab-2026.csv": {"mandate"},
    "bunq-2026.csv": set(),
}
LAYOUTS = {
    "ing-2026.csv": "ing",
    "ing-2026-old.csv": "ing_old",
    "rabobank-2026.csv": "rabobank",
    "abnamro-2026.TAB": "abnamro_tab",
    "knab-2026.csv": "knab",
    "bunq-2026.csv": "bunq",
}


def sample(name):
    return (DATA / name).read_bytes()


def refused(data):
    with pytest.raises(ImportRefused) as caught:
        bank_csv.read(data)
    return caught.value


def check_line(line, expected, carries):
    """One read line against its expected transaction, on what the format carries."""
    assert line.amount_cents == expected["amount_cents"], expected["id"]
    assert line.booking_date.isoformat() == expected["booking_date"], expected["id"]
    assert line.value_date.isoformat() == expected["value_date"], expected["id"]
    assert line.counterparty_iban == (expected["counterparty_iban"] or ""), expected["id"]
    if expected["counterparty_iban"]:  # a SEPA line: name and remittance as the payer gave
        assert line.counterparty_name == expected["counterparty_name"], expected["id"]
        assert line.remittance == (expected["remittance"] or ""), expected["id"]
    elif expected["counterparty_name"]:  # card payment or fee; ING adds city and country
        assert line.counterparty_name.startswith(expected["counterparty_name"]), expected["id"]
    reference, end_to_end = expected["reference"] or "", expected["end_to_end_id"] or ""
    if "kenmerk" in carries:  # ING: Kenmerk is the reference when there is one, else the id
        assert (line.reference, line.end_to_end_id) == (
            (reference, "") if reference else ("", end_to_end)
        ), expected["id"]
    if "reference" in carries:
        assert line.reference == reference, expected["id"]
    if "end_to_end" in carries:
        assert line.end_to_end_id == end_to_end, expected["id"]
    if "mandate" in carries:
        assert line.mandate_id == (expected["mandate_id"] or ""), expected["id"]
    if "reversal" in carries:
        assert line.return_reason == expected.get("return_reason", ""), expected["id"]
    assert line.reversal == bool(expected.get("reverses")), expected["id"]


@pytest.mark.parametrize("name", sorted(CARRIES))
def test_sample_matches_expected_in_file_order(name):
    """Every line of each sample equals its expected transaction, in the file's order
    (newest first for ING and bunq), on the fields that format carries; the account is
    the file's (ABN AMRO's plain 499315081 becomes NL68ABNA0499315081) and no two lines
    share a key."""
    lines = bank_csv.read(sample(name))
    files = EXPECTED["files"][name]
    assert len(lines) == len(files["order"]) == files["rows"]
    for line, transaction_id in zip(lines, files["order"], strict=True):
        check_line(line, TRANSACTIONS[transaction_id], CARRIES[name])
        assert line.account_iban == files["account"]
    assert len({line.key for line in lines}) == len(lines)


@pytest.mark.parametrize(("name", "layout"), sorted(LAYOUTS.items()))
def test_layout_recognised_from_content(name, layout):
    """The layout comes from the header row (ABN AMRO: the shape of its first line), not
    the file name: only the bytes are passed."""
    data = sample(name)
    assert bank_csv.looks_like(data)
    assert bank_csv.detect_layout(bank_csv.decode(data)) == layout


@pytest.mark.parametrize("name", ["camt053-2026.xml", "mt940-2026.sta"])
def test_other_statement_formats_are_not_csv(name):
    """camt.053 and MT940 files are left to their own readers."""
    assert not bank_csv.looks_like(sample(name))


def test_unknown_columns_are_refused():
    """A CSV whose header belongs to no known bank: import_csv_unknown."""
    data = b'"Datum";"Bedrag";"Omschrijving"\r\n"20260101";"1,00";"x"\r\n'
    assert not bank_csv.looks_like(data)
    assert refused(data).code == "import_csv_unknown"
    with pytest.raises(ImportRefused):
        bank_csv.detect_layout(data.decode())


def test_header_found_whatever_the_separator():
    """The current ING header written with commas is still the current ING layout."""
    text = sample("ing-2026.csv").decode("utf-8").replace('";"', '","')
    assert bank_csv.detect_layout(text) == "ing"
    assert len(bank_csv.read(text.encode("utf-8"))) == 152


def test_bunq_identical_rows_stay_two_payments():
    """bunq's two byte-identical 3,40 rows (T133, T132) are two lines with different keys,
    and reading the file again gives the same keys."""
    first = bank_csv.read(sample("bunq-2026.csv"))
    twins = [line for line in first if line.amount_cents == -340]
    assert len(twins) == 2
    assert twins[0].key != twins[1].key
    assert [line.key for line in bank_csv.read(sample("bunq-2026.csv"))] == [
        line.key for line in first
    ]


def test_reversal_read_in_every_format_that_shows_it():
    """The reversed direct debit of 2026-08-20 (T105, MD06): ING's "Terugboeking incasso,
    reden: MD06", Rabobank's "Reden retour" and ABN AMRO's /RTRN/; it keeps the end-to-end
    id of the collection it reverses (ING shows that id as its Kenmerk)."""
    for name in ("ing-2026.csv", "rabobank-2026.csv", "abnamro-2026.TAB"):
        reversals = [line for line in bank_csv.read(sample(name)) if line.reversal]
        assert [(r.return_reason, r.amount_cents) for r in reversals] == [("MD06", -151250)]
        assert reversals[0].end_to_end_id == "SPAAK-2026-0037"
        assert reversals[0].remittance == "Onderhoudscontract Q3 2026 factuur 2026-0037"


def test_wrong_column_count_names_the_line():
    """Line 5 of the ING file with one field missing: import_csv_columns, line 5, 11
    expected, 10 found; nothing of the file is returned."""
    rows = sample("ing-2026.csv").split(b"\r\n")
    rows[4] = rows[4].rsplit(b";", 1)[0]
    error = refused(b"\r\n".join(rows))
    assert error.code == "import_csv_columns"
    assert error.params == {"line": 5, "expected": 11, "found": 10}


def test_impossible_date_is_refused_by_name():
    """31-02-2026 on Knab's first data row (line 3, after banner and header):
    import_csv_value naming the column and the value."""
    rows = sample("knab-2026.csv").split(b"\r\n")
    rows[2] = rows[2].replace(b'"01-10-2026"', b'"31-02-2026"', 1)
    error = refused(b"\r\n".join(rows))
    assert error.code == "import_csv_value"
    assert error.params == {"line": 3, "field": "Transactiedatum", "value": "31-02-2026"}


def test_bad_amount_in_last_row_refuses_the_whole_file():
    """All or nothing: an amount that does not parse on the last bunq row refuses the file."""
    rows = sample("bunq-2026.csv").split(b"\n")
    rows[12] = rows[12].replace(b'"-1.650,00"', b'"-1.65,00"')
    error = refused(b"\n".join(rows))
    assert error.code == "import_csv_value"
    assert error.params == {"line": 13, "field": "Amount", "value": "-1.65,00"}


def test_amounts_are_exact_cents():
    """Thousands dot and decimal comma to whole cents without float: 1.515,79 -> 151579."""
    amounts = [line.amount_cents for line in bank_csv.read(sample("bunq-2026.csv"))]
    assert amounts[:2] == [-178072, 151579]


def test_windows_1252_text_comes_out_right():
    """The Rabobank sample re-encoded as Windows-1252 with a euro sign added: Coöperatie,
    Ødegård and € read back (charset-normalizer's first guess, cp1250, would not)."""
    text = sample("rabobank-2026.csv").decode("latin-1")
    text = text.replace('"Factuur 2026-0002"', '"Factuur 2026-0002 € 590,00"')
    lines = bank_csv.read(text.encode("cp1252"))
    names = {line.counterparty_name for line in lines}
    assert {"Coöperatie Buurtwerk Lombok U.A.", "Fysiotherapie Ødegård"} <= names
    assert "Factuur 2026-0002 € 590,00" in {line.remittance for line in lines}


def test_utf8_bom_and_utf16_read_like_utf8():
    """A UTF-8 file with BOM, and the same saved as UTF-16 ("Unicode text"), read the same."""
    plain = bank_csv.read(sample("ing-2026.csv"))
    text = sample("ing-2026.csv").decode("utf-8")
    assert bank_csv.read(b"\xef\xbb\xbf" + text.encode("utf-8")) == plain
    assert bank_csv.read(text.encode("utf-16")) == plain


@settings(deadline=None, max_examples=50)
@given(st.binary())
def test_random_bytes_are_refused_or_read(data):
    """Whatever the bytes: a list of lines or ImportRefused, never another error."""
    try:
        result = bank_csv.read(data)
    except ImportRefused:
        return
    assert isinstance(result, list)


@settings(deadline=None, max_examples=50)
@given(st.text())
def test_random_rows_under_a_known_header_are_refused_or_read(rows):
    """A real bunq header over random text: a list of lines or ImportRefused."""
    header = sample("bunq-2026.csv").split(b"\n")[0].decode("utf-8")
    try:
        result = bank_csv.read(f"{header}\n{rows}".encode())
    except ImportRefused:
        return
    assert isinstance(result, list)
