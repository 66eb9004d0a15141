"""Every error code the program can raise has a Dutch and an English sentence."""

import re
from pathlib import Path

import pytest

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.text.messages import CATALOGUE, describe

SRC = Path(__file__).resolve().parents[2] / "src" / "debiteur_desk"
RAISED = re.compile(
    r"(?:InvalidInput|NotFound|RuleViolation|DatabaseProblem|DebiteurError)\(\s*\"([a-z0-9_]+)\""
)


def raised_codes():
    codes = set()
    for path in SRC.rglob("*.py"):
        codes |= set(RAISED.findall(path.read_text(encoding="utf-8")))
    return sorted(codes)


def test_codes_are_found():
    assert {"amount_zero", "db_too_new", "client_not_found"} <= set(raised_codes())


@pytest.mark.parametrize("code", raised_codes())
def test_every_raised_code_has_both_languages(code):
    assert code in CATALOGUE, f"add {code!r} to messages.CATALOGUE"
    dutch, english = CATALOGUE[code]
    assert dutch and english and dutch != english


def test_values_fill_the_sentence():
    error = InvalidInput("amount_not_a_number", text="twaalf")
    assert describe(error) == "'twaalf' is geen bedrag."
    assert describe(error, "en") == "'twaalf' is not an amount."


def test_one_way_to_write_money_dates_and_rates_on_screen_and_on_paper():
    """Issue 11: the window said 8,00% where the letters said 8%; now one formatter."""
    from datetime import date
    from decimal import Decimal

    from debiteur_desk.letters.context import Language
    from debiteur_desk.letters.fmt import Formatter
    from debiteur_desk.text.formatting import format_date, format_money, format_percent

    for language in Language:
        fmt = Formatter(language)
        assert fmt.percent(Decimal("8.00")) == format_percent(Decimal("8.00"), language.value)
        assert fmt.money(Decimal("1234.5")) == format_money(Decimal("1234.5"), language.value)
        assert fmt.date(date(2026, 11, 22)) == format_date(date(2026, 11, 22), language.value)
    assert format_percent(Decimal("8.00")) == "8%"
    assert format_percent(Decimal("12.25"), "nl") == "12,25%"
    assert format_percent(Decimal("12.25"), "en") == "12.25%"
