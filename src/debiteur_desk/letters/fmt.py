"""Money, dates and text in a letter: the app's one formatting (``text/formatting.py``) in the
letter's language, lists, payment references and IBANs, and markup escaping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape as _xml_escape

from babel.lists import format_list
from stdnum import iban as stdnum_iban
from stdnum import iso11649

from debiteur_desk.letters.context import Language
from debiteur_desk.text.formatting import format_date, format_money, format_percent

_LOCALES = {Language.NL: "nl_NL", Language.EN: "en_GB"}


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


@dataclass(frozen=True)
class Formatter:
    language: Language

    @property
    def locale(self) -> str:
        return _LOCALES[self.language]

    def money(self, value: Decimal) -> str:
        return format_money(value, self.language.value)

    def date(self, value: date) -> str:
        return format_date(value, self.language.value)

    def percent(self, value: Decimal) -> str:
        return format_percent(value, self.language.value)

    def join(self, items: Sequence[str]) -> str:
        """``a, b en c`` / ``a, b and c``."""
        return format_list(list(items), locale=self.locale) if items else ""
