"""The domain's one rule for each kind of typed value, with hostile and mistaken input:
amounts (zero, negative, absurd, too precise), dates (impossible, before 1990, after 2100),
texts (control characters, right-to-left overrides, emoji, 10,000 characters), and the
spreadsheet cell that is never run as a formula (OWASP "CSV Injection")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.dates import check_date, parse_date
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import MAXIMUM_AMOUNT, check_amount, parse_amount
from debiteur_desk.domain.text_limits import clean_line, clean_lines
from debiteur_desk.text.messages import CATALOGUE, describe
from debiteur_desk.text.spreadsheet import safe_cell


def code_of(call) -> str:
    with pytest.raises(InvalidInput) as caught:
        call()
    assert not describe(caught.value).startswith(caught.value.code)  # a real sentence
    return caught.value.code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("0", "amount_zero"),
        ("0,00", "amount_zero"),
        ("-5", "amount_negative"),
        ("10.000.000,01", "amount_too_large"),
        ("99999999999999999999", "amount_too_large"),
        ("12,345", "amount_too_precise"),
        ("1e6", "amount_not_a_number"),
        ("NaN", "amount_not_a_number"),
        ("", "amount_empty"),
    ],
)
def test_a_bad_amount_is_refused_with_its_message(text, code):
    assert code_of(lambda: parse_amount(text)) == code


def test_the_largest_amount_is_taken():
    assert parse_amount("10.000.000,00") == MAXIMUM_AMOUNT
    assert parse_amount("-10.000.000,00", allow_negative=True) == -MAXIMUM_AMOUNT


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (Decimal("12.345"), "amount_too_precise"),
        (Decimal("NaN"), "amount_too_precise"),
        (Decimal("Infinity"), "amount_too_precise"),
        (Decimal("10000000.01"), "amount_too_large"),
        (Decimal("0"), "amount_zero"),
        (Decimal("-1"), "amount_negative"),
    ],
)
def test_the_services_rule_for_amounts_is_the_same(value, code):
    assert code_of(lambda: check_amount(value)) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31-02-2026", "date_does_not_exist"),
        ("2026-13-01", "date_does_not_exist"),
        ("00-00-0000", "date_does_not_exist"),
        ("31-12-1989", "date_out_of_range"),
        ("01-01-1926", "date_out_of_range"),
        ("2101-01-01", "date_out_of_range"),
        ("9999-12-31", "date_out_of_range"),
        ("gisteren", "date_format"),
        ("", "date_format"),
    ],
)
def test_a_bad_date_is_refused_with_its_message(text, code):
    assert code_of(lambda: parse_date(text)) == code


def test_the_date_range_is_inclusive_and_named_in_the_message():
    assert parse_date("01-01-1990") == date(1990, 1, 1)
    assert parse_date("2100-12-31") == date(2100, 12, 31)
    with pytest.raises(InvalidInput) as caught:
        check_date(date(1926, 5, 1))
    assert describe(caught.value) == (
        "De datum 01-05-1926 ligt niet tussen 01-01-1990 en 31-12-2100. Controleer het jaar."
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Jansen\tBouw\r\nB.V.  ", "Jansen Bouw B.V."),
        ("Jan\x00sen", "Jansen"),  # NUL: PostgreSQL cannot store it
        ("\x1b[31mRood\x1b[0m", "[31mRood[0m"),  # the escape code's ESC goes
        ("Bakker\u202e", "Bakker"),  # a right-to-left override
        ("\u2066Bakker\u2069", "Bakker"),  # an isolate
        ("שלום בע״מ", "שלום בע״מ"),  # right-to-left letters stay
        ("Fietsen 🚲👍🏽 & Zn", "Fietsen 🚲👍🏽 & Zn"),  # emoji stay
        ("Café\u200fX", "Café\u200fX"),  # the right-to-left mark stays
        ("\x85\x9f", ""),
    ],
)
def test_control_characters_are_taken_out_of_a_line(typed, stored):
    assert clean_line(typed) == stored


def test_notes_keep_their_lines_and_tabs():
    assert clean_lines("Belde\r\nterug:\tmorgen\rbellen\x00\x0b") == "Belde\nterug:\tmorgen\nbellen"


@given(st.text())
def test_no_cleaned_text_holds_a_control_character(text):
    for cleaned in (clean_line(text), clean_lines(text)):
        assert not any(ord(c) < 0x20 and c not in "\t\n" for c in cleaned)
        assert not any(0x7F <= ord(c) <= 0x9F for c in cleaned)
        assert not any(
            c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in cleaned
        )
    assert "\n" not in clean_line(text) and "\t" not in clean_line(text)


def test_ten_thousand_characters_are_refused_for_every_field():
    for limit in limits.ALL:
        with pytest.raises(InvalidInput) as caught:
            limit.clean("x" * 10_000)
        assert caught.value.code == f"{limit.code}_too_long"
        assert f"{limit.code}_too_long" in CATALOGUE


@pytest.mark.parametrize(
    ("text", "exported"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Jansen & Zn", "Jansen & Zn"),
        ("שלום", "שלום"),
    ],
)
def test_a_cell_is_never_run_as_a_formula(text, exported):
    assert safe_cell(text) == exported


@given(st.text())
def test_every_cell_starting_like_a_formula_is_quoted(text):
    cell = safe_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell.removeprefix("'") == text or cell == text
