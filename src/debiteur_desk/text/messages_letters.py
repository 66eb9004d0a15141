"""Messages for the letters and the 14-dagenbrief (merged into ``messages.CATALOGUE``).

``sent_flag_<flag>``: what looks wrong about how an invoice went out, worded as the
worklist words it (``messages_worklist.SENT_FLAGS``), for a letter refused until the user
checked it.
"""

from debiteur_desk.text.messages_worklist import SENT_FLAGS

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
        "Er zijn geen vervallen facturen waarover deze brief kan gaan.",
        "There are no overdue invoices for this letter to be about.",
    ),
    "letter_invoice_not_due": (
        "Factuur {number} is nog niet vervallen (vervaldatum {due_date}); een aanmaning "
        "kan pas vanaf {first_day}.",
        "Invoice {number} is not due yet (due {due_date}); a demand for payment can be "
        "made from {first_day}.",
    ),
    "letter_invoice_disputed": (
        "Factuur {number} wordt betwist: los het geschil eerst op, dan kan er weer een "
        "aanmaning over.",
        "Invoice {number} is disputed: resolve the dispute first, then it can be demanded again.",
    ),
    "letter_invoice_promised": (
        "Voor factuur {number} loopt een betalingsafspraak tot en met {until}. Zolang u "
        "hebt afgesproken te wachten, volgt geen aanmaning; wordt de afspraak niet "
        "nagekomen, dan kan het daarna.",
        "Invoice {number} is under a payment promise until {until}. While you agreed to "
        "wait, no demand follows; if the promise is broken, it can be sent afterwards.",
    ),
    "letter_invoice_in_plan": (
        "Factuur {number} valt onder betalingsregeling {plan}. Zolang de regeling loopt en "
        "geen termijn is gemist, volgen geen aanmaningen (zo staat het in de regeling).",
        "Invoice {number} is part of payment plan {plan}. While the plan runs and no "
        "instalment is missed, no demands follow (the plan says so).",
    ),
    "letter_invoice_sent_check_open": (
        "Controleer eerst of de factuur goed is verstuurd: {problem} Een herinnering of "
        "aanmaning telt pas als de klant de factuur echt heeft ontvangen; een verklaring "
        "werkt pas als die de ander heeft bereikt (art. 3:37 lid 3 BW). Klik in 'Vandaag te "
        "doen' op 'Klopt, verstuurd', of pas de factuur aan.",
        "First check that the invoice went out right: {problem} A reminder or demand only "
        "counts once the client really received the invoice; a statement only takes effect "
        "once it reached the other party (art. 3:37(3) Dutch Civil Code). In 'To do today' "
        "click 'Correct, it was sent', or correct the invoice.",
    ),
    "letter_reminder_not_sent": (
        "De herinnering van {made_on} is nog niet als verstuurd gemarkeerd. Alleen een "
        "verstuurde brief telt: markeer die eerst als verstuurd.",
        "The reminder of {made_on} has not been marked as sent. Only a letter that was "
        "sent counts: mark it as sent first.",
    ),
    "letter_already_sent": (
        "Een van deze brieven is op {sent_on} als verstuurd gemarkeerd; een verstuurde brief "
        "blijft bewaard als bewijs en kan niet worden teruggenomen.",
        "One of these letters was marked as sent on {sent_on}; a letter that was sent is kept "
        "as evidence and cannot be taken back.",
    ),
    "letter_unprintable": (
        "Deze tekens kan de brief niet afdrukken; ze staan er als '?': {characters}",
        "The letter cannot print these characters; they show as '?': {characters}",
    ),
    "letter_left_out": ("Niet in deze brief: {reason}", "Not in this letter: {reason}"),
    "letter_rate_warning": (
        "Controleer vóór verzenden: {warning}",
        "Check before sending: {warning}",
    ),
    "costs_btw_deductible": (
        "Let op: u rekent btw over de incassokosten, maar u heeft een btw-nummer. Wie btw "
        "kan verrekenen, mag die niet doorberekenen (art. 2 lid 3 Besluit BIK).",
        "Note: you charge VAT on the collection costs, but you have a VAT number. Whoever "
        "can deduct VAT may not pass it on (art. 2(3) Besluit BIK).",
    ),
    "costs_already_in_plan": (
        "De incassokosten voor een deel van deze facturen zaten al in een "
        "betalingsregeling en worden niet nog eens gerekend.",
        "The collection costs for some of these invoices were already part of a payment "
        "plan and are not charged again.",
    ),
    "letter_deadline_not_for_kind": (
        "Deze brief heeft geen eigen termijn: de datum volgt uit de wet of uit de afspraak.",
        "This letter takes no deadline of your own: the date follows from the law or the "
        "agreement.",
    ),
    "letter_deadline_too_soon": (
        "De uiterste datum ({deadline}) moet na de datum van de brief liggen.",
        "The deadline ({deadline}) must be after the date of the letter.",
    ),
    "fourteen_day_no_default": (
        "De klant is voor factuur {number} (vervaldatum {due_date}) nog niet in verzuim: "
        "stuur eerst een herinnering met een betaaltermijn, markeer die als verstuurd en "
        "wacht tot die termijn voorbij is (art. 6:82 BW). Is de betaaltermijn als fatale "
        "termijn afgesproken, zet dat dan in Instellingen.",
        "The client is not yet in default for invoice {number} (due {due_date}): first send "
        "a reminder with a term, mark it as sent and wait until that term has passed (art. "
        "6:82 BW). If the payment term was agreed as a fatal term, say so in Settings.",
    ),
    "fourteen_day_already_sent": (
        "Factuur {number} stond al in de 14-dagenbrief van {made_on}; een tweede mag niet "
        "(art. 6:96 lid 7 BW). De volgende stap is de sommatie.",
        "Invoice {number} was already in the 14-day letter of {made_on}; a second one is "
        "not allowed (art. 6:96(7) BW). The next step is the final demand.",
    ),
    "fourteen_day_already_made": (
        "Voor factuur {number} is op {made_on} al een 14-dagenbrief gemaakt die nog niet "
        "als verstuurd is gemarkeerd: verstuur die en markeer hem als verstuurd.",
        "A 14-day letter about invoice {number} was made on {made_on} and has not been "
        "marked as sent: send that one and mark it as sent.",
    ),
    "fourteen_day_all_covered": (
        "Alle vervallen facturen van deze klant stonden al in een 14-dagenbrief; de "
        "volgende stap is de sommatie.",
        "Every overdue invoice of this client was already in a 14-day letter; the next "
        "step is the final demand.",
    ),
    "fourteen_day_all_claims": (
        "Een 14-dagenbrief aan een consument noemt alle facturen waarvoor die in verzuim "
        "is, met de bedragen opgeteld (art. 6:96 lid 7 BW), dus ook {numbers}: maak de "
        "brief voor de hele klant.",
        "A 14-day letter to a consumer names every invoice the consumer is in default for, "
        "the amounts added together (art. 6:96(7) BW), so also {numbers}: make the letter "
        "for the whole client.",
    ),
    "final_demand_fourteen_day_running": (
        "De termijn van de 14-dagenbrief van {sent_on} loopt tot en met {until}; een "
        "sommatie kan vanaf {first_day}.",
        "The term of the 14-day letter of {sent_on} runs until {until}; a final demand "
        "can be made from {first_day}.",
    ),
    "letter_no_agreement": (
        "Er is met {name} nog geen afspraak vastgelegd om te bevestigen.",
        "No agreement with {name} has been recorded to confirm.",
    ),
    "letter_no_earlier_reminder": (
        "Voor deze facturen is nog geen eerste herinnering verstuurd; stuur die eerst.",
        "No first reminder has been sent for these invoices yet; send that first.",
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
LETTER_MESSAGES.update({f"sent_flag_{flag}": texts for flag, texts in SENT_FLAGS.items()})
