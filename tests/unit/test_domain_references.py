"""Tests for debiteur_desk.domain.references: kenmerk, RF reference, IBAN and friends."""

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.references import (
    is_valid_kenmerk,
    kenmerk_check_digit,
    make_kenmerk,
    make_rf_reference,
    validate_btw_id,
    validate_iban,
    validate_kvk,
    validate_postcode,
    validate_rf_reference,
)

# Betaalvereniging betalingskenmerk, valid 16-digit examples (docs/dutch-rules.md §6)
KENMERK_EXAMPLES = ["5000056789012345", "5010002167010010", "0001041146910100"]


@pytest.mark.parametrize("kenmerk", KENMERK_EXAMPLES)
def test_kenmerk_examples_are_valid(kenmerk):
    """Betaalvereniging betalingskenmerk: 5000056789012345, 5010002167010010 and
    0001041146910100 are valid (docs/dutch-rules.md §6)."""
    assert is_valid_kenmerk(kenmerk)
    assert kenmerk_check_digit(kenmerk[1:]) == int(kenmerk[0])
    assert make_kenmerk(int(kenmerk[1:])) == kenmerk


def test_kenmerk_check_digit_by_hand():
    """Betaalvereniging check digit: weights 2,4,8,5,10,9,7,3,6,1 from the right;
    C = 11 - (sum mod 11).
    Body 000000000000005: 5 x 2 = 10; 11 - 10 = 1.
    Body 000000000000010: 1 x 4 = 4; 11 - 4 = 7.
    Body 000000000000000: sum 0; 11 - 0 = 11 -> 0.
    Body 000000000000001: 1 x 2 = 2; 11 - 2 = 9.
    Body 000000000000006: 6 x 2 = 12, mod 11 = 1; 11 - 1 = 10 -> 1.
    Body 010000000000000: 14th from the right, the weights restart after ten: 1 x 5; 11 - 5 = 6.
    Body 100000000000000: 15th from the right: 1 x 10; 11 - 10 = 1."""
    assert kenmerk_check_digit("000000000000005") == 1
    assert kenmerk_check_digit("000000000000010") == 7
    assert kenmerk_check_digit("000000000000000") == 0
    assert kenmerk_check_digit("000000000000001") == 9
    assert kenmerk_check_digit("000000000000006") == 1
    assert kenmerk_check_digit("010000000000000") == 6
    assert kenmerk_check_digit("100000000000000") == 1


@pytest.mark.parametrize("body", ["", "12345678901234", "1234567890123456", "12345678901234a"])
def test_kenmerk_check_digit_needs_15_digits(body):
    with pytest.raises(InvalidInput) as excinfo:
        kenmerk_check_digit(body)
    assert excinfo.value.code == "kenmerk_format"


@pytest.mark.parametrize("number", [-1, 10**15])
def test_make_kenmerk_out_of_range(number):
    with pytest.raises(InvalidInput) as excinfo:
        make_kenmerk(number)
    assert excinfo.value.code == "kenmerk_format"


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("5000 0567 8901 2345", True),  # spaces are ignored
        ("6000056789012345", False),  # wrong check digit
        ("123456", False),  # too short
        ("1234567", True),  # 7-15 digits carry no check digit
        ("123456789012345", True),
        ("50000567890123450", False),  # 17 digits
        ("500005678901234A", False),
        ("", False),
        ("-123456789", False),
    ],
)
def test_is_valid_kenmerk(text, valid):
    assert is_valid_kenmerk(text) is valid


@pytest.mark.parametrize("text", ["²" * 7, "²" * 16])
def test_is_valid_kenmerk_rejects_non_ascii_digits(text):
    assert is_valid_kenmerk(text) is False


numbers = st.integers(min_value=0, max_value=10**15 - 1)


@settings(deadline=None)
@given(numbers)
def test_make_kenmerk_round_trips(number):
    kenmerk = make_kenmerk(number)
    assert len(kenmerk) == 16
    assert int(kenmerk[1:]) == number
    assert is_valid_kenmerk(kenmerk)


@settings(deadline=None)
@given(numbers, st.integers(min_value=1, max_value=9))
def test_changing_the_check_digit_is_always_detected(number, delta):
    kenmerk = make_kenmerk(number)
    changed = str((int(kenmerk[0]) + delta) % 10) + kenmerk[1:]
    assert not is_valid_kenmerk(changed)


def test_single_digit_errors_are_not_always_detected():
    """The claim "every single-digit error is detected" is false: C = 10 and C = 11 are
    folded to 1 and 0, so the sum residues 1 and 10 both give check digit 1.
    Body ...005 has sum 10, body ...006 has sum 12 = 1 (mod 11): both check digit 1."""
    assert make_kenmerk(5) == "1000000000000005"
    assert make_kenmerk(6) == "1000000000000006"
    assert is_valid_kenmerk("1000000000000005")
    assert is_valid_kenmerk("1000000000000006")


@settings(deadline=None)
@given(numbers, st.integers(min_value=1, max_value=15), st.integers(min_value=1, max_value=9))
def test_undetected_single_digit_errors_only_with_check_digit_1(number, position, delta):
    """What is true: every weight is non-zero mod 11, so a single changed body digit always
    changes the sum mod 11; the change goes unnoticed only between residues 1 and 10,
    that is only when the check digit is 1. With any other check digit it is detected."""
    kenmerk = make_kenmerk(number)
    digit = str((int(kenmerk[position]) + delta) % 10)
    changed = kenmerk[:position] + digit + kenmerk[position + 1 :]
    if kenmerk[0] != "1":
        assert not is_valid_kenmerk(changed)
    elif is_valid_kenmerk(changed):
        assert changed[0] == "1"


@pytest.mark.parametrize(
    ("body", "reference"), [("539007547034", "RF18539007547034"), ("2348231", "RF712348231")]
)
def test_rf_examples(body, reference):
    """ISO 11649: RF18539007547034 and RF712348231 are valid RF creditor references."""
    assert make_rf_reference(body) == reference
    assert validate_rf_reference(reference) == reference


def test_make_rf_reference_normalises_case_and_spaces():
    reference = make_rf_reference(" ab cd ")
    assert reference.endswith("ABCD")
    assert validate_rf_reference(reference) == reference


@pytest.mark.parametrize(
    ("text", "compact"),
    [("RF18 5390 0754 7034", "RF18539007547034"), ("rf712348231", "RF712348231")],
)
def test_validate_rf_reference_compacts(text, compact):
    assert validate_rf_reference(text) == compact


@pytest.mark.parametrize("text", ["RF19539007547034", "RF18539007547035", "XX18539007547034", ""])
def test_validate_rf_reference_rejects(text):
    with pytest.raises(InvalidInput) as excinfo:
        validate_rf_reference(text)
    assert excinfo.value.code == "rf_invalid"


@pytest.mark.parametrize("body", ["", "   ", "A" * 22, "12-34", "12/34"])
def test_make_rf_reference_rejects(body):
    with pytest.raises(InvalidInput) as excinfo:
        make_rf_reference(body)
    assert excinfo.value.code == "rf_format"


def test_make_rf_reference_rejects_non_ascii():
    with pytest.raises(InvalidInput):
        make_rf_reference("café")


@settings(deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=21))
def test_make_rf_reference_validates(body):
    reference = make_rf_reference(body)
    assert reference.startswith("RF")
    assert reference[4:] == body.upper()
    assert validate_rf_reference(reference) == reference


@pytest.mark.parametrize(
    "text", ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300"]
)
def test_validate_iban(text):
    """ISO 13616 (IBAN, mod-97): NL91ABNA0417164300 is valid; Dutch IBANs are 18 characters."""
    result = validate_iban(text)
    assert result == "NL91ABNA0417164300"
    assert len(result) == 18


@pytest.mark.parametrize("text", ["NL92ABNA0417164300", "NL91ABNA041716430", "", "hello"])
def test_validate_iban_rejects(text):
    with pytest.raises(InvalidInput) as excinfo:
        validate_iban(text)
    assert excinfo.value.code == "iban_invalid"
    assert excinfo.value.params["text"] == text


@pytest.mark.parametrize("text", ["NL004495445B01", "004495445B01", "nl 0044.95445.B01"])
def test_validate_btw_id(text):
    assert validate_btw_id(text) == "NL004495445B01"


def test_validate_btw_id_rejects():
    with pytest.raises(InvalidInput) as excinfo:
        validate_btw_id("NL123456789B90")
    assert excinfo.value.code == "btw_invalid"


@pytest.mark.parametrize(("text", "expected"), [("2601dc", "2601 DC"), ("1234 AB", "1234 AB")])
def test_validate_postcode(text, expected):
    assert validate_postcode(text) == expected


@pytest.mark.parametrize("text", ["0123 AB", "1234 SA", "12345", "1234"])
def test_validate_postcode_rejects(text):
    with pytest.raises(InvalidInput) as excinfo:
        validate_postcode(text)
    assert excinfo.value.code == "postcode_invalid"


@pytest.mark.parametrize("text", ["12345678", "1234 5678", "1234.5678", " 12345678 "])
def test_validate_kvk(text):
    assert validate_kvk(text) == "12345678"


@pytest.mark.parametrize("text", ["1234567", "123456789", "1234567a", ""])
def test_validate_kvk_rejects(text):
    with pytest.raises(InvalidInput) as excinfo:
        validate_kvk(text)
    assert excinfo.value.code == "kvk_invalid"
