"""One line of a bank statement, as every statement reader returns it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from debiteur_desk.domain.errors import InvalidInput


class ImportRefused(InvalidInput):
    """A file that cannot be imported: what is wrong, and where (``line`` when known).

    ``code`` names the message (``text/messages_import.py``); ``params`` fill it."""


@dataclass(frozen=True, slots=True)
class StatementLine:
    account_iban: str  # our account the line is on
    booking_date: date
    value_date: date | None
    amount_cents: int  # signed: > 0 money in, < 0 money out
    counterparty_name: str  # "" when the format has none
    counterparty_iban: str  # normalised: upper case, no spaces; "" when unknown
    remittance: str  # the free text, its pieces joined with one space
    reference: str  # a structured reference (betalingskenmerk or RF...), "" if none
    end_to_end_id: str  # "" if none
    mandate_id: str  # SEPA direct debit mandate, "" if none
    bank_reference: str  # the bank's own id of the entry, "" if none
    reversal: bool  # a return or reversal of an earlier entry (RvslInd, RC/RD, retour)
    return_reason: str  # e.g. "MD06", "" if none
    # Stable across re-imports of the same file or an overlapping one: statement id +
    # entry reference where the format has them; otherwise the line's own fields plus
    # its occurrence number among identical lines of the same day (two identical card
    # payments are two payments).
    key: str


class LineKeys:
    """Makes ``StatementLine.key`` the same way for every format.

    With the bank's entry reference the key is account + reference. Without one (most
    CSV exports) it is the line's own fields, numbered among identical lines of the same
    account and day in file order: importing the file again gives the same keys, and two
    identical card payments stay two."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def key(
        self,
        account_iban: str,
        booking_date: date,
        amount_cents: int,
        counterparty_iban: str,
        remittance: str,
        bank_reference: str = "",
    ) -> str:
        if bank_reference:
            return f"{account_iban}|ref|{bank_reference}"
        text = " ".join(remittance.split()).casefold()
        fields = f"{booking_date.isoformat()}|{amount_cents}|{counterparty_iban}|{text}"
        number = self._seen.get(fields, 0) + 1
        self._seen[fields] = number
        # Hashed: the key is stored with the payment (100 characters at most).
        digest = hashlib.sha256(fields.encode()).hexdigest()[:32]
        return f"{account_iban}|{digest}|{number}"
