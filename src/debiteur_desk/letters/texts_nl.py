"""Dutch letter texts.

``TEMPLATES`` are the defaults a user may edit in Settings (placeholders in
braces). ``LEGAL`` holds wording the law prescribes or that carries legal
weight; it is not editable, so a changed template can never drop it.
``LABELS`` are the fixed words of the layout.
"""

from __future__ import annotations

from debiteur_desk.letters.context import LetterKind

TEMPLATES: dict[LetterKind, dict[str, str]] = {
    LetterKind.REMINDER: {
        "subject": "Betalingsherinnering",
        "intro": (
            "Bij het bijwerken van onze administratie zagen wij dat wij de betaling van "
            "de onderstaande {invoice_noun} nog niet hebben ontvangen. Dat kan gebeuren; "
            "waarschijnlijk is het even aan uw aandacht ontsnapt."
        ),
        "body": "Wilt u het openstaande bedrag van {amount_due} uiterlijk {deadline} overmaken?",
        "outro": (
            "Heeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden "
            "beschouwen.\n\n"
            "Heeft u vragen over de {invoice_noun} of klopt er iets niet? Neem dan gerust "
            "contact met ons op via {company_contact}."
        ),
        "closing": "Met vriendelijke groet,",
    },
    LetterKind.SECOND_REMINDER: {
        "subject": "Tweede betalingsherinnering",
        "intro": (
            "Op {first_reminder_date} hebben wij u een herinnering gestuurd voor de "
            "onderstaande {invoice_noun}. Helaas hebben wij uw betaling nog steeds niet "
            "ontvangen."
        ),
        "phone_call": (
            "Op {call_date} hebben wij hierover ook telefonisch contact met u gehad. U gaf "
            "toen aan uiterlijk {agreed_deadline} te betalen, maar die betaling hebben wij "
            "niet ontvangen."
        ),
        "body": (
            "Wij verzoeken u het openstaande bedrag van {amount_due} nu uiterlijk {deadline} "
            "te betalen. Ontvangen wij uw betaling niet op tijd, dan zijn wij genoodzaakt "
            "verdere stappen te nemen om het bedrag te innen. Wij gaan ervan uit dat het "
            "zover niet hoeft te komen."
        ),
        "outro": (
            "Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden "
            "beschouwen. Lukt het u niet om op tijd te betalen, neem dan vóór {deadline} "
            "contact met ons op via {company_contact}. Dan zoeken wij samen naar een "
            "oplossing."
        ),
        "closing": "Met vriendelijke groet,",
    },
    LetterKind.AGREEMENT_CONFIRMATION: {
        "subject": "Bevestiging telefonische afspraak",
        "intro": (
            "Hartelijk dank voor ons telefoongesprek van {call_date}. Met deze brief "
            "bevestigen wij de afspraak die wij toen hebben gemaakt over de betaling van de "
            "onderstaande {invoice_noun}."
        ),
        "body": (
            "Wij hebben afgesproken dat u het openstaande bedrag van {amount_due} uiterlijk "
            "{deadline} aan ons betaalt. Ontvangen wij de betaling niet uiterlijk op die "
            "datum, dan nemen wij verdere stappen om het bedrag te innen."
        ),
        "one_time": (
            "Wij komen u graag tegemoet. Wel wijzen wij u erop dat dit uitstel een "
            "eenmalige uitzondering is op onze betalingsvoorwaarden."
        ),
        "outro": (
            "Klopt deze bevestiging niet met wat u zich van het gesprek herinnert? Laat het "
            "ons dan zo snel mogelijk weten via {company_contact}."
        ),
        "closing": "Met vriendelijke groet,",
    },
    LetterKind.PAYMENT_PLAN: {
        "subject": "Betalingsregeling",
        "intro": (
            "Zoals met u besproken, leggen wij in deze brief de betalingsregeling vast voor "
            "de onderstaande {invoice_noun}. Het totale bedrag van de regeling is "
            "{plan_total}."
        ),
        "body": (
            "U betaalt dit bedrag volgens het schema hieronder. De eerste betaling doet u "
            "uiterlijk {first_due_date}, de laatste uiterlijk {last_due_date}."
        ),
        "outro": (
            "Wilt u het tweede exemplaar van deze brief ondertekenen en uiterlijk {deadline} "
            "aan ons terugsturen? Het eerste exemplaar is voor uw eigen administratie. Heeft "
            "u vragen over de regeling, neem dan contact met ons op via {company_contact}."
        ),
        "closing": "Met vriendelijke groet,",
    },
    LetterKind.FOURTEEN_DAY_LETTER: {
        "subject": "Aanmaning",
        "intro": (
            "De betalingstermijn van de onderstaande {invoice_noun} is verstreken en wij "
            "hebben uw betaling nog niet ontvangen."
        ),
        "body": (
            "Wij gaan ervan uit dat het zover niet hoeft te komen en zien uw betaling graag "
            "tegemoet."
        ),
        "outro": (
            "Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden "
            "beschouwen. Kunt u het bedrag niet in één keer betalen, neem dan binnen de "
            "termijn contact met ons op via {company_contact}. Wij denken graag met u mee "
            "over een betalingsregeling."
        ),
        "closing": "Met vriendelijke groet,",
    },
    LetterKind.FINAL_DEMAND: {
        "subject": "Ingebrekestelling en sommatie",
        "intro": (
            "Wij hebben de betaling van de onderstaande {invoice_noun} nog altijd niet "
            "ontvangen. Uw schuld is als volgt opgebouwd."
        ),
        "body": (
            "Hierbij stellen wij u in gebreke en sommeren wij u het totaalbedrag van "
            "{total_claim} uiterlijk {deadline} aan ons te betalen. Dit is de laatste "
            "gelegenheid om deze zaak zonder verdere maatregelen af te handelen."
        ),
        "outro": (
            "Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden "
            "beschouwen. Wilt u een voorstel doen voor een betalingsregeling, neem dan vóór "
            "{deadline} contact met ons op via {company_contact}."
        ),
        "closing": "Met vriendelijke groet,",
    },
}

LEGAL: dict[str, str] = {
    # Art. 6:96 lid 6 BW; wording accepted by the courts (HR 25-11-2016,
    # ECLI:NL:HR:2016:2704). Never "na dagtekening": such a letter is invalid.
    "fourteen_day_term": (
        "Wij verzoeken u het openstaande bedrag van {amount_due} te betalen binnen "
        "veertien dagen vanaf de dag nadat deze brief bij u is bezorgd."
    ),
    "fourteen_day_costs": (
        "Heeft u niet binnen deze termijn betaald, dan bent u ons naast dit bedrag "
        "buitengerechtelijke incassokosten verschuldigd van {bik_amount}."
    ),
    "fourteen_day_costs_btw": (
        "Heeft u niet binnen deze termijn betaald, dan bent u ons naast dit bedrag "
        "buitengerechtelijke incassokosten verschuldigd van {bik_amount} plus {bik_btw} "
        "btw, in totaal {bik_total}. Wij kunnen de btw niet verrekenen en brengen die "
        "daarom bij u in rekening."
    ),
    "fourteen_day_basis": (
        "Dit bedrag is berekend volgens het Besluit vergoeding voor buitengerechtelijke "
        "incassokosten. Betaalt u binnen de termijn een deel van het bedrag, dan berekenen "
        "wij de incassokosten alleen over het deel dat dan nog openstaat."
    ),
    "fourteen_day_consequences": (
        "Daarnaast kunnen wij dan de wettelijke rente in rekening brengen en de vordering "
        "uit handen geven aan een incassobureau of gerechtsdeurwaarder, die haar zo nodig "
        "aan de rechter voorlegt. De kosten van een gerechtelijke procedure kunnen dan ook "
        "voor uw rekening komen."
    ),
    "fourteen_day_due": "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd",
    # The sommatie follows the history: "earlier requests" only after letters were sent.
    "final_demand_history": (
        "Eerder, het laatst op {earlier_demand_date}, hebben wij u schriftelijk om betaling "
        "gevraagd."
    ),
    # What follows: a business may owe more costs; for a consumer the BIK covers every
    # extra-judicial cost (art. 6:96 lid 5 BW), only court costs can follow.
    "final_demand_consequences_business": (
        "Ontvangen wij het volledige bedrag niet uiterlijk {deadline}, dan dragen wij de "
        "vordering zonder verdere aankondiging over aan een incassobureau of "
        "gerechtsdeurwaarder, en kunnen wij u voor de rechter dagen. De kosten daarvan "
        "kunnen eveneens voor uw rekening komen. De rente loopt door tot de dag waarop "
        "alles is betaald."
    ),
    "final_demand_consequences_consumer": (
        "Ontvangen wij het volledige bedrag niet uiterlijk {deadline}, dan kunnen wij de "
        "vordering uit handen geven aan een incassobureau of gerechtsdeurwaarder, die haar zo "
        "nodig aan de rechter voorlegt. Buiten de rechter om komen er dan geen andere kosten "
        "bij dan de incassokosten hierboven; alleen de kosten van een gerechtelijke procedure "
        "kunnen nog voor uw rekening komen. De wettelijke rente loopt door tot de dag waarop "
        "alles is betaald."
    ),
    "final_demand_consequences_consumer_no_costs": (
        "Ontvangen wij het volledige bedrag niet uiterlijk {deadline}, dan kunnen wij de "
        "vordering uit handen geven aan een incassobureau of gerechtsdeurwaarder, die haar zo "
        "nodig aan de rechter voorlegt. Buitengerechtelijke incassokosten zijn pas "
        "verschuldigd nadat u daarvoor een aanmaning met een termijn van veertien dagen heeft "
        "ontvangen; de kosten van een gerechtelijke procedure kunnen voor uw rekening komen. "
        "De wettelijke rente loopt door tot de dag waarop alles is betaald."
    ),
    # Art. 6:44 BW, and the day of payment (it pays the interest up to the day before).
    "final_demand_payments": (
        "Uw betalingen hebben wij verrekend zoals de wet voorschrijft: eerst met de kosten, "
        "dan met de rente en daarna met de hoofdsom (art. 6:44 BW). Vanaf de dag van een "
        "betaling loopt de rente over de hoofdsom die dan nog openstaat."
    ),
    # A deferral is no waiver: the original due date, a default and the interest stand.
    "agreement_reservation": (
        "Dit uitstel verandert niets aan de oorspronkelijke vervaldatum: een verzuim dat al "
        "is ingetreden blijft bestaan en de wettelijke rente blijft verschuldigd. Wij "
        "behouden ons alle rechten voor."
    ),
    # Art. 3:317 BW: a written demand that clearly reserves the right interrupts prescription.
    "reservation": (
        "Wij behouden ons uitdrukkelijk alle rechten voor, waaronder het recht op volledige "
        "betaling van de vordering met rente en kosten."
    ),
    "plan_terms_title": "Voorwaarden van de regeling",
    "plan_term_payment": (
        "U betaalt elke termijn uiterlijk op de vervaldatum op rekening {iban} ten name van "
        "{account_holder}, onder vermelding van {payment_reference}. Eerder of meer betalen "
        "mag altijd."
    ),
    # Vervalclausule: a missed instalment makes the whole remainder due, after a reminder.
    "plan_term_default": (
        "Betaalt u een termijn niet, niet volledig of niet op tijd, dan sturen wij u een "
        "herinnering met een termijn van {reminder_term_days} dagen. Is de achterstand "
        "ook na die termijn niet betaald, dan vervalt deze regeling en is het volledige "
        "bedrag dat dan nog openstaat in één keer opeisbaar, met de wettelijke rente over "
        "de hele looptijd tot de dag van betaling."
    ),
    "plan_term_interest": (
        "Tijdens de regeling loopt de wettelijke rente over het openstaande bedrag door. "
        "Zolang u zich aan de regeling houdt, brengen wij die rente niet in rekening."
    ),
    # Art. 6:44 BW: costs first, then interest, then principal.
    "plan_term_allocation": (
        "Uw betalingen strekken eerst tot voldoening van de kosten, dan van de rente en "
        "daarna van de hoofdsom, te beginnen bij de oudste factuur (art. 6:44 BW)."
    ),
    "plan_term_no_action": (
        "Zolang u zich aan deze regeling houdt, nemen wij geen verdere incassomaatregelen."
    ),
    # Art. 3:318 BW: the debtor's acknowledgement interrupts prescription.
    "plan_term_acknowledgement": (
        "Met uw handtekening erkent u dat u ons het bedrag van {plan_total} verschuldigd "
        "bent (erkenning van de schuld, art. 3:318 BW)."
    ),
    "plan_term_start": (
        "De regeling gaat in zodra wij het door u ondertekende exemplaar hebben ontvangen."
    ),
}

LABELS: dict[str, str] = {
    "date": "Datum",
    "our_reference": "Ons kenmerk",
    "payment_reference": "Betalingskenmerk",
    "subject": "Betreft",
    "attn": "t.a.v.",
    "page": "Pagina {page} van {pages}",
    "continued": "vervolg",
    "salutation_named": "Geachte {name},",
    "salutation_default": "Geachte heer, mevrouw,",
    "kvk": "KvK",
    "btw_id": "Btw-id",
    "iban": "IBAN",
    "bic": "BIC",
    "phone": "Tel.",
    "email": "E-mail",
    "invoice_singular": "factuur",
    "invoice_plural": "facturen",
    "contact_phone": "telefoonnummer {phone}",
    "contact_email": "e-mailadres {email}",
    "contact_or": " of ",
    "contact_fallback": "de gegevens bovenaan deze brief",
    "col_invoice": "Factuur",
    "col_invoice_date": "Factuurdatum",
    "col_due_date": "Vervaldatum",
    "col_amount": "Bedrag",
    "col_paid": "Betaald",
    "col_open": "Open",
    "total_open": "Totaal openstaand",
    "unapplied": "Ontvangen op {date}, nog niet verwerkt",
    "amount_due": "Nog te betalen",
    "pay_title": "Betaalgegevens",
    "pay_amount": "Bedrag",
    "pay_payee": "Ten name van",
    "pay_reference": "Kenmerk",
    "pay_description": "Omschrijving",
    "pay_due": "Uiterlijk",
    "pay_first_instalment": "Eerste betaling",
    "qr_explanation": (
        "Ondersteunt uw bank-app het scannen van een betaal-QR-code (GiroCode), dan vult "
        "die het bedrag, de rekening en het kenmerk vanzelf in. U kunt natuurlijk ook "
        "gewoon overmaken met de gegevens naast de code."
    ),
    "claim_principal": "Hoofdsom",
    "claim_interest_consumer": "Wettelijke rente (art. 6:119 BW) tot en met {date}",
    "claim_interest_commercial": "Wettelijke handelsrente (art. 6:119a BW) tot en met {date}",
    "claim_bik": "Buitengerechtelijke incassokosten",
    "claim_bik_btw": "Btw over de incassokosten",
    "claim_minimum_costs": "Vergoeding invorderingskosten (art. 6:96 lid 4 BW)",
    "claim_total": "Totaal te betalen",
    "col_days": "Dagen",
    "col_interest_period": "Renteperiode",
    "col_base": "Grondslag",
    "col_rate_short": "%",
    "col_interest": "Rente",
    "col_principal": "Hoofdsom",
    "payment_applied": "Ontvangen op {date} {amount}: {parts}",
    "applied_costs": "{amount} kosten",
    "applied_interest": "{amount} rente",
    "applied_principal": "{amount} hoofdsom",
    "still_open": "Nog open",
    "claim_costs_paid": "Al betaald op de incassokosten",
    "period": "{start} t/m {end}",
    "capitalised": (
        "Factuur {number}: op {date} is de rente van het afgelopen jaar bij de hoofdsom opgeteld."
    ),
    "plan_composition": "Opbouw van het bedrag",
    "plan_principal": "Hoofdsom",
    "plan_interest": "Rente",
    "plan_costs": "Kosten",
    "plan_total": "Totaal van de regeling",
    "plan_schedule": "Betalingsschema",
    "col_instalment": "Termijn",
    "down_payment": "Aanbetaling",
    "schedule_total": "Totaal",
    "sign_creditor": "Voor akkoord, schuldeiser",
    "sign_debtor": "Voor akkoord, schuldenaar",
    "sign_name": "Naam",
    "sign_place": "Plaats",
    "sign_date": "Datum",
    "sign_signature": "Handtekening",
    "copy_keep": "Exemplaar voor uw eigen administratie",
    "copy_return": "Exemplaar om ondertekend aan ons terug te sturen",
}
