"""What a user reads when something is wrong, in Dutch (default) or English.

Errors carry a code and values (``domain/errors.py``); this catalogue turns them
into one clear sentence. The CLI prints it; the UI shows it in a dialog.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from debiteur_desk.domain.errors import DebiteurError, FieldNames, Notice
from debiteur_desk.text.formatting import format_date
from debiteur_desk.text.messages_backup import BACKUP_MESSAGES
from debiteur_desk.text.messages_claim import CLAIM_MESSAGES
from debiteur_desk.text.messages_collection import COLLECTION_MESSAGES
from debiteur_desk.text.messages_disputes import DISPUTE_MESSAGES
from debiteur_desk.text.messages_email import EMAIL_MESSAGES
from debiteur_desk.text.messages_import import IMPORT_MESSAGES, field_word
from debiteur_desk.text.messages_input import INPUT_MESSAGES
from debiteur_desk.text.messages_integrity import INTEGRITY_MESSAGES
from debiteur_desk.text.messages_letters import LETTER_MESSAGES
from debiteur_desk.text.messages_privacy import PRIVACY_MESSAGES
from debiteur_desk.text.messages_rates import RATE_MESSAGES, describe_rate_warning
from debiteur_desk.text.messages_storage import STORAGE_MESSAGES
from debiteur_desk.text.messages_ui import UI_MESSAGES
from debiteur_desk.text.messages_worklist import WORKLIST_MESSAGES

CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (Dutch, English)
    "amount_empty": ("Vul een bedrag in.", "Enter an amount."),
    "amount_not_a_number": ("'{text}' is geen bedrag.", "'{text}' is not an amount."),
    "amount_too_precise": (
        "'{text}' heeft meer dan twee decimalen.",
        "'{text}' has more than two decimals.",
    ),
    "amount_negative": (
        "Het bedrag mag niet negatief zijn ({text}).",
        "The amount cannot be negative ({text}).",
    ),
    "amount_zero": ("Het bedrag moet groter zijn dan nul.", "The amount must be more than zero."),
    "date_format": (
        "'{text}' is geen datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD.",
        "'{text}' is not a date; use DD-MM-YYYY or YYYY-MM-DD.",
    ),
    "date_does_not_exist": ("De datum {text} bestaat niet.", "The date {text} does not exist."),
    "period_reversed": (
        "De einddatum ({end}) ligt voor de begindatum ({start}).",
        "The end date ({end}) is before the start date ({start}).",
    ),
    "no_interest_rate": (
        "Er is geen rentepercentage bekend voor {date}.",
        "No interest rate is known for {date}.",
    ),
    "bucket_boundaries": (
        "Ongeldige grenzen voor de ouderdomsklassen: {boundaries}.",
        "Invalid aging bucket boundaries: {boundaries}.",
    ),
    "kenmerk_format": (
        "'{text}' is geen geldig betalingskenmerk.",
        "'{text}' is not a valid payment reference.",
    ),
    "rf_format": (
        "'{text}' kan geen RF-referentie worden.",
        "'{text}' cannot become an RF reference.",
    ),
    "rf_invalid": (
        "'{text}' is geen geldige RF-referentie.",
        "'{text}' is not a valid RF reference.",
    ),
    "iban_invalid": ("'{text}' is geen geldig IBAN.", "'{text}' is not a valid IBAN."),
    "btw_invalid": ("'{text}' is geen geldig btw-id.", "'{text}' is not a valid VAT number."),
    "postcode_invalid": ("'{text}' is geen geldige postcode.", "'{text}' is not a valid postcode."),
    "kvk_invalid": (
        "Een KvK-nummer heeft 8 cijfers ('{text}').",
        "A KvK number has 8 digits ('{text}').",
    ),
    "plan_count_or_amount": (
        "Kies het aantal termijnen of het bedrag per termijn.",
        "Choose the number of instalments or the amount per instalment.",
    ),
    "plan_down_payment": (
        "De aanbetaling moet kleiner zijn dan het totaal.",
        "The down payment must be less than the total.",
    ),
    "plan_down_payment_date": (
        "De aanbetaling moet uiterlijk op de eerste termijndatum vallen.",
        "The down payment must fall on or before the first instalment date.",
    ),
    "plan_count": ("Kies 1 tot {maximum} termijnen.", "Choose 1 to {maximum} instalments."),
    "plan_instalment_zero": (
        "Een termijn moet meer dan € 0,00 zijn.",
        "An instalment must be more than € 0.00.",
    ),
    "plan_never_finishes": (
        "Met dit termijnbedrag duurt de regeling {count} termijnen (maximaal {maximum}).",
        "At this amount the plan takes {count} instalments (at most {maximum}).",
    ),
    "client_name_empty": ("Vul de naam van de klant in.", "Enter the client's name."),
    "language_unknown": ("Onbekende taal '{text}'.", "Unknown language '{text}'."),
    "payment_term": (
        "Een betaaltermijn van {days} dagen kan niet.",
        "A payment term of {days} days is not possible.",
    ),
    "invoice_number_empty": ("Vul een factuurnummer in.", "Enter an invoice number."),
    "invoice_number_taken": (
        "Factuurnummer {number} bestaat al.",
        "Invoice number {number} already exists.",
    ),
    "vat_out_of_range": (
        "Het btw-bedrag klopt niet ({text}).",
        "The VAT amount is wrong ({text}).",
    ),
    "due_before_invoice_date": (
        "De vervaldatum ligt voor de factuurdatum.",
        "The due date is before the invoice date.",
    ),
    "client_not_found": ("Klant {id} bestaat niet.", "Client {id} does not exist."),
    "invoice_not_found": ("Factuur {id} bestaat niet.", "Invoice {id} does not exist."),
    "allocation_other_client": (
        "Factuur {number} is van een andere klant.",
        "Invoice {number} belongs to another client.",
    ),
    "allocation_exceeds_open": (
        "Er staat op factuur {number} minder open dan u wilt toewijzen.",
        "Less is open on invoice {number} than you want to allocate.",
    ),
    "allocations_exceed_payment": (
        "U wijst meer toe dan er betaald is.",
        "You allocate more than was paid.",
    ),
    "handover_party_kind": (
        "Kies aan wie u overdraagt: een incassobureau, een deurwaarder of een advocaat.",
        "Choose who takes it over: a collection agency, a bailiff or a lawyer.",
    ),
    "handover_party_missing": (
        "Vul in aan wie u de vordering overdraagt.",
        "Fill in who you hand the claim over to.",
    ),
    "handover_in_future": (
        "Een overdracht kan niet in de toekomst liggen.",
        "A hand-over cannot lie in the future.",
    ),
    "handover_nothing_overdue": (
        "Deze klant heeft op die dag geen vervallen facturen om over te dragen.",
        "This client had no overdue invoices to hand over on that day.",
    ),
    "no_credit_to_apply": (
        "Er is geen tegoed, of geen openstaande factuur om het mee te verrekenen.",
        "There is no credit, or no open invoice to set it against.",
    ),
    "credit_needs_client_only": (
        "Een bedrag als tegoed bewaren kan alleen voor een klant, zonder toewijzing aan facturen.",
        "Money kept as credit needs a client and no allocation to invoices.",
    ),
    "credit_exceeds_open": (
        "De creditnota is hoger dan wat er op factuur {number} openstaat.",
        "The credit note exceeds what is open on invoice {number}.",
    ),
    "credit_note_number_empty": ("Vul een creditnotanummer in.", "Enter a credit note number."),
    "credit_note_number_taken": (
        "Creditnota {number} bestaat al.",
        "Credit note {number} already exists.",
    ),
    "write_off_reason_empty": (
        "Geef een reden voor het afboeken.",
        "Give a reason for the write-off.",
    ),
    "nothing_to_write_off": (
        "Op factuur {number} staat niets meer open.",
        "Nothing is open on invoice {number}.",
    ),
    "undo_no_longer_possible": (
        "Ongedaan maken kan niet meer: er is intussen iets veranderd.",
        "This can no longer be undone: something has changed since.",
    ),
    "payment_not_found": ("Betaling {id} bestaat niet.", "Payment {id} does not exist."),
    "amount_below_paid": (
        "Het bedrag van factuur {number} kan niet lager worden dan wat al betaald of "
        "gecrediteerd is.",
        "The amount of invoice {number} cannot drop below what was paid or credited.",
    ),
    "invoice_client_change_paid": (
        "Factuur {number} heeft al betalingen; de klant kan niet meer wijzigen.",
        "Invoice {number} already has payments; its client cannot change.",
    ),
    "invoice_in_use": (
        "Factuur {number} staat in een brief, afspraak of regeling en kan niet weg.",
        "Invoice {number} is named in a letter, agreement or plan and cannot be deleted.",
    ),
    "demo_sizes": (
        "Ongeldige omvang voor de demo: {clients} klanten, {invoices} facturen.",
        "Invalid demo size: {clients} clients, {invoices} invoices.",
    ),
    "demo_needs_empty_database": (
        "De demo vult alleen een lege database; deze bevat al klanten.",
        "The demo only fills an empty database; this one already has clients.",
    ),
    "db_missing": ("De database {path} bestaat niet.", "The database {path} does not exist."),
    "db_not_ours": (
        "{path} is geen database van Debiteur Desk.",
        "{path} is not a Debiteur Desk database.",
    ),
    "db_too_new": (
        "{path} is gemaakt door een nieuwere versie van Debiteur Desk (schema {revision}). "
        "Werk het programma bij om deze database te openen.",
        "{path} was made by a newer version of Debiteur Desk (schema {revision}). "
        "Update the program to open this database.",
    ),
    "db_unreadable": (
        "De database {path} kan niet worden gelezen.",
        "The database {path} cannot be read.",
    ),
}


# A text longer than its field allows (``domain/text_limits.py``): one message per field.
_FIELD_NAMES: dict[str, tuple[str, str]] = {
    "name": ("De naam", "The name"),
    "contact_person": ("De naam van de contactpersoon", "The contact person's name"),
    "street": ("Straat en huisnummer", "The street and number"),
    "postcode": ("De postcode", "The postcode"),
    "city": ("De plaatsnaam", "The city"),
    "email": ("Het e-mailadres", "The email address"),
    "phone": ("Het telefoonnummer", "The phone number"),
    "website": ("Het webadres", "The website"),
    "role": ("De functie", "The position"),
    "notes": ("De notitie", "The note"),
    "invoice_number": ("Het factuurnummer", "The invoice number"),
    "description": ("De omschrijving", "The description"),
    "payment_reference": ("Het betalingskenmerk", "The payment reference"),
    "sent_to": ("Het adres waarnaar de factuur is verstuurd", "The address the invoice went to"),
}
for _code, (_nl, _en) in _FIELD_NAMES.items():
    CATALOGUE[f"{_code}_too_long"] = (
        _nl + " is te lang: {length} tekens, maximaal {maximum}.",
        _en + " is too long: {length} characters, at most {maximum}.",
    )

CATALOGUE.update(LETTER_MESSAGES)
CATALOGUE.update(UI_MESSAGES)
CATALOGUE.update(COLLECTION_MESSAGES)
CATALOGUE.update(RATE_MESSAGES)
CATALOGUE.update(IMPORT_MESSAGES)
CATALOGUE.update(DISPUTE_MESSAGES)
CATALOGUE.update(EMAIL_MESSAGES)
CATALOGUE.update(CLAIM_MESSAGES)
CATALOGUE.update(BACKUP_MESSAGES)
CATALOGUE.update(STORAGE_MESSAGES)
CATALOGUE.update(INTEGRITY_MESSAGES)
CATALOGUE.update(INPUT_MESSAGES)
CATALOGUE.update(WORKLIST_MESSAGES)
CATALOGUE.update(PRIVACY_MESSAGES)


# Shorter forms for the line under a dialog's field, which shows what was typed already:
# the sentence without repeating it. The whole sentence stays in the field's tooltip.
SHORT: dict[str, tuple[str, str]] = {
    "amount_not_a_number": ("Dit is geen bedrag.", "This is not an amount."),
    "amount_too_precise": ("Meer dan twee decimalen.", "More than two decimals."),
    "amount_negative": ("Het bedrag mag niet negatief zijn.", "The amount cannot be negative."),
    "date_format": ("Geen datum; gebruik DD-MM-JJJJ.", "Not a date; use DD/MM/YYYY."),
    "kenmerk_format": ("Geen geldig betalingskenmerk.", "Not a valid payment reference."),
    "rf_invalid": ("Geen geldige RF-referentie.", "Not a valid RF reference."),
    "iban_invalid": ("Geen geldig IBAN.", "Not a valid IBAN."),
    "btw_invalid": ("Geen geldig btw-id.", "Not a valid VAT number."),
    "postcode_invalid": ("Geen geldige postcode.", "Not a valid postcode."),
    "kvk_invalid": ("Een KvK-nummer heeft 8 cijfers.", "A KvK number has 8 digits."),
    "email_invalid": ("Geen geldig e-mailadres.", "Not a valid email address."),
    "tracking_number_missing": ("Vul het zendingsnummer in.", "Enter the tracking number."),
    "vat_out_of_range": (
        "De btw is meer dan het bedrag.",
        "The VAT is more than the amount.",
    ),
}


def describe_short(error: DebiteurError, language: str = "nl") -> str:
    """The short form for under a field when there is one, else :func:`describe`."""
    texts = SHORT.get(error.code)
    if texts is None:
        return describe(error, language)
    return texts[1] if language == "en" else texts[0]


def _worded(value: object, language: str) -> object:
    # Imported here: the catalogue loads at start-up, the interest rules need not.
    from debiteur_desk.domain.rate_warnings import RateWarning

    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, DebiteurError | Notice):
        return describe(value, language)
    if isinstance(value, RateWarning):
        return describe_rate_warning(value, language)
    if isinstance(value, FieldNames):
        return ", ".join(field_word(name, language) for name in value)
    return value


def describe(error: DebiteurError | Notice, language: str = "nl") -> str:
    """One sentence for the user; unknown codes still say something useful."""
    return describe_code(error.code, error.params, language)


def describe_code(code: str, params: Mapping[str, object], language: str = "nl") -> str:
    """The catalogue's sentence for ``code``. Dates in the values read as the user writes
    them (22-11-2026, or 22/11/2026 in English); an error among them as its own sentence."""
    texts = CATALOGUE.get(code)
    if texts is None:
        return f"{code}: {dict(params)}" if params else code
    template = texts[1] if language == "en" else texts[0]
    values = {key: _worded(value, language) for key, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template
