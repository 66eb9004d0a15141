"""The letter engine: ReportLab PDFs for every step of the Dutch collection path.

No Qt, no database: a :class:`LetterContext` goes in, PDF bytes come out.

    pdf = render_letter(LetterKind.REMINDER, context)
    for progress in batch_letters(jobs, out=stream): ...
    unprintable_in_letter(LetterKind.REMINDER, context)  # ("🚲",): will print as "?"
"""

from __future__ import annotations

from debiteur_desk.letters.batch import BatchJob, BatchProgress, batch_letters
from debiteur_desk.letters.context import (
    AppliedPayment,
    Company,
    InvoiceInterest,
    InvoiceLine,
    Language,
    LetterContext,
    LetterKind,
    PaymentPlanTerms,
    PhoneAgreement,
    PostalAddress,
    Recipient,
    UnappliedPayment,
)
from debiteur_desk.letters.glyphs import unprintable_in_letter
from debiteur_desk.letters.render import render_letter
from debiteur_desk.letters.templates import (
    PARTS,
    PLACEHOLDERS,
    TemplateOverrides,
    default_template,
    effective_template,
    validate_template,
)

__all__ = [
    "PARTS",
    "PLACEHOLDERS",
    "AppliedPayment",
    "BatchJob",
    "BatchProgress",
    "Company",
    "InvoiceInterest",
    "InvoiceLine",
    "Language",
    "LetterContext",
    "LetterKind",
    "PaymentPlanTerms",
    "PhoneAgreement",
    "PostalAddress",
    "Recipient",
    "TemplateOverrides",
    "UnappliedPayment",
    "batch_letters",
    "default_template",
    "effective_template",
    "render_letter",
    "unprintable_in_letter",
    "validate_template",
]
