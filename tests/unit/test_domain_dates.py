"""Tests for debiteur_desk.domain.dates: parsing typed dates, day numbers."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.dates import (
    EARLIEST_DATE,
    LATEST_DATE,
    day_number,
    from_day_number,
    parse_date,
)
from debiteur_desk.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-31", date(2025, 1, 31)),
        ("2025-1-5", date(2025, 1, 5)),
        ("31-12-2025", date(2025, 12, 31)),
        ("31/12/2025", date(2025, 12, 31)),
        ("31.12.2025", date(2025, 12, 31)),
        ("1-2-2025", date(2025, 2, 1)),  # Dutch order: day first
        ("29-02-2024", date(2024, 2, 29)),
        ("  2025-03-04 ", date(2025, 3, 4)),
    ],
)
def test_parse_date_valid(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2025-02-30", "30-02-2025", "29-02-2025", "2025-13-01", "2025-04-31", "00-01-2025"]
)
def test_parse_date_impossible_date(text):
    with pytest.raises(InvalidInput) as excinfo:
        parse_date(text)
    assert excinfo.value.code == "date_does_not_exist"
    assert excinfo.value.params["text"] == text


@pytest.mark.parametrize(
    "text",
    ["2025/01/01", "", "2025-01", "01-01-25", "abc", "2025-01-01T00:00", "20250101", "12-2025-01"],
)
def test_parse_date_invalid_format(text):
    with pytest.raises(InvalidInput) as excinfo:
        parse_date(text)
    assert excinfo.value.code == "date_format"


@settings(deadline=None)
@given(st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE))
def test_parse_date_round_trips_both_formats(value):
    assert parse_date(value.isoformat()) == value
    assert parse_date(value.strftime("%d-%m-%Y")) == value


def test_day_number_examples():
    assert day_number(date(1, 1, 1)) == 1
    assert day_number(date(2025, 3, 1)) - day_number(date(2025, 2, 28)) == 1
    assert from_day_number(day_number(date(2024, 2, 29))) == date(2024, 2, 29)


@settings(deadline=None)
@given(st.dates(), st.dates())
def test_day_number_preserves_order_and_round_trips(a, b):
    assert from_day_number(day_number(a)) == a
    assert (day_number(a) < day_number(b)) == (a < b)
    assert day_number(b) - day_number(a) == (b - a).days
