"""Text for table cells: money and dates in the user's language, cached.

Babel formats an amount in tens of microseconds; a scrolling table asks for the same
few hundred cells again and again, so the strings are kept.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from functools import lru_cache

from debiteur_desk.domain.money import from_cents
from debiteur_desk.text.formatting import format_date, format_money


@lru_cache(maxsize=20_000)
def money(cents: int, language: str) -> str:
    return format_money(from_cents(cents), language)


def money_or_blank(cents: int, language: str) -> str:
    """Zero shown as nothing, so that the amounts that matter stand out."""
    return money(cents, language) if cents else ""


@lru_cache(maxsize=4_000)
def day(value: date | None, language: str) -> str:
    return "" if value is None else format_date(value, language)


@lru_cache(maxsize=50_000)
def text_key(text: str) -> str:
    """Sort key for names: case-blind, and Çelik next to Celik rather than after Zwart."""
    return unicodedata.normalize("NFKD", text).casefold()
