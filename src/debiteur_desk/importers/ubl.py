"""A UBL 2.1 e-invoice or credit note (SI-UBL 2.0 / NLCIUS, Peppol BIS 3.0) as an invoice row.

Why this module: accounting packages and Peppol access points hand out sales invoices as
UBL XML; one file is one document. What the collection work needs is the header: number,
dates, the total to be paid, the VAT, the payment reference and the customer. Lines are
not read (only their item names, as a description when the document has no note).

- Hostile XML is refused before it is parsed: a DOCTYPE or ENTITY declaration (an entity
  bomb, an external entity reading local files) never belongs in an e-invoice. The parser
  itself resolves no entities, loads no DTD, uses no network and keeps its size limits.
- Amounts are exact decimals; a figure finer than a cent, or a currency other than the
  euro, refuses the document instead of being rounded or converted.
- The amount is what the customer owes before prepayments (``PayableAmount`` plus
  ``PrepaidAmount``); with a prepayment the open amount is ``PayableAmount``.
- A credit note (``CreditNote``, or an ``Invoice`` with type code 381) comes back with a
  positive amount and ``is_credit_note``; ``BillingReference`` names the credited invoice.
- Due date: ``cbc:DueDate``; a CreditNote has none in UBL 2.1, so Peppol puts it in
  ``PaymentMeans/PaymentDueDate`` (also read from ``PaymentTerms``). None: the caller
  applies the client's payment term.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree
from lxml.etree import _Element

from debiteur_desk.importers.invoice_rows import (
    ImportedClient,
    ImportedInvoice,
    client_kind,
    exact_cents,
)
from debiteur_desk.importers.statement import ImportRefused

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
_ROOTS = {f"{{{INVOICE_NS}}}Invoice": False, f"{{{CREDIT_NOTE_NS}}}CreditNote": True}
_UNSAFE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$")
_KVK_SCHEMES = ("0106", "NL:KVK")
_CREDIT_TYPE_CODES = ("381", "396", "81", "83", "532")  # UNCL 1001 credit note codes
_CUSTOMER = "cac:AccountingCustomerParty/cac:Party"


def looks_like(data: bytes) -> bool:
    """True when the bytes start as a UBL Invoice or CreditNote (a cheap look, no parse)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and (
        INVOICE_NS.encode() in head or CREDIT_NOTE_NS.encode() in head
    )


def _parse(data: bytes) -> _Element:
    if not data.strip():
        raise ImportRefused("import_empty")
    if _UNSAFE.search(data):
        raise ImportRefused("import_xml_unsafe")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line = error.position[0] if error.position else 0
        detail = error.msg or str(error)
        raise ImportRefused("import_xml_broken", line=line, detail=detail) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:  # e.g. in UTF-16
        raise ImportRefused("import_xml_unsafe")
    return root


# ---------------------------------------------------------------------------- values


def _find(element: _Element, path: str) -> _Element | None:
    found = element.find(path, NS)
    return found if found is not None and (found.text or "").strip() else None


def _text(element: _Element, path: str) -> str:
    found = _find(element, path)
    return "" if found is None else " ".join((found.text or "").split())


def _required(element: _Element, path: str) -> _Element:
    found = _find(element, path)
    if found is None:
        raise ImportRefused("import_field_missing", line=element.sourceline or 0, field=path)
    return found


def _bad(element: _Element, path: str) -> ImportRefused:
    value = (element.text or "").strip()
    line = element.sourceline or 0
    return ImportRefused("import_csv_value", line=line, field=path, value=value)


def _date(element: _Element, path: str) -> date:
    match = _DATE.match((element.text or "").strip())
    if match:
        try:
            return date.fromisoformat(match[1])
        except ValueError:  # 2026-02-31
            pass
    raise _bad(element, path)


def _cents(element: _Element, path: str, currency: str) -> int:
    """Exact cents of an amount element in the document's currency."""
    if element.get("currencyID", currency) != currency:
        raise _bad(element, path)
    try:
        return exact_cents(Decimal((element.text or "").strip()))
    except (InvalidOperation, ValueError):
        raise _bad(element, path) from None


def _optional_cents(root: _Element, path: str, currency: str) -> int | None:
    found = _find(root, path)
    return None if found is None else _cents(found, path, currency)


# ---------------------------------------------------------------------------- parts


def _due_date(root: _Element) -> date | None:
    for path in (
        "cbc:DueDate",
        "cac:PaymentMeans/cbc:PaymentDueDate",
        "cac:PaymentTerms/cbc:PaymentDueDate",
    ):
        found = _find(root, path)
        if found is not None:
            return _date(found, path)
    return None


def _vat_cents(root: _Element, currency: str) -> int | None:
    """The VAT total in the document's currency (a second TaxTotal may be in another)."""
    path = "cac:TaxTotal/cbc:TaxAmount"
    for element in root.findall(path, NS):
        if element.get("currencyID", currency) == currency:
            return _cents(element, path, currency)
    return None


def _scheme_id(party: _Element, schemes: tuple[str, ...]) -> str:
    for path in ("cac:PartyLegalEntity/cbc:CompanyID", "cac:PartyIdentification/cbc:ID",
                 "cbc:EndpointID"):  # fmt: skip
        for element in party.findall(path, NS):
            if element.get("schemeID", "").upper() in schemes and (element.text or "").strip():
                return (element.text or "").strip()
    return ""


def _vat_id(party: _Element) -> str:
    for scheme in party.findall("cac:PartyTaxScheme", NS):
        if _text(scheme, "cac:TaxScheme/cbc:ID").upper() in ("VAT", ""):
            return _text(scheme, "cbc:CompanyID")
    return ""


def _customer_no(party: _Element) -> str:
    """The buyer's id without a scheme: the seller's own number for the customer."""
    for element in party.findall("cac:PartyIdentification/cbc:ID", NS):
        if not element.get("schemeID") and (element.text or "").strip():
            return (element.text or "").strip()
    return ""


def _client(root: _Element) -> ImportedClient:
    party = root.find(_CUSTOMER, NS)
    if party is None:
        raise ImportRefused("import_field_missing", line=root.sourceline or 0, field=_CUSTOMER)
    name = _text(party, "cac:PartyName/cbc:Name") or _text(
        party, "cac:PartyLegalEntity/cbc:RegistrationName"
    )
    if not name:
        raise ImportRefused(
            "import_field_missing", line=party.sourceline or 0, field=f"{_CUSTOMER}/cac:PartyName"
        )
    kvk, vat_id = _scheme_id(party, _KVK_SCHEMES), _vat_id(party)
    address = "cac:PostalAddress/"
    street = " ".join(
        part
        for part in (
            _text(party, address + "cbc:StreetName"),
            _text(party, address + "cbc:BuildingNumber"),
        )  # fmt: skip
        if part
    )
    return ImportedClient(
        name=name,
        kind=client_kind("", kvk, vat_id, name),
        customer_no=_customer_no(party),
        kvk=kvk,
        vat_id=vat_id,
        email=_text(party, "cac:Contact/cbc:ElectronicMail"),
        street=street,
        postcode=_text(party, address + "cbc:PostalZone"),
        city=_text(party, address + "cbc:CityName"),
        country=_text(party, address + "cac:Country/cbc:IdentificationCode"),
        iban=_text(root, "cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID"),
        contact_person=_text(party, "cac:Contact/cbc:Name"),
        phone=_text(party, "cac:Contact/cbc:Telephone"),
    )


def _description(root: _Element) -> str:
    note = _text(root, "cbc:Note")
    if note:
        return note
    names = root.findall("cac:InvoiceLine/cac:Item/cbc:Name", NS) + root.findall(
        "cac:CreditNoteLine/cac:Item/cbc:Name", NS
    )
    return "; ".join(" ".join((name.text or "").split()) for name in names if name.text)


# ---------------------------------------------------------------------------- document


def _currency(root: _Element) -> str:
    """The euro; another currency refuses the document (its cents are not ours)."""
    element = _find(root, "cbc:DocumentCurrencyCode")
    if element is not None and (element.text or "").strip() != "EUR":
        raise _bad(element, "cbc:DocumentCurrencyCode")
    return "EUR"


def _amounts(root: _Element) -> tuple[int, int, int | None]:
    """(the total owed before prepayments, what is still payable, the VAT), signed."""
    currency = _currency(root)
    path = "cac:LegalMonetaryTotal/cbc:PayableAmount"
    payable = _cents(_required(root, path), path, currency)
    prepaid = _optional_cents(root, "cac:LegalMonetaryTotal/cbc:PrepaidAmount", currency)
    return payable + (prepaid or 0), payable, _vat_cents(root, currency)


def read_ubl(data: bytes) -> ImportedInvoice:
    """The document's header as an invoice row; :class:`ImportRefused` when it is unsafe,
    broken, not UBL, or lacks what an invoice needs."""
    root = _parse(data)
    if root.tag not in _ROOTS:
        raise ImportRefused("import_not_ubl")
    credit = _ROOTS[str(root.tag)] or _text(root, "cbc:InvoiceTypeCode") in _CREDIT_TYPE_CODES
    number = " ".join((_required(root, "cbc:ID").text or "").split())
    amount, payable, vat = _amounts(root)
    sign = -1 if amount < 0 else 1  # a negative invoice is a credit note and vice versa
    credited = _text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")
    return ImportedInvoice(
        number=number,
        invoice_date=_date(_required(root, "cbc:IssueDate"), "cbc:IssueDate"),
        due_date=_due_date(root),
        amount_cents=sign * amount,
        vat_cents=None if vat is None else sign * vat,
        open_cents=sign * payable if payable != amount else None,
        payment_reference=_text(root, "cac:PaymentMeans/cbc:PaymentID"),
        client=_client(root),
        is_credit_note=credit != (amount < 0),
        credits_number=credited or None,
        source_line=root.sourceline or 1,
        description=_description(root),
    )
