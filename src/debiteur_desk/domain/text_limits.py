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

from dataclasses import dataclass

from debiteur_desk.domain.errors import InvalidInput


@dataclass(frozen=True)
class TextLimit:
    """``code`` names the field in the message (``<code>_too_long`` in ``text/messages.py``)."""

    code: str
    maximum: int

    def check(self, text: str) -> str:
        """``text`` unchanged, or :class:`InvalidInput` when it is too long."""
        if len(text) > self.maximum:
            raise InvalidInput(f"{self.code}_too_long", length=len(text), maximum=self.maximum)
        return text


NAME = TextLimit("name", 70)
CONTACT_PERSON = TextLimit("contact_person", 70)
STREET = TextLimit("street", 70)
POSTCODE = TextLimit("postcode", 16)
CITY = TextLimit("city", 35)
EMAIL = TextLimit("email", 200)  # the column; RFC 5321 would allow 254
PHONE = TextLimit("phone", 40)
WEBSITE = TextLimit("website", 100)
ROLE = TextLimit("role", 70)
NOTES = TextLimit("notes", 4000)

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
