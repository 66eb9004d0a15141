"""Sales invoices as every invoice reader returns them, and which column holds what.

Why this module: the accounting package's CSV or Excel export and a UBL e-invoice end up
as the same plain rows, so the services book them one way. A row carries what the
services need to find or create the client (:class:`ImportedClient`) and the invoice
(:class:`ImportedInvoice`); it is not validated against the database here (an existing
number, a KvK number with a bad check digit): that is the services' job.

Every accounting package names its columns differently and users rename them, so the
mapping from column to field is guessed from the header (:func:`guess_mapping`) and
shown to the user to confirm or correct; it is never assumed from a column's position.

Cell values (:func:`parse_cents`, :func:`parse_day`) are read exactly or refused: an
amount finer than a cent or a date that does not exist is a wrong column or a damaged
file, and rounding or guessing it would book a wrong claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import parse_amount
from debiteur_desk.domain.parties import ClientKind, has_legal_form
from debiteur_desk.domain.search_text import folded


@dataclass(frozen=True)
class ImportedClient:
    name: str
    kind: ClientKind | None  # None: the file does not say; the caller asks or defaults
    customer_no: str = ""  # the client's number in the accounting package
    kvk: str = ""  # as written in the file; validated by the services
    vat_id: str = ""
    email: str = ""
    street: str = ""  # street and house number
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO code or name as given; "" when the file has none
    iban: str = ""
    contact_person: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ImportedInvoice:
    number: str
    invoice_date: date
    due_date: date | None  # None: the caller applies the client's payment term
    amount_cents: int  # including VAT; positive, also for a credit note
    vat_cents: int | None  # None when the file does not say
    open_cents: int | None  # open at export ("Openstaand"): the opening balance; None = all
    payment_reference: str  # betalingskenmerk or RF reference as given, "" if none
    client: ImportedClient
    is_credit_note: bool = False
    credits_number: str | None = None  # the invoice a credit note credits, when known
    source_line: int = 0  # the line (CSV, Excel row, XML element) the invoice starts on
    description: str = ""


# Target field -> header synonyms (Dutch and English), compared after :func:`normalised`.
# fmt: off
FIELDS: dict[str, tuple[str, ...]] = {
    "number": ("factuurnummer", "factuurnr", "factuur", "invoice number", "invoice no",
               "invoice", "number", "nummer", "nr", "document number"),
    "invoice_date": ("factuurdatum", "datum", "invoice date", "date", "document date"),
    "due_date": ("vervaldatum", "vervaldag", "due date", "uiterste betaaldatum"),
    "client_name": ("relatie", "relatienaam", "debiteur", "debiteurnaam", "klant",
                    "klantnaam", "naam", "bedrijfsnaam", "customer", "customer name",
                    "client", "client name", "name", "debtor"),
    "customer_no": ("klantnummer", "klantnr", "relatienummer", "relatienr", "relatiecode",
                    "debiteurnummer", "debiteurnr", "customer no", "customer number",
                    "customer id", "client no", "client number", "debtor number"),
    "amount_incl": ("bedrag incl btw", "totaal incl btw", "totaal", "bedrag", "factuurbedrag",
                    "incl", "incl btw", "amount incl", "amount incl vat", "total incl vat",
                    "total", "amount", "gross amount", "invoice amount"),
    "vat": ("btw", "btw bedrag", "vat", "vat amount", "tax", "tax amount"),
    "amount_excl": ("bedrag excl btw", "bedrag excl", "excl", "excl btw", "totaal excl btw",
                    "netto", "amount excl", "amount excl vat", "total excl vat", "net amount",
                    "net", "subtotal"),
    "open": ("openstaand", "openstaand bedrag", "open", "open bedrag", "saldo", "outstanding",
             "open amount", "balance", "balance due", "amount due"),
    "payment_reference": ("betalingskenmerk", "kenmerk", "betaalkenmerk", "payment reference",
                          "payment ref", "reference"),
    "kvk": ("kvk", "kvk nummer", "kvknr", "kamer van koophandel", "chamber of commerce",
            "coc", "coc number"),
    "vat_id": ("btw nummer", "btw nr", "btw id", "btw identificatienummer", "vat number",
               "vat id", "vat no"),
    "email": ("e mail", "email", "e mailadres", "emailadres", "mail"),
    "street": ("adres", "straat", "straat en huisnummer", "address", "street"),
    "house_number": ("huisnummer", "huisnr", "house number"),
    "postcode": ("postcode", "zip", "zip code", "postal code"),
    "city": ("plaats", "woonplaats", "vestigingsplaats", "stad", "city", "town"),
    "country": ("land", "landcode", "country", "country code"),
    "client_type": ("type", "soort", "klanttype", "klantsoort", "soort klant", "customer type",
                    "client type"),
    "iban": ("iban", "rekeningnummer", "bankrekening", "bank account"),
    "contact_person": ("contactpersoon", "contact", "t a v", "contact person", "attention"),
    "phone": ("telefoon", "telefoonnummer", "tel", "phone", "phone number", "telephone"),
    "description": ("omschrijving", "beschrijving", "description", "memo"),
}
# fmt: on

# Without these the file cannot be booked. "amount_incl" may instead be computed from
# "amount_excl" plus "vat" (see :func:`missing_fields`).
REQUIRED = ("number", "invoice_date", "client_name", "amount_incl")

# Words in a "type" column, folded.
# fmt: off
KIND_WORDS: dict[str, ClientKind] = {
    **dict.fromkeys(("particulier", "consument", "consumer", "prive", "private", "b2c"),
                    ClientKind.CONSUMER),
    **dict.fromkeys(("zakelijk", "bedrijf", "business", "company", "b2b", "onderneming"),
                    ClientKind.BUSINESS),
}

# Spellings of one word, so "Bedrag inclusief BTW" and "Bedrag incl. btw" compare equal.
_SAME_WORD = {
    "inclusief": "incl", "including": "incl", "inc": "incl",
    "exclusief": "excl", "excluding": "excl", "ex": "excl",
    "nummer": "nr", "no": "nr", "number": "nr", "num": "nr",
}
_NOISE = {"eur", "euro", "in", "de", "het", "the", "van", "of"}
# fmt: on


def normalised(header: str) -> str:
    """A header as compared: no case, accents, punctuation or currency, words joined
    ("E-mail" and "email", "Bedrag incl. btw (EUR)" and "bedrag inclusief btw")."""
    words = re.sub(r"[^0-9a-z]+", " ", folded(header)).split()
    words = [_SAME_WORD.get(word, word) for word in words if word not in _NOISE]
    return "".join(words)


_LOOKUP: dict[str, str] = {
    normalised(synonym): field for field, synonyms in FIELDS.items() for synonym in synonyms
}


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers that name one; the first column wins a field,
    columns that name none (or a field already taken) are left out."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = _LOOKUP.get(normalised(header))
        if field is not None and field not in mapping.values():
            mapping[index] = field
    return mapping


def missing_fields(fields: set[str]) -> list[str]:
    """The required fields the mapping lacks, in :data:`REQUIRED` order."""
    has_amount = "amount_incl" in fields or {"amount_excl", "vat"} <= fields
    return [
        field
        for field in REQUIRED
        if field not in fields and not (field == "amount_incl" and has_amount)
    ]


def client_kind(type_text: str, kvk: str, vat_id: str, name: str = "") -> ClientKind | None:
    """What the file says about the client: its "type" column when filled in (``KeyError``
    for a word that is neither), else a business when it has a KvK or btw number or its
    name a legal form ("B.V.", "Stichting", :func:`has_legal_form`), else unknown: an
    empty KvK column does not make a consumer, the caller decides."""
    if type_text.strip():
        return KIND_WORDS[re.sub(r"[^a-z0-9]", "", folded(type_text))]
    business = kvk.strip() or vat_id.strip() or has_legal_form(name)
    return ClientKind.BUSINESS if business else None


# ---------------------------------------------------------------------------- cell values

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 1900-02-29)
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")  # 10000 ... 99999: 1927 ... 2173
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_PLAIN = re.compile(r"^-?\d+(?:\.\d+)?$")
_TOO_MUCH = Decimal(10) ** 12  # euros


def exact_cents(value: Decimal) -> int:
    """``value`` euros as whole cents; ``ValueError`` when finer than a cent or beyond
    any invoice (what no database column or user could take)."""
    if not value.is_finite() or abs(value) >= _TOO_MUCH:
        raise ValueError(str(value))
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(str(value))
    return int(cents)


def parse_cents(text: str, *, plain: bool = False) -> int:
    """Exact cents of an amount as exports write it; ``ValueError`` when it is none or
    finer than a cent. ``plain``: "1.234" is one euro and 234 thousandths (from .xlsx)."""
    raw = re.sub(r"(?i)eur|€|\s", "", text)
    negative = False
    if raw.startswith("(") and raw.endswith(")"):
        negative, raw = True, raw[1:-1]
    elif raw.endswith("-") and len(raw) > 1:
        negative, raw = True, raw[:-1]
    if negative and raw.startswith("-"):
        raise ValueError(text)
    try:
        if plain and _PLAIN.match(raw):
            value = Decimal(raw)
        else:
            value = parse_amount(raw, allow_zero=True, allow_negative=True)
    except (InvalidInput, InvalidOperation):
        raise ValueError(text) from None
    cents = exact_cents(value)
    return -cents if negative else cents


def parse_day(text: str) -> date:
    """A date as exports write it: 22-11-2026, 22/11/2026, 22.11.2026, 2026-11-22 (a time
    after it is ignored) or an Excel serial number (46348); ``ValueError`` if none. Two-digit
    years are refused: 01-02-03 has three readings."""
    raw = _TIME.sub("", text.strip())
    if _SERIAL.match(raw):
        return _EXCEL_EPOCH + timedelta(days=int(Decimal(raw)))
    try:
        return parse_date(raw)
    except InvalidInput:
        raise ValueError(text) from None
