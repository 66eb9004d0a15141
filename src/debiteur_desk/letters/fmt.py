"""Money, dates and text as a Dutch or English reader expects them, made safe for markup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape as _xml_escape

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal
from stdnum import iban as stdnum_iban
from stdnum import iso11649

from debiteur_desk.domain.money import round_cents
from debiteur_desk.letters.context import Language

_LOCALES = {Language.NL: "nl_NL", Language.EN: "en_GB"}
_DATE_PATTERNS = {Language.NL: "dd-MM-yyyy", Language.EN: "dd/MM/yyyy"}


def escape(text: str) -> str:
    """Text as ReportLab paragraph markup shows it literally (``&``, ``<``, ``>``)."""
    return _xml_escape(text)


def group_reference(text: str) -> str:
    """A betalingskenmerk or RF reference in blocks of four, as banks print them."""
    compact = "".join(text.split())
    if compact.isdigit() and len(compact) >= 8:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if iso11649.is_valid(compact):
        return iso11649.format(compact)
    return text


def format_iban(text: str) -> str:
    return stdnum_iban.format(text) if text else ""


# Babel looks the locale data up on every call; a batch prints the same amounts and
# dates again and again. Amounts are keyed by their text so that -0.00 stays itself.
@lru_cache(maxsize=4096)
def _money(amount: str, locale: str) -> str:
    return format_currency(Decimal(amount), "EUR", locale=locale)


@lru_cache(maxsize=1024)
def _date(value: date, pattern: str, locale: str) -> str:
    return format_date(value, pattern, locale=locale)


@dataclass(frozen=True)
class Formatter:
    language: Language

    @property
    def locale(self) -> str:
        return _LOCALES[self.language]

    def money(self, value: Decimal) -> str:
        """``€ 1.234,56`` (nl) or ``€1,234.56`` (en); the space is non-breaking."""
        return _money(str(round_cents(value)), self.locale)

    def date(self, value: date) -> str:
        return _date(value, _DATE_PATTERNS[self.language], self.locale)

    def percent(self, value: Decimal) -> str:
        """A rate given in percent: ``12,25%``."""
        return format_decimal(value, format="#,##0.###", locale=self.locale) + "%"

    def join(self, items: Sequence[str]) -> str:
        """``a, b en c`` / ``a, b and c``."""
        return format_list(list(items), locale=self.locale) if items else ""
