"""Exact money: ``Decimal`` in the domain, integer cents in the database.

Rounding is half-up to the cent and happens in :func:`round_cents`, once per
figure that a user will see.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from debiteur_desk.domain.errors import InvalidInput

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def round_cents(value: Decimal) -> Decimal:
    """Round half-up to whole cents."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    """Euros as ``Decimal`` to integer cents (rounded half-up)."""
    return int(round_cents(value) * 100)


def from_cents(cents: int) -> Decimal:
    """Integer cents to euros with two decimals."""
    return (Decimal(cents) / 100).quantize(CENT)


# Dutch: 1.234,56 / 1234,56 / 1234 ; English: 1,234.56 / 1234.56 (ASCII digits only)
_GROUPS = r"(?:0|[1-9][0-9]{0,2}(?:%s[0-9]{3})+|[0-9]+)"
_DUTCH = re.compile(r"^(?P<int>%s)(?:,(?P<frac>[0-9]+))?$" % (_GROUPS % r"\."))
_ENGLISH = re.compile(r"^(?P<int>%s)(?:\.(?P<frac>[0-9]+))?$" % (_GROUPS % ","))


def parse_amount(
    text: str, *, allow_zero: bool = False, allow_negative: bool = False, language: str = "nl"
) -> Decimal:
    """Parse an amount typed by a user: ``1.234,56``, ``1234,5``, ``€ 12``, ``1,234.56``.

    Where both readings are possible the user's own notation wins: ``1.500`` is 1500 to a
    Dutch user and 1.50 to an English one (``language``); ``1,50`` the other way round.
    Thousands groups must have three digits; more than two decimals is refused.
    """
    raw = re.sub(r"(?i)eur|€|\s", "", text)
    negative = raw.startswith("-")
    raw = raw.removeprefix("-")
    if not raw:
        raise InvalidInput("amount_empty")
    first, second = (_ENGLISH, _DUTCH) if language == "en" else (_DUTCH, _ENGLISH)
    match = first.match(raw) or second.match(raw)
    if match is None:
        raise InvalidInput("amount_not_a_number", text=text)
    separator = "," if match.re is _ENGLISH else "."
    whole = match["int"].replace(separator, "")
    fraction = match["frac"] or "0"
    if len(fraction) > 2:
        raise InvalidInput("amount_too_precise", text=text)
    value = Decimal(f"{'-' if negative else ''}{whole}.{fraction}")
    return round_cents(
        check_amount(value, allow_zero=allow_zero, allow_negative=allow_negative, text=text)
    )


# More than this in one invoice or payment is a typing mistake in this app's world (a
# shop, a freelancer, a small firm): a few zeros too many, not a real amount.
MAXIMUM_AMOUNT = Decimal("10000000.00")


def check_amount(
    value: Decimal,
    *,
    allow_zero: bool = False,
    allow_negative: bool = False,
    text: str | None = None,
) -> Decimal:
    """``value`` unchanged when it is an amount the app takes: at most two decimals, not
    more than :data:`MAXIMUM_AMOUNT` either way, and not zero or negative unless allowed.
    The one rule for amounts, used by ``parse_amount`` (dialogs, command line, imports)
    and by the services (for a value that did not come through ``parse_amount``).
    ``text``: what the user typed, for the message."""
    shown = str(value) if text is None else text
    if not value.is_finite() or value != value.quantize(CENT):
        raise InvalidInput("amount_too_precise", text=shown)
    if abs(value) > MAXIMUM_AMOUNT:
        raise InvalidInput("amount_too_large", text=shown)
    if value < 0 and not allow_negative:
        raise InvalidInput("amount_negative", text=shown)
    if value == 0 and not allow_zero:
        raise InvalidInput("amount_zero", text=shown)
    return value


def decimal_string(value: Decimal) -> str:
    """The form used in ``--json`` output: ``"1234.56"``."""
    return f"{round_cents(value):.2f}"
