"""Messages about files that cannot be imported (merged into ``messages.CATALOGUE``): what
is wrong and where, so that the user can fix the file or pick another.

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "import_empty": ("Het bestand is leeg.", "The file is empty."),
    "bank_line_not_found": (
        "Bankregel {id} bestaat niet.",
        "Bank line {id} does not exist.",
    ),
    "bank_line_decided": (
        "Over deze bankregel is al beslist.",
        "This bank line has already been dealt with.",
    ),
    "import_not_found": (
        "Import {id} bestaat niet of is al teruggedraaid.",
        "Import {id} does not exist or has already been undone.",
    ),
    "import_has_dependants": (
        "Deze import kan niet meer worden teruggedraaid: later werk hangt ervan af ({invoices}).",
        "This import can no longer be undone: later work depends on it ({invoices}).",
    ),
    "file_not_found": ("Bestand '{path}' bestaat niet.", "File '{path}' does not exist."),
    "import_unknown_format": (
        "Dit bestand is geen bankafschrift dat de app kent (CAMT.053, MT940 of de CSV-export "
        "van ING, Rabobank, ABN AMRO, Knab of bunq).",
        "This file is not a bank statement the app knows (CAMT.053, MT940 or the CSV export "
        "of ING, Rabobank, ABN AMRO, Knab or bunq).",
    ),
    "import_xml_unsafe": (
        "Het XML-bestand bevat een DOCTYPE of entiteiten; zo'n bestand wordt niet gelezen.",
        "The XML file contains a DOCTYPE or entities; such a file is not read.",
    ),
    "import_xml_broken": (
        "Het XML-bestand is beschadigd of afgebroken (regel {line}: {detail}).",
        "The XML file is damaged or cut off (line {line}: {detail}).",
    ),
    "import_not_camt": (
        "Dit XML-bestand is geen CAMT.053-afschrift.",
        "This XML file is not a CAMT.053 statement.",
    ),
    "import_not_ubl": (
        "Dit XML-bestand is geen UBL-factuur of -creditnota.",
        "This XML file is not a UBL invoice or credit note.",
    ),
    "import_field_missing": (
        "Regel {line}: '{field}' ontbreekt.",
        "Line {line}: '{field}' is missing.",
    ),
    "import_mt940_broken": (
        "Het MT940-bestand is beschadigd (regel {line}: {detail}).",
        "The MT940 file is damaged (line {line}: {detail}).",
    ),
    "import_not_mt940": (
        "Dit bestand is geen MT940-afschrift.",
        "This file is not an MT940 statement.",
    ),
    "import_csv_unknown": (
        "De kolommen van dit CSV-bestand horen bij geen bank die de app kent.",
        "The columns of this CSV file belong to no bank the app knows.",
    ),
    "import_csv_columns": (
        "Regel {line}: {found} kolommen, verwacht {expected}.",
        "Line {line}: {found} columns, expected {expected}.",
    ),
    "import_csv_value": (
        "Regel {line}: {field} '{value}' klopt niet.",
        "Line {line}: {field} '{value}' is not valid.",
    ),
    "import_xlsx_broken": (
        "Dit Excel-bestand kan niet worden gelezen (geen geldig .xlsx).",
        "This Excel file cannot be read (not a valid .xlsx).",
    ),
    "import_row_refused": ("Regel {line}: {reason}", "Line {line}: {reason}"),
    "import_amount_below_paid": (
        "Regel {line}: factuur {number} zou minder bedragen dan er al op betaald of "
        "gecrediteerd is.",
        "Line {line}: invoice {number} would be less than has already been paid or credited.",
    ),
    "import_open_out_of_range": (
        "Regel {line}: het openstaande bedrag van factuur {number} is negatief of hoger dan "
        "het factuurbedrag.",
        "Line {line}: the open amount of invoice {number} is negative or more than the invoice.",
    ),
    "import_credit_note_without_invoice": (
        "Regel {line}: creditnota {number} hoort bij factuur {invoice}, die niet in het boek "
        "of in het bestand staat.",
        "Line {line}: credit note {number} belongs to invoice {invoice}, which is neither in "
        "the book nor in the file.",
    ),
    "import_number_twice": (
        "Regel {line}: nummer {number} staat ook al op regel {first}.",
        "Line {line}: number {number} is also on line {first}.",
    ),
    "import_field_unknown": (
        "Onbekend veld '{field}'; de velden zijn: {fields}.",
        "Unknown field '{field}'; the fields are: {fields}.",
    ),
    "import_header_unknown": (
        "Het bestand heeft geen kolom '{header}'.",
        "The file has no column '{header}'.",
    ),
    "import_column_option": (
        "'{text}' is geen VELD=KOLOM (bijv. number=Factuurnr).",
        "'{text}' is not FIELD=HEADER (e.g. number=Invoice no).",
    ),
    "import_mapping_unknown": (
        "Er is geen kolomindeling met de naam '{name}' (wel: {names}).",
        "There is no column mapping named '{name}' (there are: {names}).",
    ),
    "import_one_export_at_a_time": (
        "Kies één export (CSV of Excel) per keer, of alleen e-facturen (UBL).",
        "Choose one export (CSV or Excel) at a time, or e-invoices (UBL) only.",
    ),
    "import_mapping_incomplete": (
        "Kies nog een kolom voor: {missing}.",
        "Choose a column for: {missing}.",
    ),
}

# An invoice import's target fields (importers/invoice_rows.FIELDS), as the user calls them.
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "number": ("factuurnummer", "invoice number"),
    "invoice_date": ("factuurdatum", "invoice date"),
    "due_date": ("vervaldatum", "due date"),
    "client_name": ("relatie", "client"),
    "customer_no": ("klantnummer", "customer number"),
    "amount_incl": ("bedrag incl. btw", "amount incl. VAT"),
    "vat": ("btw", "VAT"),
    "amount_excl": ("bedrag excl. btw", "amount excl. VAT"),
    "open": ("openstaand", "open amount"),
    "payment_reference": ("betalingskenmerk", "payment reference"),
    "kvk": ("KvK-nummer", "KvK number"),
    "vat_id": ("btw-id", "VAT id"),
    "email": ("e-mail", "email"),
    "street": ("adres", "address"),
    "house_number": ("huisnummer", "house number"),
    "postcode": ("postcode", "postcode"),
    "city": ("plaats", "city"),
    "country": ("land", "country"),
    "client_type": ("soort klant", "client type"),
    "iban": ("IBAN", "IBAN"),
    "contact_person": ("contactpersoon", "contact person"),
    "phone": ("telefoon", "phone"),
    "description": ("omschrijving", "description"),
    # The client's and the invoice's fields as the edit dialogs have them.
    "name": ("naam", "name"),
    "kind": ("soort klant", "client type"),
    "btw_id": ("btw-id", "VAT id"),
    "payment_term_days": ("betaaltermijn", "payment term"),
    "language": ("taal", "language"),
    "notes": ("notities", "notes"),
    "large_company": ("groot bedrijf", "large company"),
    "client_id": ("klant", "client"),
    "amount": ("bedrag", "amount"),
    "kenmerk": ("betalingskenmerk", "payment reference"),
    "sent_on": ("verzonden op", "sent on"),
    "sent_via": ("verzonden via", "sent by"),
    "sent_to": ("verzonden aan", "sent to"),
}


# An invoice's field an import found changed (services/invoice_import.FieldChange.field).
_CHANGED_FIELDS = {"amount_cents": "amount_incl", "client": "client_name"}


def change_word(field: str, language: str) -> str:
    return field_word(_CHANGED_FIELDS.get(field, field), language)


def field_word(name: str, language: str) -> str:
    words = FIELD_WORDS.get(name)
    return (words[1] if language == "en" else words[0]) if words else name.replace("_", " ")
