"""Messages about the statutory interest rate table (merged into ``messages.CATALOGUE``),
and the sentence for a rate warning (``domain/rate_warnings.py``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the message catalogue loads at start-up; the interest rules need not
    from debiteur_desk.domain.rate_warnings import RateWarning

RATE_MESSAGES: dict[str, tuple[str, str]] = {
    "rate_warning_unverified": (
        "{what} vanaf {date} is niet geverifieerd — controleer die.",
        "{what} from {date} is not verified — check it.",
    ),
    "rate_warning_missing": (
        "{what} vanaf {date} staat niet in de tabel — controleer die.",
        "{what} from {date} is not in the table — check it.",
    ),
    "rate_empty": ("Vul een percentage in.", "Enter a rate."),
    "rate_source_empty": (
        "Vermeld de bron van het percentage (besluit of ECB-rente).",
        "Give the source of the rate (decree or ECB rate).",
    ),
    "rate_out_of_range": (
        "Een rentepercentage ligt tussen 0 en {maximum}% ({text}).",
        "An interest rate lies between 0 and {maximum}% ({text}).",
    ),
    "rate_not_a_number": (
        "'{text}' is geen percentage; schrijf bijvoorbeeld 4 of 10,15.",
        "'{text}' is not a percentage; write for example 4 or 10.15.",
    ),
    "rate_not_found": ("Rentepercentage {id} bestaat niet.", "Interest rate {id} does not exist."),
}

_WHAT = {
    # InterestKind value: (Dutch, English)
    "consumer": ("Wettelijke rente", "Statutory interest"),
    "commercial": ("Handelsrente", "Commercial interest"),
}


def describe_rate_warning(warning: RateWarning, language: str = "nl") -> str:
    """One sentence: "Handelsrente vanaf 01-07-2026 staat niet in de tabel — controleer die."."""
    # Imported here: the catalogue above loads with every start, Babel need not.
    from debiteur_desk.text.formatting import format_date

    english = language == "en"
    code = f"rate_warning_{warning.kind.value}"  # RateWarningKind: missing, unverified
    template = RATE_MESSAGES[code][english]
    what = _WHAT[warning.interest_kind.value][english]
    return template.format(what=what, date=format_date(warning.from_date, language))
