"""Tests for debiteur_desk.importers.invoice_table and invoice_rows: the sample invoice
export (CSV and .xlsx) against expected-2026.json, and the formats exports write."""

import contextlib
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.parties import has_legal_form
from debiteur_desk.importers.invoice_rows import (
    FIELDS,
    REQUIRED,
    guess_mapping,
    normalised,
    parse_cents,
    parse_day,
)
from debiteur_desk.importers.invoice_table import Table, invoices_from_table, read_table
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.text.messages import describe

DATA = Path(__file__).parents[2] / "data" / "invoices"
EXPECTED = json.loads(
    (Path(__file__).parents[2] / "data" / "statements" / "expected-2026.json").read_text("utf-8")
)
# The .xlsx holds "the same 60 invoices" (README.md); expected-2026.json names the CSV.
FROM_EXPORT = [row for row in EXPECTED["invoices"] if row["source"] == "invoices-export.csv"]
NEEDED = {
    "number", "invoice_date", "due_date", "client_name", "customer_no", "amount_incl", "vat",
    "amount_excl", "open", "payment_reference", "email",
}  # fmt: skip

HEADER = "Factuurnummer;Factuurdatum;Vervaldatum;Relatie;Bedrag incl. btw;Btw"


def sample(name):
    return (DATA / name).read_bytes()


def read(name):
    table = read_table(sample(name), Path(name).suffix)
    return table, list(invoices_from_table(table, guess_mapping(table.headers)))


def invoices_of(text, delimiter=";", encoding="utf-8"):
    table = read_table(text.replace(";", delimiter).encode(encoding), ".csv")
    return list(invoices_from_table(table, guess_mapping(table.headers)))


def rows_of(data, suffix):
    """The table's rows as (line, cells), read to the end."""
    return list(read_table(data, suffix).rows())


def lines_of(table):
    return [line for line, _ in table.rows()]


def refused(call, *args):
    with pytest.raises(ImportRefused) as caught:
        call(*args)
    return caught.value


def xlsx(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- the samples


@pytest.mark.parametrize("name", ["invoices-export.csv", "invoices-export.xlsx"])
def test_guessed_mapping_covers_every_needed_field(name):
    table = read_table(sample(name), Path(name).suffix)
    mapping = guess_mapping(table.headers)
    assert set(mapping.values()) >= NEEDED
    assert len(set(mapping.values())) == len(mapping)


def test_guessed_mapping_of_the_csv_headers():
    table, _ = read("invoices-export.csv")
    named = {table.headers[index]: field for index, field in guess_mapping(table.headers).items()}
    assert named == {
        "Factuurnummer": "number", "Factuurdatum": "invoice_date", "Vervaldatum": "due_date",
        "Relatie": "client_name", "Relatienummer": "customer_no", "KvK": "kvk",
        "Btw-nummer": "vat_id", "E-mail": "email", "Adres": "street", "Postcode": "postcode",
        "Plaats": "city", "Bedrag excl. btw": "amount_excl", "Btw": "vat",
        "Bedrag incl. btw": "amount_incl", "Openstaand": "open",
        "Betalingskenmerk": "payment_reference",
    }  # fmt: skip


@pytest.mark.parametrize("name", ["invoices-export.csv", "invoices-export.xlsx"])
def test_sample_gives_the_expected_invoices(name):
    _, invoices = read(name)
    assert [invoice.number for invoice in invoices] == [row["invoice"] for row in FROM_EXPORT]
    for invoice, row in zip(invoices, FROM_EXPORT, strict=True):
        number = row["invoice"]
        assert invoice.invoice_date.isoformat() == row["invoice_date"], number
        assert invoice.due_date.isoformat() == row["due_date"], number
        assert invoice.amount_cents == row["amount_incl_cents"], number
        assert invoice.vat_cents == round(float(row["vat"]) * 100), number
        assert invoice.open_cents == row["open_at_export_cents"], number
        assert invoice.payment_reference == (row["payment_reference"] or ""), number
        assert invoice.client.name == row["customer"], number
        assert invoice.client.customer_no == row["customer_no"], number
        assert not invoice.is_credit_note and invoice.credits_number is None
        if name.endswith(".csv"):  # a KvK or btw number: a business; none: the file is silent
            kind = "business" if row["customer_type"] == "business" else None
        else:  # the .xlsx has no KvK, btw or type column: only a legal form in the name
            kind = "business" if has_legal_form(row["customer"]) else None
            assert kind is None or row["customer_type"] == "business", number
        assert invoice.client.kind == kind, number


def test_open_at_export_comes_from_the_openstaand_column():
    for name in ("invoices-export.csv", "invoices-export.xlsx"):
        invoices = {invoice.number: invoice for invoice in read(name)[1]}
        assert invoices["2026-0018"].open_cents == 0  # paid in cash at the counter
        assert invoices["2026-0038"].open_cents == 200000  # 349,00 deposit
        assert invoices["2026-0038"].amount_cents == 234900
        assert sum(invoice.open_cents for invoice in invoices.values()) == sum(
            row["open_at_export_cents"] for row in FROM_EXPORT
        )


def test_csv_sample_details():
    table, invoices = read("invoices-export.csv")
    assert lines_of(table)[:2] == [2, 3] and len(lines_of(table)) == 60
    by_number = {invoice.number: invoice for invoice in invoices}
    assert by_number["2026-0006"].client.name == "Thijs van \u2019t Hof"  # cp1252 0x92
    assert by_number["2026-0009"].client.name == 'Eetcafé "De Ketting"'
    assert by_number["2026-0009"].source_line == 10
    bakkerij = by_number["2026-0002"].client
    assert (bakkerij.kvk, bakkerij.vat_id, bakkerij.email) == (
        "98285621", "NL388073362B94", "info@bakkerijvandijk.example"
    )  # fmt: skip
    assert (bakkerij.street, bakkerij.postcode, bakkerij.city) == (
        "Korenbloemstraat 22", "3701 GV", "Zeist"
    )  # fmt: skip
    assert by_number["2026-0015"].client.kind == "business"  # KvK, no btw number


def test_xlsx_sample_cells_become_canonical_text():
    table, invoices = read("invoices-export.xlsx")
    assert table.plain_numbers
    first = dict(zip(table.headers, table.first_rows(1)[0][1], strict=True))
    assert first["Invoice date"] == "2026-01-05"
    assert first["Customer no"] == "2002"
    assert first["Total incl. VAT"] == "142.5"
    assert table.first_rows(1)[0][0] == 2
    assert invoices[0].description == "Reparatie versnellingsnaaf"


def test_csv_and_xlsx_agree():
    csv_invoices, xlsx_invoices = read("invoices-export.csv")[1], read("invoices-export.xlsx")[1]
    for one, other in zip(csv_invoices, xlsx_invoices, strict=True):
        assert (one.number, one.invoice_date, one.due_date, one.amount_cents) == (
            other.number, other.invoice_date, other.due_date, other.amount_cents
        )  # fmt: skip
        assert (one.vat_cents, one.open_cents, one.payment_reference) == (
            other.vat_cents, other.open_cents, other.payment_reference
        )  # fmt: skip


# ---------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123456), ("1234,56", 123456), ("1234.56", 123456), ("€ 1.234,56", 123456),
        ("EUR 12", 1200), ("-12,50", -1250), ("(12,50)", -1250), ("12,50-", -1250),
        ("0,00", 0), ("1.234", 123400), ("1,234.56", 123456), ("1.234.567,8", 123456780),
        ("\u00a01\u00a0234,56 ", 123456), ("€-7,5", -750),
    ],
)  # fmt: skip
def test_dutch_amounts_are_exact_cents(text, cents):
    assert parse_cents(text) == cents


@pytest.mark.parametrize(
    "text",
    ["", "abc", "12,345", "1.23.4", "(-12,50)", "12,5,0", "--5", "1e3", "12.345,678", "1" * 30],
)
def test_amounts_that_are_none_or_finer_than_a_cent_are_refused(text):
    with pytest.raises(ValueError):
        parse_cents(text)


def test_plain_numbers_from_a_spreadsheet_are_never_read_the_dutch_way():
    assert parse_cents("1234.5", plain=True) == 123450
    assert parse_cents("-0.07", plain=True) == -7
    with pytest.raises(ValueError):
        parse_cents("1.234", plain=True)  # 1,234 euro: not whole cents, not 1234


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("22-11-2026", date(2026, 11, 22)), ("22/11/2026", date(2026, 11, 22)),
        ("2026-11-22", date(2026, 11, 22)), ("22.11.2026", date(2026, 11, 22)),
        ("1-2-2026", date(2026, 2, 1)), ("46348", date(2026, 11, 22)),
        ("46348.75", date(2026, 11, 22)), ("2026-11-22 00:00:00", date(2026, 11, 22)),
        ("22-11-2026 14:30", date(2026, 11, 22)), ("45658", date(2025, 1, 1)),
    ],
)  # fmt: skip
def test_dates_as_exports_write_them(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize(
    "text", ["31-02-2026", "22-11-26", "11/22/2026", "2026-13-01", "123", "gisteren", "20261122"]
)
def test_impossible_or_ambiguous_dates_are_refused(text):
    with pytest.raises(ValueError):
        parse_day(text)


def test_a_bad_date_is_refused_with_its_line_column_and_text():
    text = "\r\n".join(
        [
            HEADER,
            "2026-0101;02-02-2026;;Pieter Bakker;10,00;",
            "2026-0102;31-02-2026;;Pieter Bakker;10,00;",
        ]
    )
    error = refused(invoices_of, text)
    assert error.code == "import_csv_value"
    assert error.params == {"line": 3, "field": "Factuurdatum", "value": "31-02-2026"}


def test_a_bad_amount_is_refused_with_its_line():
    text = f"{HEADER}\n\n2026-0101;02-02-2026;;Pieter Bakker;tien euro;\n"
    error = refused(invoices_of, text)
    assert error.params == {"line": 3, "field": "Bedrag incl. btw", "value": "tien euro"}


def test_an_empty_required_cell_is_refused():
    error = refused(invoices_of, f"{HEADER}\n2026-0101;02-02-2026;;;10,00;\n")
    assert (error.code, error.params) == ("import_field_missing", {"line": 2, "field": "Relatie"})


def test_excel_serial_dates_in_a_number_cell_and_float_artefacts():
    data = xlsx(
        [
            [],
            ["Factuurnr", "Datum", "Klant", "Totaal", "Soort"],
            ["2026-0201", 46348, "Pieter Bakker", 142.49999999999997, "particulier"],
            ["2026-0202", datetime(2026, 11, 23, 9, 30), "Hendriks B.V.", 1000, "Zakelijk"],
        ]
    )
    table = read_table(data, ".xlsx")
    assert lines_of(table) == [3, 4]
    first, second = invoices_from_table(table, guess_mapping(table.headers))
    assert (first.invoice_date, first.amount_cents, first.source_line) == (
        date(2026, 11, 22), 14250, 3
    )  # fmt: skip
    assert first.due_date is None and first.vat_cents is None and first.open_cents is None
    assert (first.client.kind, second.client.kind) == ("consumer", "business")
    assert second.invoice_date == date(2026, 11, 23)


def test_an_amount_finer_than_a_cent_in_a_spreadsheet_is_refused():
    data = xlsx([["Factuurnr", "Datum", "Klant", "Totaal"], ["1", 46348, "A", 1.234]])
    table = read_table(data, ".xlsx")
    error = refused(lambda: list(invoices_from_table(table, guess_mapping(table.headers))))
    assert error.params == {"line": 2, "field": "Totaal", "value": "1.234"}


# ---------------------------------------------------------------------------- CSV shapes


ROWS = [
    "Factuurnummer;Factuurdatum;Relatie;Bedrag incl. btw;Btw",
    "2026-0101;05-01-2026;Zoë de Vries;1.512,50;262,50",
    '2026-0102;06-01-2026;"Van Dijk; Zn.";€ 89,50;15,53',
]
SEPARATED = {
    ";": "Nr;Datum;Klant;Totaal;Btw\n1;05-01-2026;Bakker, P.;1.512,50;262,50\n",
    ",": 'Nr,Datum,Klant,Totaal,Btw\n1,05-01-2026,"Bakker, P.","1.512,50","262,50"\n',
    "\t": "Nr\tDatum\tKlant\tTotaal\tBtw\n1\t05-01-2026\tBakker, P.\t1.512,50\t262,50\n",
}


@pytest.mark.parametrize("delimiter", SEPARATED)
def test_semicolon_comma_and_tab_separators(delimiter):
    table = read_table(SEPARATED[delimiter].encode(), ".csv")
    assert table.headers == ["Nr", "Datum", "Klant", "Totaal", "Btw"]
    (invoice,) = invoices_from_table(table, guess_mapping(table.headers))
    assert (invoice.amount_cents, invoice.vat_cents) == (151250, 26250)
    assert invoice.client.name == "Bakker, P."


def test_comma_separated_with_english_amounts():
    text = "Invoice no,Date,Customer,Total\n1,2026-01-05,A,1512.50\n2,2026-01-06,B,7\n"
    invoices = invoices_of(text, delimiter=",")
    assert [invoice.amount_cents for invoice in invoices] == [151250, 700]


def test_quoted_separator_inside_a_cell():
    invoices = invoices_of("\n".join(ROWS))
    assert invoices[1].client.name == "Van Dijk; Zn."
    assert invoices[1].amount_cents == 8950


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")]
)
def test_utf8_with_and_without_bom_and_windows_1252(encoding, bom):
    text = "\r\n".join(
        [HEADER, "2026-0101;05-01-2026;;Thijs van \u2019t Hof – Zoë Çelik;€ 1.234,56;€ 214,26"]
    )
    table = read_table(bom + text.encode(encoding), ".csv")
    assert table.headers[0] == "Factuurnummer"
    invoice = next(invoices_from_table(table, guess_mapping(table.headers)))
    assert invoice.client.name == "Thijs van \u2019t Hof – Zoë Çelik"
    assert invoice.amount_cents == 123456


def test_wrong_column_count_is_refused_with_its_line():
    text = "\r\n".join([HEADER, "2026-0101;05-01-2026;;A;10,00;", "2026-0102;05-01-2026;A;10,00"])
    error = refused(rows_of, text.encode(), ".csv")
    assert error.code == "import_csv_columns"
    assert error.params == {"line": 3, "expected": 6, "found": 4}


def test_a_separator_at_the_end_of_the_lines_and_excel_sep_line():
    text = "sep=;\r\nNummer;Datum;Naam;Bedrag;\r\n7;01-02-2026;A;5,00;\r\n8;01-02-2026;B;6,00\r\n"
    table = read_table(text.encode(), ".csv")
    assert table.headers == ["Nummer", "Datum", "Naam", "Bedrag"]
    assert lines_of(table) == [3, 4]
    assert [invoice.amount_cents for invoice in invoices_from_table(table, {0: "number",
            1: "invoice_date", 2: "client_name", 3: "amount_incl"})] == [500, 600]  # fmt: skip


def test_rows_are_read_from_the_file_as_they_are_asked_for(tmp_path):
    """Issue 12, memory flat in the file size: the header and the first rows come without
    reading the rest (a bad row further down is only met when the rows get there), and
    every read starts again at the file's first row."""
    path = tmp_path / "export.csv"
    good = [f"{n};05-01-2026;;Klant {n};10,00;" for n in range(1, 3001)]
    path.write_text("\r\n".join([HEADER, *good, "9999;05-01-2026;kapot"]), encoding="utf-8")
    table = read_table(path, ".csv")
    assert table.first_rows(2) == [
        (2, ["1", "05-01-2026", "", "Klant 1", "10,00", ""]),
        (3, ["2", "05-01-2026", "", "Klant 2", "10,00", ""]),
    ]
    invoices = invoices_from_table(table, guess_mapping(table.headers))
    assert [next(invoices).number for _ in range(3)] == ["1", "2", "3"]
    assert table.lines == 3002
    error = refused(lambda: list(invoices))
    assert error.params == {"line": 3002, "expected": 6, "found": 3}
    assert next(table.rows())[0] == 2


def test_a_quoted_newline_keeps_the_line_numbers():
    text = f'{HEADER}\n1;01-02-2026;;"Naam\nmet regel";5,00;\n2;30-02-2026;;B;5,00;\n'
    assert refused(invoices_of, text).params["line"] == 4


def test_empty_file_and_header_only():
    assert refused(read_table, b" \r\n", ".csv").code == "import_empty"
    table = read_table(HEADER.encode(), ".csv")
    assert (lines_of(table), list(invoices_from_table(table, guess_mapping(table.headers)))) == (
        [],
        [],
    )


# ---------------------------------------------------------------------------- mapping


def test_missing_required_mapping_is_refused():
    table = Table.of(["Nummer", "Datum", "Iets"], [["1", "01-02-2026", "x"]], [2])
    error = refused(invoices_from_table, table, {0: "number", 1: "invoice_date"})
    assert error.code == "import_mapping_incomplete"
    assert list(error.params["missing"]) == ["client_name", "amount_incl"]
    assert describe(error, "nl") == "Kies nog een kolom voor: relatie, bedrag incl. btw."
    assert describe(error, "en") == "Choose a column for: client, amount incl. VAT."


def test_amount_incl_from_excl_plus_vat_and_vat_from_incl_minus_excl():
    table = Table.of(["Nr", "Datum", "Naam", "Excl", "Btw", "Incl"],
                  [["1", "2026-02-01", "A", "100,00", "21,00", ""]], [2])  # fmt: skip
    [invoice] = invoices_from_table(
        table, {0: "number", 1: "invoice_date", 2: "client_name", 3: "amount_excl", 4: "vat"}
    )
    assert (invoice.amount_cents, invoice.vat_cents) == (12100, 2100)
    table = Table.of(["Nr", "Datum", "Naam", "Excl", "Incl"],
                  [["1", "2026-02-01", "A", "100,00", "121,00"]], [2])  # fmt: skip
    [invoice] = invoices_from_table(table, guess_mapping(["nr", "datum", "naam", "excl", "incl"]))
    assert (invoice.amount_cents, invoice.vat_cents) == (12100, 2100)


def test_a_negative_amount_is_a_credit_note_with_positive_amounts():
    text = (
        "Factuurnummer;Factuurdatum;Relatie;Bedrag incl. btw;Btw;Openstaand\n"
        "C-1;01-03-2026;A;-121,00;(21,00);-121,00\n"
    )
    credit = invoices_of(text)[0]
    assert credit.is_credit_note
    assert (credit.amount_cents, credit.vat_cents, credit.open_cents) == (12100, 2100, 12100)


def test_client_type_column_and_an_unknown_word():
    header = "Nr;Datum;Naam;Bedrag;Klanttype"
    invoices = invoices_of(f"{header}\n1;01-02-2026;A;5;Consument\n2;01-02-2026;B;5;bedrijf\n")
    assert [invoice.client.kind for invoice in invoices] == ["consumer", "business"]
    error = refused(invoices_of, f"{header}\n1;01-02-2026;A;5;vereniging\n")
    assert error.params == {"line": 2, "field": "Klanttype", "value": "vereniging"}


def test_a_mapping_no_user_could_choose_is_a_programming_error():
    table = Table.of(["Nr"], [], [])
    for mapping in ({0: "colour"}, {3: "number"}):
        with pytest.raises(ValueError):
            invoices_from_table(table, mapping)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Factuurnr.", "number"), ("FACTUURNUMMER", "number"), ("Invoice number", "number"),
        ("Bedrag inclusief BTW (EUR)", "amount_incl"), ("Amount incl. VAT", "amount_incl"),
        ("Bedrag excl", "amount_excl"), ("BTW-nummer", "vat_id"), ("Btw id", "vat_id"),
        ("KvK-nummer", "kvk"), ("Chamber of Commerce", "kvk"), ("e-mail", "email"),
        ("Email", "email"), ("Woonplaats", "city"), ("Zip", "postcode"), ("Saldo", "open"),
        ("Kenmerk", "payment_reference"), ("Debiteurnummer", "customer_no"),
        ("Klantnaam", "client_name"), ("Vervaldag", "due_date"), ("Straat", "street"),
        ("Land", "country"), ("Soort", "client_type"), ("IBAN", "iban"), ("Datum", "invoice_date"),
    ],
)  # fmt: skip
def test_header_synonyms(header, field):
    assert guess_mapping(["?", header]) == {1: field}


def test_each_field_is_used_once_and_unknown_columns_are_ignored():
    assert guess_mapping(["Bedrag", "Totaal", "Notities", "Klant", "Debiteur"]) == {
        0: "amount_incl",
        3: "client_name",
    }


def test_no_synonym_names_two_fields_and_every_required_field_has_synonyms():
    seen: dict[str, str] = {}
    for field, synonyms in FIELDS.items():
        for synonym in synonyms:
            assert seen.setdefault(normalised(synonym), field) == field, synonym
    assert set(REQUIRED) <= set(FIELDS)


# ---------------------------------------------------------------------------- broken files


def test_a_file_that_is_not_a_real_xlsx_is_refused():
    assert refused(read_table, b"not a workbook", ".xlsx").code == "import_xlsx_broken"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert refused(read_table, buffer.getvalue(), ".csv").code == "import_xlsx_broken"
    truncated = sample("invoices-export.xlsx")[:3000]
    assert refused(read_table, truncated, ".xlsx").code == "import_xlsx_broken"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_table_or_a_refusal(data):
    try:
        table = read_table(data, ".csv")
    except ImportRefused:
        return
    with contextlib.suppress(ImportRefused):
        list(invoices_from_table(table, guess_mapping(table.headers)))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list('0123456789;,.-"\r\n €()/abcëé\t')), max_size=300))
def test_random_csv_like_text_gives_invoices_or_a_refusal(chars):
    data = (HEADER + "\n" + "".join(chars)).encode()
    try:
        table = read_table(data, ".csv")
        list(invoices_from_table(table, guess_mapping(table.headers)))
    except ImportRefused:
        pass
