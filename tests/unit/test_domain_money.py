"""Tests for debiteur_desk.domain.money: exact amounts, half-up rounding, parsing."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import (
    ZERO,
    decimal_string,
    from_cents,
    parse_amount,
    round_cents,
    to_cents,
)

D = Decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),  # half-up, not banker's rounding
        ("0.004", "0.00"),
        ("2.675", "2.68"),
        ("2.665", "2.67"),  # ROUND_HALF_EVEN would give 2.66
        ("-0.005", "-0.01"),  # half away from zero
        ("10", "10.00"),
    ],
)
def test_round_cents_is_half_up(value, expected):
    result = round_cents(D(value))
    assert result == D(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("value", "cents"),
    [("0.00", 0), ("12.34", 1234), ("12.345", 1235), ("-1.50", -150), ("1000000", 100000000)],
)
def test_to_cents(value, cents):
    assert to_cents(D(value)) == cents


@pytest.mark.parametrize(("cents", "value"), [(0, "0.00"), (1, "0.01"), (123456, "1234.56")])
def test_from_cents(cents, value):
    result = from_cents(cents)
    assert result == D(value)
    assert str(result) == value


@settings(deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip(cents):
    assert to_cents(from_cents(cents)) == cents


@settings(deadline=None)
@given(st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False))
def test_from_cents_of_to_cents_is_round_cents(value):
    assert from_cents(to_cents(value)) == round_cents(value)


@pytest.mark.parametrize(
    ("value", "text"), [("1234.5", "1234.50"), ("0.005", "0.01"), ("7", "7.00"), ("-3.1", "-3.10")]
)
def test_decimal_string(value, text):
    assert decimal_string(D(value)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),  # Dutch: dot thousands, decimal comma
        ("1234,56", "1234.56"),
        ("1234.56", "1234.56"),  # a dot followed by two digits is a decimal point
        ("1,234.56", "1234.56"),  # English grouping is accepted too
        ("€ 12,5", "12.50"),
        ("€12", "12.00"),
        ("12,50 EUR", "12.50"),
        ("1 234,56", "1234.56"),
        ("\u00a01.234,56\u00a0", "1234.56"),
        ("1.234.567,89", "1234567.89"),
        ("1.234", "1234.00"),  # a dot before exactly three digits is a thousands separator
        ("12.5", "12.50"),
        ("0,01", "0.01"),
    ],
)
def test_parse_amount_accepts_dutch_and_plain_input(text, expected):
    result = parse_amount(text)
    assert result == D(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "amount_empty"),
        ("   ", "amount_empty"),
        ("€", "amount_empty"),
        ("abc", "amount_not_a_number"),
        ("12,50,00", "amount_not_a_number"),
        ("1,2,3", "amount_not_a_number"),
        ("NaN", "amount_not_a_number"),
        ("Infinity", "amount_not_a_number"),
        ("12.3456", "amount_too_precise"),
        ("-12,50", "amount_negative"),
        ("0", "amount_zero"),
        ("0,00", "amount_zero"),
    ],
)
def test_parse_amount_rejects_junk_with_a_code(text, code):
    with pytest.raises(InvalidInput) as excinfo:
        parse_amount(text)
    assert excinfo.value.code == code
    if code != "amount_empty":
        assert excinfo.value.params["text"] == text


def test_parse_amount_allow_negative_and_zero():
    assert parse_amount("-12,50", allow_negative=True) == D("-12.50")
    assert parse_amount("0,00", allow_zero=True) == ZERO


@pytest.mark.parametrize("text", ["1.234.56", "1.2.3", "12,3456", "1e3"])
def test_parse_amount_rejects_malformed_grouping(text):
    with pytest.raises(InvalidInput):
        parse_amount(text)


def _dutch(cents):
    euros, rest = divmod(cents, 100)
    return f"{euros:,}".replace(",", ".") + f",{rest:02d}"


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=10**9))  # up to MAXIMUM_AMOUNT
def test_parse_amount_round_trips_dutch_formatting(cents):
    text = _dutch(cents)
    assert parse_amount(text) == from_cents(cents)
    assert parse_amount(f"€ {text}") == from_cents(cents)


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=10**9))  # up to MAXIMUM_AMOUNT
def test_parse_amount_round_trips_plain_decimal_point(cents):
    assert parse_amount(decimal_string(from_cents(cents))) == from_cents(cents)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1.500", "nl", "1500.00"),
        ("1.50", "en", "1.50"),
        ("1,50", "nl", "1.50"),
        ("1,500", "en", "1500.00"),
        ("1.234,56", "en", "1234.56"),  # only one reading: taken in either language
        ("1,234.56", "nl", "1234.56"),
    ],
)
def test_an_amount_is_read_in_the_users_own_notation(text, language, expected):
    """Found in review: '1.500' typed in the English window was booked as 1500."""
    assert parse_amount(text, language=language) == Decimal(expected)


def test_three_decimals_in_english_are_refused_not_read_as_thousands():
    with pytest.raises(InvalidInput) as caught:
        parse_amount("1.500", language="en")
    assert caught.value.code == "amount_too_precise"
