"""Messages for the letters and the 14-dagenbrief (merged into ``messages.CATALOGUE``)."""

LETTER_MESSAGES: dict[str, tuple[str, str]] = {
    "company_details_missing": (
        "Vul eerst uw bedrijfsgegevens in (Instellingen): die staan boven elke brief.",
        "Enter your company details first (Settings): they head every letter.",
    ),
    "invoice_number_not_found": (
        "Factuur {number} bestaat niet.",
        "Invoice {number} does not exist.",
    ),
    "letter_invoice_not_open": (
        "Op factuur {number} staat niets meer open; daar hoeft geen brief over.",
        "Nothing is open on invoice {number}; no letter is needed.",
    ),
    "letter_nothing_overdue": (
        "{name} heeft geen vervallen facturen waarover een brief kan gaan.",
        "{name} has no overdue invoices for a letter to be about.",
    ),
    "letter_no_agreement": (
        "Er is met {name} nog geen afspraak vastgelegd om te bevestigen.",
        "No agreement with {name} has been recorded to confirm.",
    ),
    "letter_no_earlier_reminder": (
        "{name} heeft voor deze facturen nog geen eerste herinnering gehad; stuur die eerst.",
        "{name} has not had a first reminder for these invoices yet; send that first.",
    ),
    "letter_no_plan": (
        "Er is voor {name} geen betalingsregeling om vast te leggen.",
        "There is no payment plan for {name} to put in writing.",
    ),
    "letter_sent_via": ("Onbekende verzendwijze '{text}'.", "Unknown way of sending '{text}'."),
    "letter_not_found": ("Brief {id} bestaat niet.", "Letter {id} does not exist."),
    "file_exists": (
        "{path} bestaat al; kies een andere naam.",
        "{path} already exists; choose another name.",
    ),
    "epc_amount": (
        "Het bedrag {text} past niet in een betaal-QR-code.",
        "The amount {text} does not fit in a payment QR code.",
    ),
    "epc_name_empty": (
        "Vul de naam van de rekeninghouder in (Instellingen) voor de betaal-QR-code.",
        "Enter the account holder's name (Settings) for the payment QR code.",
    ),
    "epc_too_long": (
        "De gegevens voor de betaal-QR-code zijn te lang.",
        "The data for the payment QR code is too long.",
    ),
    "fourteen_day_business_client": (
        "De 14-dagenbrief is alleen voor consumenten; stuur een zakelijke klant een "
        "aanmaning of sommatie.",
        "The 14-day letter is for consumers only; send a business client a final demand.",
    ),
    "fourteen_day_not_in_default": (
        "De klant is voor deze factuur (vervaldatum {due_date}) nog niet in verzuim; een "
        "14-dagenbrief is nog niet geldig.",
        "The client is not yet in default for this invoice (due {due_date}); a 14-day letter "
        "is not valid yet.",
    ),
    "letter_image_unreadable": (
        "De afbeelding {path} kan niet worden gelezen.",
        "The image {path} cannot be read.",
    ),
    "letter_missing_agreement": (
        "Er is geen telefonische afspraak om te bevestigen.",
        "There is no phone agreement to confirm.",
    ),
    "letter_missing_bik": (
        "De incassokosten ontbreken voor deze brief.",
        "The collection costs are missing for this letter.",
    ),
    "letter_missing_deadline": (
        "Kies een nieuwe uiterste betaaldatum voor deze brief.",
        "Choose a new payment deadline for this letter.",
    ),
    "letter_missing_earlier_reminder": (
        "Een tweede herinnering verwijst naar de eerste; die is niet gevonden.",
        "A second reminder refers to the first one, which was not found.",
    ),
    "letter_missing_iban": (
        "Vul uw IBAN in bij Instellingen; de brief vertelt de klant waarheen te betalen.",
        "Enter your IBAN in Settings; the letter tells the client where to pay.",
    ),
    "letter_missing_plan": (
        "Er is geen betalingsregeling voor deze brief.",
        "There is no payment plan for this letter.",
    ),
    "letter_no_invoices": (
        "Er staan geen openstaande facturen in deze brief.",
        "This letter has no open invoices.",
    ),
    "letter_unknown_invoice": (
        "Factuur {number} hoort niet bij deze brief.",
        "Invoice {number} does not belong to this letter.",
    ),
    "plan_reminder_term": (
        "De herinneringstermijn van een regeling moet minstens 1 dag zijn ({days}).",
        "A plan's reminder term must be at least 1 day ({days}).",
    ),
    "plan_schedule_empty": ("De regeling heeft geen termijnen.", "The plan has no instalments."),
    "plan_schedule_mismatch": (
        "De termijnen tellen niet op tot het totaal van {total}.",
        "The instalments do not add up to the total of {total}.",
    ),
    "plan_total_mismatch": (
        "Hoofdsom, rente en kosten tellen niet op tot {total}.",
        "Principal, interest and costs do not add up to {total}.",
    ),
    "template_forbidden_wording": (
        "'{text}' mag niet in deze brief: de wet vereist de termijn vanaf de dag na bezorging.",
        "'{text}' is not allowed in this letter: the law requires the term from the day "
        "after delivery.",
    ),
    "template_format_spec": (
        "Schrijf {{{placeholder}}} zonder opmaak erachter.",
        "Write {{{placeholder}}} without a format after it.",
    ),
    "template_subject_empty": ("Het onderwerp mag niet leeg zijn.", "The subject cannot be empty."),
    "template_syntax": (
        "De tekst heeft een losse {{ of }}; schrijf {{{{ of }}}} voor een accolade.",
        "The text has a stray {{ or }}; write {{{{ or }}}} for a brace.",
    ),
    "template_unknown_part": (
        "Onbekend tekstdeel '{part}' voor deze brief.",
        "Unknown text part '{part}' for this letter.",
    ),
    "template_unknown_placeholder": (
        "{{{placeholder}}} bestaat niet in deze brief.",
        "{{{placeholder}}} does not exist in this letter.",
    ),
}
