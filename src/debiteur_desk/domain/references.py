"""Payment references and the identifiers on letters and invoices.

The Dutch *betalingskenmerk* (Betaalvereniging): 7 to 16 digits; a 16-digit
kenmerk is a check digit followed by 15 digits. Weights 2,4,8,5,10,9,7,3,6,1
repeat from the rightmost digit; C = 11 - (sum mod 11), with 10 -> 1 and 11 -> 0.
RF creditor references (ISO 11649), IBAN and BTW-id are validated by python-stdnum.
"""

from __future__ import annotations

import re

from stdnum import iban as _iban
from stdnum import iso11649
from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_97_10
from stdnum.nl import btw as _btw
from stdnum.nl import postcode as _postcode

from debiteur_desk.domain.errors import InvalidInput

_WEIGHTS = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
# The weight of each of the 15 body digits, left to right (weights run from the right).
_BODY_WEIGHTS = tuple(_WEIGHTS[(14 - i) % len(_WEIGHTS)] for i in range(15))


def kenmerk_check_digit(body: str) -> int:
    """The check digit for the 15 digits that follow it in a 16-digit kenmerk."""
    if not re.fullmatch(r"[0-9]{15}", body):
        raise InvalidInput("kenmerk_format", text=body)
    total = sum(int(digit) * _WEIGHTS[i % len(_WEIGHTS)] for i, digit in enumerate(reversed(body)))
    check = 11 - (total % 11)
    return {10: 1, 11: 0}.get(check, check)


def make_kenmerk(number: int) -> str:
    """A 16-digit betalingskenmerk carrying ``number`` (at most 15 digits)."""
    if number < 0 or number >= 10**15:
        raise InvalidInput("kenmerk_format", text=str(number))
    body = f"{number:015d}"
    return f"{kenmerk_check_digit(body)}{body}"


def is_valid_kenmerk(text: str) -> bool:
    """True for 7-15 digits, or 16 digits with a correct check digit.

    Incoming bank data sometimes carries kenmerken that fail the check: the
    importers match on the digits and do not call this to reject them.
    """
    digits = re.sub(r"\s", "", text)
    if not re.fullmatch(r"[0-9]{7,16}", digits):
        return False
    if len(digits) < 16:
        return True
    return kenmerk_check_digit(digits[1:]) == int(digits[0])


def make_rf_reference(reference: str) -> str:
    """An ISO 11649 creditor reference (``RF`` + 2 check digits + up to 21 characters)."""
    body = re.sub(r"\s", "", reference).upper()
    if not re.fullmatch(r"[0-9A-Z]{1,21}", body):
        raise InvalidInput("rf_format", text=reference)
    return f"RF{mod_97_10.calc_check_digits(body + 'RF')}{body}"


def _validated(validator, code: str, text: str) -> str:  # noqa: ANN001 - stdnum module
    try:
        return validator.validate(text)
    except ValidationError:
        raise InvalidInput(code, text=text) from None


def validate_rf_reference(text: str) -> str:
    return _validated(iso11649, "rf_invalid", text)


def validate_iban(text: str) -> str:
    """The IBAN in compact form; raises :class:`InvalidInput` when wrong."""
    return _validated(_iban, "iban_invalid", text)


def validate_btw_id(text: str) -> str:
    """A Dutch BTW-id (omzetbelastingnummer), returned as ``NL…B..``."""
    return "NL" + _validated(_btw, "btw_invalid", text)


def validate_postcode(text: str) -> str:
    """A Dutch postcode as ``1234 AB``."""
    return _validated(_postcode, "postcode_invalid", text)


def validate_kvk(text: str) -> str:
    """A KvK number: eight digits (no check digit since 2016, so only the form is checked)."""
    digits = re.sub(r"[\s.]", "", text)
    if not re.fullmatch(r"[0-9]{8}", digits):
        raise InvalidInput("kvk_invalid", text=text)
    return digits


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def validate_email(text: str) -> str:
    """An e-mail address of the form ``name@domain.tld`` (the form only)."""
    if not _EMAIL.match(text.strip()):
        raise InvalidInput("email_invalid", text=text.strip())
    return text.strip()


def validate_country(text: str) -> str:
    """A two-letter country code (ISO 3166-1), in capitals."""
    if not _COUNTRY.match(text.strip()):
        raise InvalidInput("country_code_invalid", text=text)
    return text.strip().upper()
