"""Dates as users type them, and the day numbers the database compares."""

from __future__ import annotations

import re
from datetime import date

from debiteur_desk.domain.errors import InvalidInput

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DUTCH = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")


def parse_date(text: str) -> date:
    """Parse ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (also with ``/`` or ``.``)."""
    raw = text.strip()
    if m := _ISO.match(raw):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DUTCH.match(raw):
        day, month, year = (int(g) for g in m.groups())
    else:
        raise InvalidInput("date_format", text=text)
    try:
        value = date(year, month, day)
    except ValueError:
        raise InvalidInput("date_does_not_exist", text=text) from None
    return check_date(value, text)


# The dates the app takes: before 1990 or after 2100 is a typing mistake (1926 for 2026),
# not an invoice, a payment or a letter of a business using this app.
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


def check_date(value: date, text: str | None = None) -> date:
    """``value`` unchanged when it lies from :data:`EARLIEST_DATE` to :data:`LATEST_DATE`;
    the one rule for dates, used by ``parse_date`` and by the services."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidInput(
            "date_out_of_range",
            text=value if text is None else text,
            earliest=EARLIEST_DATE,
            latest=LATEST_DATE,
        )
    return value


def day_number(value: date) -> int:
    """The proleptic ordinal of a date: what the database stores and compares."""
    return value.toordinal()


def from_day_number(number: int) -> date:
    return date.fromordinal(number)
