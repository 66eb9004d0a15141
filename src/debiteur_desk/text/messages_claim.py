"""Messages about the claim as a court computes it (``services/claim.py``, the ``claim``
command), merged into ``messages.CATALOGUE``.

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

CLAIM_MESSAGES: dict[str, tuple[str, str]] = {
    "claim_no_invoices": (
        "Noem een klant of ten minste één factuur.",
        "Name a client or at least one invoice.",
    ),
    "claim_one_client": (
        "Een vordering gaat over één klant, maar de facturen {numbers} horen bij "
        "verschillende klanten.",
        "A claim is against one client, but the invoices {numbers} belong to different clients.",
    ),
}
