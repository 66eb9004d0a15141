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
        return date(year, month, day)
    except ValueError:
        raise InvalidInput("date_does_not_exist", text=text) from None


def day_number(value: date) -> int:
    """The proleptic ordinal of a date: what the database stores and compares."""
    return value.toordinal()


def from_day_number(number: int) -> date:
    return date.fromordinal(number)
