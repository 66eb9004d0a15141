"""Messages for the ui part of the app (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

UI_MESSAGES: dict[str, tuple[str, str]] = {
    # dialogs (ui/dialogs/: client, invoice, payment, credit note, write-off)
    "date_empty": ("Vul een datum in.", "Enter a date."),
    "date_after_latest": (
        "De datum mag niet na {date} liggen.",
        "The date cannot be after {date}.",
    ),
    "date_before_earliest": (
        "De datum mag niet voor {date} liggen.",
        "The date cannot be before {date}.",
    ),
    "email_invalid": (
        "'{text}' is geen geldig e-mailadres.",
        "'{text}' is not a valid email address.",
    ),
    "country_code_invalid": (
        "Gebruik een landcode van twee letters, zoals NL of BE.",
        "Use a two-letter country code, such as NL or BE.",
    ),
    "tracking_number_missing": (
        "Een aangetekende brief heeft een zendingsnummer nodig.",
        "Registered mail needs its tracking number.",
    ),
    "client_not_chosen": ("Kies een klant uit de lijst.", "Choose a client from the list."),
    "credit_note_number_empty": (
        "Vul een nummer voor de creditnota in.",
        "Enter a number for the credit note.",
    ),
    "company_name_empty": ("Vul de bedrijfsnaam in.", "Enter the company name."),
    "image_missing": (
        "Het bestand {path} bestaat niet.",
        "The file {path} does not exist.",
    ),
}
