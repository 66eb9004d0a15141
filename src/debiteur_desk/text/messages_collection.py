"""Messages for the collection part of the app (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
``WORK_REASONS`` are the worklist's reasons (``domain.escalation.Reason``), filled with an
item's {amount}, {date} (the day the step is due), {count} (its invoices) and {invoices}
("factuur" or "facturen" as {count} asks, ``INVOICE_NOUNS``).
"""

# language: (one, more): the noun after a count of invoices.
INVOICE_NOUNS = {"nl": ("factuur", "facturen"), "en": ("invoice", "invoices")}

COLLECTION_MESSAGES: dict[str, tuple[str, str]] = {
    # phone calls and promises
    "call_invoice_not_open": (
        "Op factuur {number} staat niets meer open.",
        "Nothing is open on invoice {number}.",
    ),
    "call_not_reached_no_agreement": (
        "Een reden of afspraak kan alleen als u de klant gesproken hebt.",
        "A reason or an agreement needs a call in which the client was reached.",
    ),
    "call_dispute_needs_invoices": (
        "Kies de facturen waarover het geschil gaat.",
        "Choose the invoices the dispute is about.",
    ),
    "call_resend_only_not_received": (
        "Opnieuw sturen of het e-mailadres verbeteren kan alleen als de factuur niet ontvangen is.",
        "Re-sending or correcting the email address is only for an invoice that was not received.",
    ),
    "call_resend_needs_invoices": (
        "Kies de facturen die opnieuw verstuurd worden.",
        "Choose the invoices to send again.",
    ),
    "call_email_invalid": (
        "'{text}' is geen geldig e-mailadres.",
        "'{text}' is not a valid email address.",
    ),
    "promise_needs_invoices": (
        "Kies de facturen waarvoor de betaling is toegezegd.",
        "Choose the invoices the payment was promised for.",
    ),
    "promise_date_past": (
        "De nieuwe betaaldatum ligt voor de datum van het gesprek.",
        "The new payment date is before the date of the call.",
    ),
    "promise_on_disputed": (
        "Een betaling toezeggen voor een betwiste factuur kan niet; los eerst het geschil op.",
        "A payment cannot be promised for a disputed invoice; resolve the dispute first.",
    ),
    "promise_exceeds_open": (
        "Het toegezegde bedrag is hoger dan wat er op de facturen openstaat.",
        "The promised amount is more than is open on the invoices.",
    ),
    # payment plans
    "plan_needs_invoices": (
        "Kies de facturen voor de betalingsregeling.",
        "Choose the invoices for the payment plan.",
    ),
    "plan_one_client": (
        "Een betalingsregeling is voor facturen van één klant ({number}).",
        "A payment plan covers invoices of one client ({number}).",
    ),
    "plan_invoice_not_open": (
        "Op factuur {number} staat niets meer open.",
        "Nothing is open on invoice {number}.",
    ),
    "plan_invoice_disputed": (
        "Factuur {number} wordt betwist; los eerst het geschil op.",
        "Invoice {number} is disputed; resolve the dispute first.",
    ),
    "plan_invoice_in_plan": (
        "Factuur {number} valt al onder een betalingsregeling.",
        "Invoice {number} is already in a payment plan.",
    ),
    "plan_client_has_plan": (
        "Deze klant heeft al een lopende betalingsregeling; pas die aan in plaats van een "
        "tweede te maken.",
        "This client already has a payment plan; renegotiate it instead of making a second.",
    ),
    "plan_costs_not_allowed": (
        "Incassokosten mogen (nog) niet worden berekend: bij een consument pas na het "
        "verstrijken van de termijn van een 14-dagenbrief.",
        "Collection costs may not be charged (yet): from a consumer only after the term of "
        "a 14-day letter has run.",
    ),
    "plan_not_found": ("Betalingsregeling {id} bestaat niet.", "Payment plan {id} does not exist."),
    "plan_cannot_renegotiate": (
        "Een regeling met status '{status}' kan niet worden aangepast.",
        "A plan with status '{status}' cannot be renegotiated.",
    ),
    "plan_not_draft": (
        "Alleen een regeling in concept kan als ondertekend worden gemarkeerd (nu: '{status}').",
        "Only a draft plan can be marked signed (now: '{status}').",
    ),
    "plan_not_live": (
        "Alleen een lopende regeling kan worden beëindigd (nu: '{status}').",
        "Only a running plan can be ended (now: '{status}').",
    ),
}

WORK_REASONS: dict[str, tuple[str, str]] = {
    "prescription": (
        "{amount} kan na {last_day} verjaren: stuur vóór die dag een schriftelijke aanmaning"
        " (sommatie) en bewaar het bewijs van verzending.",
        "{amount} may prescribe after {last_day}: send a written demand before that day and"
        " keep proof that it went out.",
    ),
    "not_yet_due": (
        "{amount} vervalt; stuur een herinnering vanaf {date} als het niet betaald is.",
        "{amount} falls due; send a reminder from {date} if it is not paid.",
    ),
    "overdue": (
        "{amount} is vervallen: stuur een vriendelijke herinnering.",
        "{amount} is overdue: send a friendly reminder.",
    ),
    "long_overdue": (
        "{amount} is al sinds {date} vervallen en er ging nog geen herinnering uit: stuur er "
        "nu een en bel de klant.",
        "{amount} has been overdue since {date} and no reminder went out yet: send one now "
        "and call the client.",
    ),
    "resent": (
        "De factuur is opnieuw verstuurd; herinner vanaf {date} als {amount} niet betaald is.",
        "The invoice was sent again; remind from {date} if {amount} is not paid.",
    ),
    "no_payment": (
        "Geen betaling na de vorige stap: {amount} staat nog open.",
        "No payment after the last step: {amount} is still open.",
    ),
    "call_again": (
        "De klant was niet bereikbaar; bel opnieuw over {amount}.",
        "The client could not be reached; call again about {amount}.",
    ),
    "not_reached": (
        "De klant is telefonisch niet bereikt; ga door met de volgende brief ({amount}).",
        "The client could not be reached by phone; go on with the next letter ({amount}).",
    ),
    "ladder_done": (
        "Alle stappen zijn gezet en {amount} staat nog open: draag de vordering over.",
        "Every step was taken and {amount} is still open: hand the claim over.",
    ),
    "promise_due": (
        "Toegezegd: {amount} uiterlijk {date}; controleer of het binnen is.",
        "Promised: {amount} by {date}; check whether it came in.",
    ),
    "promise_broken": (
        "Betalingsbelofte van {amount} niet nagekomen: bel de klant.",
        "Promise to pay {amount} broken: call the client.",
    ),
    "instalment_due": (
        "Volgende termijn {amount}; rappelleer vanaf {date} als die niet betaald is.",
        "Next instalment {amount}; chase from {date} if it is not paid.",
    ),
    "instalment_missed": (
        "Termijn gemist ({amount}): stuur een herinnering met een korte termijn.",
        "Instalment missed ({amount}): send a reminder with a short term.",
    ),
    "plan_default": (
        "Na de herinnering niet betaald: het restant van {amount} is in één keer opeisbaar "
        "(vervalclausule).",
        "Still unpaid after the reminder: the remaining {amount} is due at once (vervalclausule).",
    ),
    "disputed": (
        "{count} betwiste {invoices} ({amount}): los het geschil eerst op.",
        "{count} disputed {invoices} ({amount}): resolve the dispute first.",
    ),
}
