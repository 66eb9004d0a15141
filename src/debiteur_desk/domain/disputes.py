"""A dispute about an invoice: why the client contests it, and how it ended.

While a dispute is open the invoice is out of the collection ladder (``escalation.py``)
and no ladder letter may name it (``letter_rules.py``): collection costs and a demand are
for a claim that is due and not reasonably contested. It ends one of three ways:

- **upheld, credit note**: the client was right; a credit note takes away what is open;
- **upheld, write-off**: the client was right, or it is not worth the fight; what is open
  is written off;
- **rejected**: the invoice stands and goes back on the ladder where it was.
"""

from __future__ import annotations

from enum import StrEnum


class DisputeReason(StrEnum):
    NOT_RECEIVED = "not_received"  # goods or service not received
    QUALITY = "quality"  # poor goods or work
    AMOUNT = "amount"  # the price or amount is wrong
    NOT_ORDERED = "not_ordered"
    OTHER = "other"


class DisputeOutcome(StrEnum):
    UPHELD_CREDIT_NOTE = "upheld_credit_note"
    UPHELD_WRITE_OFF = "upheld_write_off"
    REJECTED = "rejected"
