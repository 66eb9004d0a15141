"""Every error code the program can raise has a Dutch and an English sentence."""

import re
from pathlib import Path

import pytest

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.messages import CATALOGUE, describe

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
