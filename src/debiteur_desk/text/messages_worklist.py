"""The worklist's own words: the sending check before a letter, and snoozes.

``SENT_FLAGS`` say what looks wrong about how an invoice went out
(``domain.sent_check.SentFlag``), filled with {number}, {sent_to}, {client_email},
{due_date}, {agreed_due_date}, {term} and {agreed_term}. ``SENDING`` states what the book
knows; ``WORKLIST_MESSAGES`` are the errors (merged into ``messages.CATALOGUE``).

code: (Dutch, English).
"""

from __future__ import annotations

SENT_FLAGS: dict[str, tuple[str, str]] = {
    "never_sent": (
        "Factuur {number} staat niet als verstuurd geregistreerd: is hij wel verstuurd?",
        "Invoice {number} is not recorded as sent: did it go out at all?",
    ),
    "no_address": (
        "Factuur {number} ging per e-mail, maar naar welk adres staat er niet bij.",
        "Invoice {number} went by e-mail, but the address it went to is not recorded.",
    ),
    "email_invalid": (
        "Factuur {number} ging naar '{sent_to}': dat is geen geldig e-mailadres (een tikfout?).",
        "Invoice {number} went to '{sent_to}': that is not a valid e-mail address (a typo?).",
    ),
    "email_differs": (
        "Factuur {number} ging naar {sent_to}, maar het e-mailadres van de klant is nu"
        " {client_email}.",
        "Invoice {number} went to {sent_to}, but the client's e-mail address is now"
        " {client_email}.",
    ),
    "due_not_agreed": (
        "De vervaldatum van factuur {number} is {due_date} ({term} dagen), maar met de"
        " afgesproken betaaltermijn van {agreed_term} dagen is dat {agreed_due_date}.",
        "Invoice {number} is due on {due_date} ({term} days), but the agreed payment term of"
        " {agreed_term} days makes that {agreed_due_date}.",
    ),
    "term_over_60": (
        "Factuur {number} geeft {term} dagen om te betalen: meer dan 60 dagen geldt tussen"
        " bedrijven alleen als dat uitdrukkelijk is afgesproken (art. 6:119a lid 5 BW).",
        "Invoice {number} gives {term} days to pay: between businesses more than 60 days"
        " holds only when expressly agreed (art. 6:119a(5) Dutch Civil Code).",
    ),
    "term_over_30_sme": (
        "Factuur {number} geeft {term} dagen om te betalen, maar een groot bedrijf mag met"
        " een mkb-bedrijf hoogstens 30 dagen afspreken; een langere termijn is nietig"
        " (art. 6:119a lid 6 BW).",
        "Invoice {number} gives {term} days to pay, but a large company may agree at most 30"
        " days with a small business; a longer term is void (art. 6:119a(6) Dutch Civil"
        " Code).",
    ),
}

# How it went out: sent_via code -> (Dutch, English) with {date} and {to}.
SENDING: dict[str, tuple[str, str]] = {
    "email": ("per e-mail verstuurd op {date} aan {to}", "sent by e-mail on {date} to {to}"),
    "email_no_to": ("per e-mail verstuurd op {date}", "sent by e-mail on {date}"),  # no address
    "post": ("per post verstuurd op {date}", "sent by post on {date}"),
    "portal": ("via een portaal verstuurd op {date}", "sent through a portal on {date}"),
    "hand": ("afgegeven op {date}", "handed over on {date}"),
    "": ("verstuurd op {date}", "sent on {date}"),
    "not_sent": ("niet als verstuurd geregistreerd", "not recorded as sent"),
    "term": (
        "betaaltermijn {term} dagen, te betalen op {due_date}",
        "payment term {term} days, due on {due_date}",
    ),
    "checked": ("gecontroleerd op {date}", "checked on {date}"),
    # the reason column of a letter step that asks for the check first
    "check_first": (
        "Controleer eerst of de factuur goed is verstuurd: {problem}",
        "First check that the invoice went out right: {problem}",
    ),
    "more": ("(en nog {count})", "(and {count} more)"),
    "snoozed": (
        "Uitgesteld tot {date}: {reason}",
        "Snoozed until {date}: {reason}",
    ),
}

WORKLIST_MESSAGES: dict[str, tuple[str, str]] = {
    "snooze_reason_empty": (
        "Schrijf op waarom u deze stap uitstelt.",
        "Write down why you snooze this step.",
    ),
    "snooze_until_not_future": (
        "Stel uit tot een dag na vandaag ({date} is dat niet).",
        "Snooze until a day after today ({date} is not).",
    ),
    "snooze_action_unknown": (
        "'{text}' is geen stap van de werklijst.",
        "'{text}' is not a step of the worklist.",
    ),
    "snooze_not_active": (
        "Deze stap is niet (meer) uitgesteld.",
        "This step is not snoozed (any more).",
    ),
    "sent_check_no_invoices": (
        "Kies de facturen waarvan u de verzending hebt gecontroleerd.",
        "Choose the invoices whose sending you checked.",
    ),
}
