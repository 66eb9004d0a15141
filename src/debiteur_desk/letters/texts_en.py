"""English letter texts, for clients whose language is English.

Same keys as :mod:`debiteur_desk.letters.texts_nl`; see there for what each table is.
"""

from __future__ import annotations

from debiteur_desk.letters.context import LetterKind

TEMPLATES: dict[LetterKind, dict[str, str]] = {
    LetterKind.REMINDER: {
        "subject": "Payment reminder",
        "intro": (
            "While updating our records we noticed that we have not yet received payment "
            "of the {invoice_noun} below. This can happen; it has probably slipped your "
            "attention."
        ),
        "body": "Would you please transfer the outstanding amount of {amount_due} by {deadline}?",
        "outro": (
            "If you have already paid, please disregard this reminder.\n\n"
            "If you have any questions about the {invoice_noun}, or if something is not right, "
            "please do not hesitate to contact us by {company_contact}."
        ),
        "closing": "Kind regards,",
    },
    LetterKind.SECOND_REMINDER: {
        "subject": "Second payment reminder",
        "intro": (
            "On {first_reminder_date} we sent you a reminder about the {invoice_noun} "
            "below. Unfortunately we have still not received your payment."
        ),
        "phone_call": (
            "We also spoke about this by phone on {call_date}. You told us then that you "
            "would pay by {agreed_deadline}, but we have not received that payment."
        ),
        "body": (
            "We ask you to pay the outstanding amount of {amount_due} by {deadline}. If we "
            "do not receive your payment in time, we will have to take further steps to "
            "collect the amount. We trust that this will not be necessary."
        ),
        "outro": (
            "If you have already paid, please disregard this letter. If you cannot pay in "
            "time, please contact us before {deadline} by {company_contact}, so that we can "
            "find a solution together."
        ),
        "closing": "Kind regards,",
    },
    LetterKind.AGREEMENT_CONFIRMATION: {
        "subject": "Confirmation of our telephone agreement",
        "intro": (
            "Thank you for our telephone conversation of {call_date}. With this letter we "
            "confirm what we agreed then about the payment of the {invoice_noun} below."
        ),
        "body": (
            "We agreed that you will pay the outstanding amount of {amount_due} by "
            "{deadline}. If we have not received the payment by that date, we will take "
            "further steps to collect the amount."
        ),
        "one_time": (
            "We are glad to accommodate you. Please note, however, that this extension is a "
            "one-time exception to our terms of payment."
        ),
        "outro": (
            "If this confirmation does not match your recollection of our conversation, "
            "please let us know as soon as possible by {company_contact}."
        ),
        "closing": "Kind regards,",
    },
    LetterKind.PAYMENT_PLAN: {
        "subject": "Payment plan",
        "intro": (
            "As discussed with you, this letter sets out the payment plan for the "
            "{invoice_noun} below. The total amount of the plan is {plan_total}."
        ),
        "body": (
            "You pay this amount according to the schedule below. The first payment is due "
            "by {first_due_date}, the last by {last_due_date}."
        ),
        "outro": (
            "Would you please sign the second copy of this letter and return it to us by "
            "{deadline}? The first copy is for your own records. If you have any questions "
            "about the plan, please contact us by {company_contact}."
        ),
        "closing": "Kind regards,",
    },
    LetterKind.FOURTEEN_DAY_LETTER: {
        "subject": "Final reminder before collection costs",
        "intro": (
            "The payment term of the {invoice_noun} below has passed and we have not yet "
            "received your payment."
        ),
        "body": "We trust that this will not be necessary and look forward to your payment.",
        "outro": (
            "If you have already paid, please disregard this letter. If you cannot pay the "
            "amount at once, please contact us within the term by {company_contact}; we "
            "are happy to discuss a payment plan with you."
        ),
        "closing": "Kind regards,",
    },
    LetterKind.FINAL_DEMAND: {
        "subject": "Notice of default and final demand",
        "intro": (
            "We have still not received payment of the {invoice_noun} below. Your debt is "
            "made up as follows."
        ),
        "body": (
            "We hereby give you notice of default and demand that you pay the total amount "
            "of {total_claim} by {deadline}. This is the last opportunity to settle this "
            "matter without further measures."
        ),
        "outro": (
            "If you have already paid, please disregard this letter. If you wish to propose "
            "a payment plan, please contact us before {deadline} by {company_contact}."
        ),
        "closing": "Kind regards,",
    },
}

LEGAL: dict[str, str] = {
    # Art. 6:96(6) Dutch Civil Code: fourteen days from the day after delivery.
    "fourteen_day_term": (
        "We ask you to pay the outstanding amount of {amount_due} within fourteen days "
        "from the day after this letter has been delivered to you."
    ),
    "fourteen_day_costs": (
        "If you have not paid within this term, you will owe us, in addition to this "
        "amount, extrajudicial collection costs of {bik_amount}."
    ),
    "fourteen_day_costs_btw": (
        "If you have not paid within this term, you will owe us, in addition to this "
        "amount, extrajudicial collection costs of {bik_amount} plus {bik_btw} VAT, "
        "{bik_total} in total. We cannot deduct this VAT and therefore charge it to you."
    ),
    "fourteen_day_basis": (
        "This amount has been calculated in accordance with the Dutch Decree on "
        "compensation for extrajudicial collection costs (Besluit vergoeding voor "
        "buitengerechtelijke incassokosten). If you pay part of the amount within the "
        "term, we will calculate the collection costs only on the part that is still "
        "outstanding."
    ),
    "fourteen_day_consequences": (
        "We may then also charge statutory interest and hand the claim over to a "
        "collection agency or bailiff, who may bring it before the court if necessary. "
        "The costs of court proceedings may then also be charged to you."
    ),
    "fourteen_day_due": (
        "within fourteen days from the day after this letter has been delivered to you"
    ),
    "reservation": (
        "We expressly reserve all our rights, including the right to full payment of the "
        "claim with interest and costs."
    ),
    "final_demand_history": (
        "We have asked you in writing for payment before, most recently on {earlier_demand_date}."
    ),
    "final_demand_consequences_business": (
        "If we have not received the full amount by {deadline}, we will hand the claim "
        "over to a collection agency or bailiff without further notice, and we may take "
        "you to court. The costs of doing so may also be charged to you. Interest "
        "continues to accrue until the day everything has been paid."
    ),
    "final_demand_consequences_consumer": (
        "If we have not received the full amount by {deadline}, we may hand the claim over "
        "to a collection agency or bailiff, who will take it to court if necessary. Out of "
        "court no costs will be added other than the collection costs above; only the "
        "costs of court proceedings may then be charged to you. Statutory interest "
        "continues to accrue until the day everything has been paid."
    ),
    "final_demand_consequences_consumer_no_costs": (
        "If we have not received the full amount by {deadline}, we may hand the claim over "
        "to a collection agency or bailiff, who will take it to court if necessary. "
        "Extrajudicial collection costs are only owed after you have received a demand "
        "giving you fourteen days to pay; the costs of court proceedings may be charged to "
        "you. Statutory interest continues to accrue until the day everything has been paid."
    ),
    "final_demand_payments": (
        "We have applied your payments as the law requires: first to the costs, then to the "
        "interest and then to the principal (art. 6:44 Dutch Civil Code). From the day of a "
        "payment, interest runs on the principal still outstanding."
    ),
    "agreement_reservation": (
        "This extension does not change the original due date: a default that has already "
        "occurred remains and statutory interest remains due. We reserve all our rights."
    ),
    "plan_terms_title": "Terms of the plan",
    "plan_term_payment": (
        "You pay each instalment no later than its due date into account {iban} in the "
        "name of {account_holder}, quoting {payment_reference}. You may always pay "
        "earlier or more."
    ),
    "plan_term_default": (
        "If an instalment is not paid, not paid in full or not paid on time, we will send "
        "you a reminder with a term of {reminder_term_days} days. If the arrears have not "
        "been paid after that term either, this plan ends and the full amount then still "
        "outstanding becomes due at once, with statutory interest over the whole period "
        "until the day of payment."
    ),
    "plan_term_interest": (
        "During the plan, statutory interest on the outstanding amount continues to accrue. "
        "As long as you keep to the plan, we will not charge it."
    ),
    "plan_term_allocation": (
        "Your payments go first towards the costs, then the interest and then the "
        "principal, beginning with the oldest invoice (art. 6:44 Dutch Civil Code)."
    ),
    "plan_term_no_action": (
        "As long as you keep to this plan, we will take no further collection measures."
    ),
    "plan_term_acknowledgement": (
        "By signing, you acknowledge that you owe us the amount of {plan_total} "
        "(acknowledgement of debt, art. 3:318 Dutch Civil Code)."
    ),
    "plan_term_start": "The plan takes effect once we have received the copy signed by you.",
}

LABELS: dict[str, str] = {
    "date": "Date",
    "our_reference": "Our reference",
    "payment_reference": "Payment reference",
    "subject": "Subject",
    "attn": "Attn.",
    "page": "Page {page} of {pages}",
    "continued": "continued",
    "salutation_named": "Dear {name},",
    "salutation_default": "Dear Sir or Madam,",
    "kvk": "Chamber of Commerce",
    "btw_id": "VAT no.",
    "iban": "IBAN",
    "bic": "BIC",
    "phone": "Phone",
    "email": "Email",
    "invoice_singular": "invoice",
    "invoice_plural": "invoices",
    "contact_phone": "phone on {phone}",
    "contact_email": "email at {email}",
    "contact_or": " or ",
    "contact_fallback": "the details at the top of this letter",
    "col_invoice": "Invoice",
    "col_invoice_date": "Invoice date",
    "col_due_date": "Due date",
    "col_amount": "Amount",
    "col_paid": "Paid",
    "col_open": "Open",
    "total_open": "Total outstanding",
    "unapplied": "Received on {date}, not yet allocated",
    "amount_due": "Still to pay",
    "pay_title": "Payment details",
    "pay_amount": "Amount",
    "pay_payee": "Account holder",
    "pay_reference": "Reference",
    "pay_description": "Description",
    "pay_due": "Pay by",
    "pay_first_instalment": "First payment",
    "qr_explanation": (
        "If your banking app can scan a payment QR code (EPC QR / GiroCode), it fills in "
        "the amount, the account and the reference for you. You can of course also "
        "transfer the amount using the details beside it."
    ),
    "claim_principal": "Principal",
    "claim_interest_consumer": "Statutory interest (art. 6:119 Dutch Civil Code) up to {date}",
    "claim_interest_commercial": (
        "Statutory commercial interest (art. 6:119a Dutch Civil Code) up to {date}"
    ),
    "claim_bik": "Extrajudicial collection costs",
    "claim_bik_btw": "VAT on the collection costs",
    "claim_minimum_costs": "Compensation for recovery costs (art. 6:96(4) Dutch Civil Code)",
    "claim_total": "Total to pay",
    "col_days": "Days",
    "col_interest_period": "Interest period",
    "col_base": "Base",
    "col_rate_short": "%",
    "col_interest": "Interest",
    "col_principal": "Principal",
    "payment_applied": "Received {amount} on {date}: {parts}",
    "applied_costs": "{amount} costs",
    "applied_interest": "{amount} interest",
    "applied_principal": "{amount} principal",
    "still_open": "Still owed",
    "claim_costs_paid": "Already paid towards the collection costs",
    "period": "{start} to {end}",
    "capitalised": (
        "Invoice {number}: on {date} the interest of the past year was added to the principal."
    ),
    "plan_composition": "How the amount is made up",
    "plan_principal": "Principal",
    "plan_interest": "Interest",
    "plan_costs": "Costs",
    "plan_total": "Total of the plan",
    "plan_schedule": "Payment schedule",
    "col_instalment": "Instalment",
    "down_payment": "Down payment",
    "schedule_total": "Total",
    "sign_creditor": "Agreed by the creditor",
    "sign_debtor": "Agreed by the debtor",
    "sign_name": "Name",
    "sign_place": "Place",
    "sign_date": "Date",
    "sign_signature": "Signature",
    "copy_keep": "Copy for your own records",
    "copy_return": "Copy to sign and return to us",
}
