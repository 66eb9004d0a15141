"""Amounts and dates as a Dutch (or English) reader expects them: € 1.234,56 and 22-11-2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_currency

LOCALES = {"nl": "nl_NL", "en": "en_GB"}

HOLIDAY_NAMES: dict[str, tuple[str, str]] = {
    # domain.termijnen.HolidayKind (a str, not imported: the window starts without it):
    # (Dutch, English); the Dutch names are those of art. 3 Algemene termijnenwet
    "new_year": ("Nieuwjaarsdag", "New Year's Day"),
    "good_friday": ("Goede Vrijdag", "Good Friday"),
    "easter_monday": ("tweede Paasdag", "Easter Monday"),
    "kings_day": ("Koningsdag", "King's Day"),
    "liberation_day": ("5 mei", "5 May"),
    "ascension_day": ("Hemelvaartsdag", "Ascension Day"),
    "whit_monday": ("tweede Pinksterdag", "Whit Monday"),
    "christmas_day": ("eerste Kerstdag", "Christmas Day"),
    "boxing_day": ("tweede Kerstdag", "Boxing Day"),
    "equated_by_decree": (
        "bij besluit gelijkgesteld met een feestdag",
        "equated with a public holiday by decree",
    ),
}


def format_money(amount: Decimal, language: str = "nl") -> str:
    return format_currency(amount, "EUR", locale=LOCALES.get(language, "nl_NL"))


def format_date(value: date, language: str = "nl") -> str:
    return value.strftime("%d-%m-%Y") if language == "nl" else value.strftime("%d/%m/%Y")


def weekday_name(value: date, language: str = "nl", *, short: bool = False) -> str:
    """``zaterdag`` (or ``Saturday``); ``short``: ``za`` (``Sat``)."""
    # Imported here: Babel's date module is not needed to show the window.
    from babel.dates import format_date as babel_date

    return babel_date(value, "EEE" if short else "EEEE", locale=LOCALES.get(language, "nl_NL"))


def format_day(value: date, language: str = "nl") -> str:
    """A date with its weekday: ``za 19-12-2026`` (or ``Sat 19/12/2026``)."""
    return f"{weekday_name(value, language, short=True)} {format_date(value, language)}"


def holiday_name(kind: str, language: str = "nl") -> str:
    dutch, english = HOLIDAY_NAMES[kind]
    return english if language == "en" else dutch


def format_percent(rate: Decimal, language: str = "nl") -> str:
    """A rate given in percent: ``12,50%`` in Dutch, ``12.50%`` in English."""
    text = f"{rate:.2f}%"
    return text.replace(".", ",") if language == "nl" else text
