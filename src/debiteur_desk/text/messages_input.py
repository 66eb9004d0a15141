"""Messages for typed values outside what the app takes (merged into
``messages.CATALOGUE``): an absurd amount, a date far in the past or future.

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

INPUT_MESSAGES: dict[str, tuple[str, str]] = {
    "amount_too_large": (
        "Het bedrag {text} is meer dan € 10 miljoen. Dat is waarschijnlijk een tikfout; "
        "controleer het bedrag.",
        "The amount {text} is more than € 10 million. That is probably a typing mistake; "
        "check the amount.",
    ),
    "date_out_of_range": (
        "De datum {text} ligt niet tussen {earliest} en {latest}. Controleer het jaar.",
        "The date {text} is not between {earliest} and {latest}. Check the year.",
    ),
}
