"""Amounts and dates as a Dutch (or English) reader expects them: € 1.234,56 and 22-11-2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def format_money(amount: Decimal, language: str = "nl") -> str:
    return format_currency(amount, "EUR", locale=LOCALES.get(language, "nl_NL"))


def format_date(value: date, language: str = "nl") -> str:
    return value.strftime("%d-%m-%Y") if language == "nl" else value.strftime("%d/%m/%Y")


def format_percent(rate: Decimal, language: str = "nl") -> str:
    """A rate given in percent: ``12,50%`` in Dutch, ``12.50%`` in English."""
    text = f"{rate:.2f}%"
    return text.replace(".", ",") if language == "nl" else text
