"""Messages about disputes (merged into ``messages.CATALOGUE``): marking an invoice
disputed and resolving the dispute.

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

DISPUTE_MESSAGES: dict[str, tuple[str, str]] = {
    "dispute_reason_unknown": (
        "'{text}' is geen reden voor een geschil die de app kent.",
        "'{text}' is not a reason for a dispute the app knows.",
    ),
    "dispute_outcome_unknown": (
        "'{text}' is geen afloop van een geschil die de app kent.",
        "'{text}' is not an outcome of a dispute the app knows.",
    ),
    "dispute_already_open": (
        "Over factuur {number} loopt al een geschil.",
        "Invoice {number} is already disputed.",
    ),
    "dispute_invoice_not_open": (
        "Op factuur {number} staat niets meer open; er valt niets te betwisten.",
        "Nothing is open on invoice {number}; there is nothing to dispute.",
    ),
    "dispute_before_invoice": (
        "Het geschil kan niet beginnen voor de factuurdatum van {number} ({date}).",
        "The dispute cannot start before the invoice date of {number} ({date}).",
    ),
    "dispute_date_future": (
        "De datum {date} ligt in de toekomst.",
        "The date {date} is in the future.",
    ),
    "dispute_not_open": (
        "Over factuur {number} loopt geen geschil.",
        "Invoice {number} is not disputed.",
    ),
    "dispute_resolved_before_opened": (
        "Het geschil kan niet worden opgelost voor het begon ({date}).",
        "The dispute cannot be resolved before it began ({date}).",
    ),
    "dispute_nothing_open": (
        "Op factuur {number} staat niets meer open om te crediteren of af te boeken.",
        "Nothing is open on invoice {number} to credit or write off.",
    ),
}
