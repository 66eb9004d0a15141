"""Tests for debiteur_desk.importers.ubl: the sample UBL invoices and credit note against
expected-2026.json, and the XML that must be refused."""

import contextlib
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.importers import ubl
from debiteur_desk.importers.statement import ImportRefused

DATA = Path(__file__).parents[2] / "data" / "invoices"
EXPECTED = json.loads(
    (Path(__file__).parents[2] / "data" / "statements" / "expected-2026.json").read_text("utf-8")
)
FROM_UBL = [row for row in EXPECTED["invoices"] if row["source"].startswith("ubl/")]
CREDIT_NOTE = EXPECTED["credit_notes"][0]
INVOICE = (DATA / "ubl" / "invoice-2026-0062.xml").read_bytes()


def refused(data):
    with pytest.raises(ImportRefused) as caught:
        ubl.read_ubl(data)
    return caught.value


def changed(old, new, data=INVOICE):
    assert old.encode() in data
    return data.replace(old.encode(), new.encode(), 1)


# ---------------------------------------------------------------------------- the samples


@pytest.mark.parametrize("row", FROM_UBL, ids=lambda row: row["invoice"])
def test_each_sample_invoice_gives_its_expected_row(row):
    data = (DATA / row["source"]).read_bytes()
    assert ubl.looks_like(data)
    invoice = ubl.read_ubl(data)
    assert invoice.number == row["invoice"]
    assert invoice.invoice_date.isoformat() == row["invoice_date"]
    assert invoice.due_date.isoformat() == row["due_date"]
    assert invoice.amount_cents == row["amount_incl_cents"]
    assert invoice.vat_cents == round(float(row["vat"]) * 100)
    assert invoice.open_cents in (None, row["open_at_export_cents"])  # None: all of it
    assert invoice.payment_reference == row["payment_reference"]
    assert invoice.client.name == row["customer"]
    assert invoice.client.kind == row["customer_type"]  # each has a KvK number
    assert not invoice.is_credit_note and invoice.credits_number is None


def test_the_sample_credit_note_credits_2026_0062():
    data = (DATA / CREDIT_NOTE["file"]).read_bytes()
    assert ubl.looks_like(data)
    credit = ubl.read_ubl(data)
    assert credit.is_credit_note
    assert credit.number == CREDIT_NOTE["id"] == "C2026-0001"
    assert credit.credits_number == CREDIT_NOTE["credits_invoice"] == "2026-0062"
    assert credit.amount_cents == CREDIT_NOTE["amount_incl_cents"] == 66429
    assert credit.vat_cents == 11529
    assert credit.invoice_date == date(2026, 11, 12)
    assert credit.due_date == date(2026, 12, 12)  # PaymentMeans/PaymentDueDate (Peppol)
    assert credit.client.name == "Thuiszorg Aan Huis B.V."


def test_customer_details_of_a_sample():
    client = ubl.read_ubl((DATA / "ubl" / "invoice-2026-0061.xml").read_bytes()).client
    assert client.name == "Architectenbureau Van Leeuwen & Partners B.V."
    assert (client.kvk, client.vat_id) == ("74972000", "NL377279869B01")
    assert (client.street, client.postcode, client.city, client.country) == (
        "Wielewaal 44", "3581 BN", "Utrecht", "NL"
    )  # fmt: skip
    assert client.email == "facturen@vanleeuwenpartners.example"
    assert client.contact_person == "Sophie van Leeuwen"
    assert client.customer_no == ""  # UBL carries no customer number of ours here
    stichting = ubl.read_ubl((DATA / "ubl" / "invoice-2026-0063.xml").read_bytes()).client
    assert (stichting.kvk, stichting.vat_id) == ("68547217", "")


def test_looks_like_says_no_to_other_files():
    assert not ubl.looks_like((DATA / "invoices-export.csv").read_bytes())
    assert not ubl.looks_like(b"<?xml version='1.0'?><Document xmlns='urn:iso:camt.053'/>")
    assert not ubl.looks_like(b"")


# ---------------------------------------------------------------------------- variants


def test_due_date_from_payment_terms_or_none():
    without = changed("  <cbc:DueDate>2026-12-05</cbc:DueDate>\n", "")
    assert ubl.read_ubl(without).due_date is None
    terms = changed("<cac:PaymentTerms>", "<cac:PaymentTerms><cbc:PaymentDueDate>2026-12-24"
                    "</cbc:PaymentDueDate>", without)  # fmt: skip
    assert ubl.read_ubl(terms).due_date == date(2026, 12, 24)


def test_a_prepaid_amount_leaves_the_payable_amount_open():
    data = changed(
        '<cbc:PayableAmount currencyID="EUR">1257.19</cbc:PayableAmount>',
        '<cbc:PrepaidAmount currencyID="EUR">257.19</cbc:PrepaidAmount>'
        '<cbc:PayableAmount currencyID="EUR">1000.00</cbc:PayableAmount>',
    )
    invoice = ubl.read_ubl(data)
    assert (invoice.amount_cents, invoice.open_cents) == (125719, 100000)


def test_an_invoice_with_type_381_or_a_negative_total_is_a_credit_note():
    typed = ubl.read_ubl(changed(">380<", ">381<"))
    assert typed.is_credit_note and typed.amount_cents == 125719
    negative = ubl.read_ubl(
        changed(">1257.19</cbc:PayableAmount>", ">-1257.19</cbc:PayableAmount>")
    )
    assert negative.is_credit_note and negative.amount_cents == 125719


def test_name_from_the_legal_entity_when_there_is_no_party_name():
    data = changed("<cbc:Name>Thuiszorg Aan Huis B.V.</cbc:Name>", "")
    assert ubl.read_ubl(data).client.name == "Thuiszorg Aan Huis B.V."


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        (">1257.19</cbc:PayableAmount>", ">1257.191</cbc:PayableAmount>",
         "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        (">1257.19</cbc:PayableAmount>", ">twaalf</cbc:PayableAmount>",
         "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        (">1257.19</cbc:PayableAmount>", f">{'9' * 40}</cbc:PayableAmount>",
         "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        ('<cbc:TaxAmount currencyID="EUR">218.19', '<cbc:TaxAmount currencyID="EUR">NaN',
         "cac:TaxTotal/cbc:TaxAmount"),
        ("<cbc:DocumentCurrencyCode>EUR", "<cbc:DocumentCurrencyCode>USD",
         "cbc:DocumentCurrencyCode"),
        ("<cbc:IssueDate>2026-11-05", "<cbc:IssueDate>2026-02-31", "cbc:IssueDate"),
        ("<cbc:DueDate>2026-12-05", "<cbc:DueDate>05-12-2026", "cbc:DueDate"),
    ],
)  # fmt: skip
def test_bad_values_are_refused_with_their_line(old, new, field):
    error = refused(changed(old, new))
    assert error.code == "import_csv_value"
    assert error.params["field"] == field and error.params["line"] > 1


@pytest.mark.parametrize(
    ("old", "field"),
    [
        ("<cbc:ID>2026-0062</cbc:ID>", "cbc:ID"),
        ('<cbc:PayableAmount currencyID="EUR">1257.19</cbc:PayableAmount>',
         "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        ("<cbc:IssueDate>2026-11-05</cbc:IssueDate>", "cbc:IssueDate"),
    ],
)  # fmt: skip
def test_a_missing_field_is_refused(old, field):
    error = refused(changed(old, ""))
    assert (error.code, error.params["field"]) == ("import_field_missing", field)


# ---------------------------------------------------------------------------- hostile XML

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&d;</Invoice>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>&secret;</cbc:ID>
</Invoice>
"""


def test_entity_bomb_is_refused():
    assert refused(BOMB).code == "import_xml_unsafe"


def test_external_entity_is_refused():
    assert refused(EXTERNAL).code == "import_xml_unsafe"
    remote = EXTERNAL.replace(b"file:///etc/passwd", b"http://example.invalid/x")
    assert refused(remote).code == "import_xml_unsafe"


def test_a_doctype_hidden_in_utf16_is_refused_too():
    data = EXTERNAL.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    assert refused(data.encode("utf-16")).code == "import_xml_unsafe"


def test_truncated_ubl_is_refused_with_its_line():
    error = refused(INVOICE[: len(INVOICE) // 2])
    assert error.code == "import_xml_broken"
    assert error.params["line"] > 1 and error.params["detail"]


def test_other_xml_and_empty_files_are_refused():
    assert refused(b"<Document xmlns='urn:iso:std:iso:20022'/>").code == "import_not_ubl"
    assert refused(b"<Invoice/>").code == "import_not_ubl"  # no UBL namespace
    assert refused(b"  \n").code == "import_empty"
    assert refused(b"factuur 2026-0062").code == "import_xml_broken"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_row_or_a_refusal(data):
    with contextlib.suppress(ImportRefused):
        ubl.read_ubl(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(INVOICE)), st.integers(0, len(INVOICE)), st.binary(max_size=20))
def test_damaged_samples_give_a_row_or_a_refusal(start, end, junk):
    with contextlib.suppress(ImportRefused):
        ubl.read_ubl(INVOICE[:start] + junk + INVOICE[end:])
