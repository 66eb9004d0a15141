"""How long each text a user types may be: one copy of each limit, used by the services
(which refuse a longer text with a clear message) and by the dialogs (``setMaxLength``).

Where the numbers come from:

* Names (a client, a contact person, the company): 70 characters, what an EPC QR code
  ("GiroCode", EPC069-12) carries as the beneficiary's name, and two lines in the
  85 mm address window of a letter.
* Postal address lines. PostNL asks for 3 to 6 address lines printed at 10 to 12 pt
  (postnl.nl, "Addressing tips"); the lengths follow the international payment and
  address standards: street and number 70 (ISO 20022 ``StrtNm``, Max70Text), postcode
  16 (``PstCd``, Max16Text), city 35 (``TwnNm``, Max35Text; also the 35-character
  name-and-address line of UN/EDIFACT C058). With these, a whole address fits the
  letter's window at 8 pt or more (``letters/address_block.py``).
* E-mail: RFC 5321 allows 254 characters (the 256-octet path of section 4.5.3.1.3
  without its angle brackets), but the clients' column holds 200 (PostgreSQL enforces it)
  and widening it takes a schema migration, so 200 for now.
* Phone: 40, the width of the column.
* Invoice numbers: 40 (the column); a payment reference: 16 digits (a betalingskenmerk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from debiteur_desk.domain.errors import InvalidInput

# Control characters in typed text are taken out, not refused: they come in unseen with
# a paste (a tab from a spreadsheet, a line break from an e-mail) and mean nothing in a
# name. A tab or line break becomes a space (in notes it stays); every other control
# character (NUL, which PostgreSQL cannot store, escape codes, C1 controls) goes, and so
# do the invisible right-to-left embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069), which can make a name read differently from what it is. Right-to-left
# letters themselves, emoji and the right-to-left and left-to-right marks stay.
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
_OTHER_BREAKS = re.compile(r"[\v\f\x1c-\x1f\x85\u2028\u2029]")  # in notes: a line break
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_line(text: str) -> str:
    """One line of typed text: control characters out, a tab or line break a space,
    spaces around it stripped."""
    return _LINE_BREAKS.sub(" ", _INVISIBLE.sub("", text)).strip()


def clean_lines(text: str) -> str:
    """Text of several lines (notes): line breaks as ``\\n``, tabs kept, other control
    characters out, blank space around it stripped."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return _OTHER_BREAKS.sub("\n", _INVISIBLE.sub("", unified)).strip()


@dataclass(frozen=True)
class TextLimit:
    """``code`` names the field in the message (``<code>_too_long`` in ``text/messages.py``).
    ``multiline``: the text may have several lines (notes)."""

    code: str
    maximum: int
    multiline: bool = False

    def check(self, text: str) -> str:
        """``text`` unchanged, or :class:`InvalidInput` when it is too long."""
        if len(text) > self.maximum:
            raise InvalidInput(f"{self.code}_too_long", length=len(text), maximum=self.maximum)
        return text

    def clean(self, text: str) -> str:
        """What the user typed, cleaned (``clean_line`` or ``clean_lines``) and checked:
        the one rule for a typed text, in the dialog and in the service."""
        return self.check(clean_lines(text) if self.multiline else clean_line(text))


NAME = TextLimit("name", 70)
CONTACT_PERSON = TextLimit("contact_person", 70)
STREET = TextLimit("street", 70)
POSTCODE = TextLimit("postcode", 16)
CITY = TextLimit("city", 35)
EMAIL = TextLimit("email", 200)  # the column; RFC 5321 would allow 254
PHONE = TextLimit("phone", 40)
WEBSITE = TextLimit("website", 100)
ROLE = TextLimit("role", 70)
NOTES = TextLimit("notes", 4000, multiline=True)

INVOICE_NUMBER = TextLimit("invoice_number", 40)
DESCRIPTION = TextLimit("description", 200)
# A betalingskenmerk (16 digits) or an RF creditor reference (25), as printed with spaces.
PAYMENT_REFERENCE = TextLimit("payment_reference", 35)
SENT_TO = TextLimit("sent_to", 254)  # an e-mail address (RFC 5321), a portal, a person

# Fields whose value is checked by its own format (these are the longest typed forms).
KENMERK_TYPED = 19  # 16 digits in groups of four
IBAN_TYPED = 42  # 34 characters of the longest IBAN, with a space after every four
KVK_TYPED = 10  # 8 digits, perhaps with spaces
BTW_ID_TYPED = 20  # the column
COUNTRY_CODE = 2

ALL = (
    NAME,
    CONTACT_PERSON,
    STREET,
    POSTCODE,
    CITY,
    EMAIL,
    PHONE,
    WEBSITE,
    ROLE,
    NOTES,
    INVOICE_NUMBER,
    DESCRIPTION,
    PAYMENT_REFERENCE,
    SENT_TO,
)

# The company's details from Settings, printed in every letterhead and footer.
SETTINGS: dict[str, TextLimit] = {
    "company.name": NAME,
    "company.street": STREET,
    "company.postcode": POSTCODE,
    "company.city": CITY,
    "company.email": EMAIL,
    "company.phone": PHONE,
    "company.website": WEBSITE,
    "company.signatory_name": CONTACT_PERSON,
    "company.signatory_role": ROLE,
}
