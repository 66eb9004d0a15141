"""Amounts, dates and rates as a Dutch (or English) reader expects them: € 1.234,56,
22-11-2026 and 8,05%. The one place for it: the window, the command line and the letters
(``letters/fmt.py``) all format through here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, format_decimal

from debiteur_desk.domain.money import round_cents

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


# Babel looks the locale data up on every call; a letter batch prints the same amounts
# again and again. Keyed by the amount's text, so that -0.00 stays itself.
@lru_cache(maxsize=4096)
def _money(amount: str, locale: str) -> str:
    return format_currency(Decimal(amount), "EUR", locale=locale)


def format_money(amount: Decimal, language: str = "nl") -> str:
    """``€ 1.234,56`` (nl) or ``€1,234.56`` (en), rounded to the cent; the space after the
    euro sign is non-breaking."""
    return _money(str(round_cents(amount)), LOCALES.get(language, "nl_NL"))


def format_date(value: date, language: str = "nl") -> str:
    """``22-11-2026`` (nl) or ``22/11/2026`` (en)."""
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
    """A rate given in percent, as the law and the letters write it: ``8%``, ``12,25%``
    (``12.25%`` in English); the same on screen and on paper."""
    return format_decimal(rate, format="#,##0.##", locale=LOCALES.get(language, "nl_NL")) + "%"
