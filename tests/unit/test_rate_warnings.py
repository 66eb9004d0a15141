"""Warnings about the rate table behind an interest calculation: rates that were not
confirmed, and rate changes the table lacks (art. 6:119 / 6:119a / 6:120 BW: the rates are
reset every 1 January and 1 July)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from debiteur_desk.domain.interest import InterestKind, InterestRate, calculate_interest
from debiteur_desk.domain.rate_warnings import (
    RateWarning,
    RateWarningKind,
    missing_rate_changes,
    rate_change_days,
    rate_warnings,
)
from debiteur_desk.text.messages_rates import describe_rate_warning

CONSUMER, COMMERCIAL = InterestKind.CONSUMER, InterestKind.COMMERCIAL
MISSING, UNVERIFIED = RateWarningKind.MISSING, RateWarningKind.UNVERIFIED

TABLE = [
    InterestRate(CONSUMER, date(2025, 7, 1), D("6"), "decree", True),
    InterestRate(CONSUMER, date(2026, 1, 1), D("4"), "two tables", False),
    InterestRate(COMMERCIAL, date(2025, 7, 1), D("10.15"), "ECB + 8", True),
]


def test_rate_change_days_are_1_january_and_1_july():
    """Art. 6:120 lid 2 BW: the commercial rate is reset each half year."""
    assert rate_change_days(date(2026, 1, 1), date(2027, 7, 1)) == [
        date(2026, 7, 1),
        date(2027, 1, 1),
        date(2027, 7, 1),
    ]
    assert rate_change_days(date(2026, 1, 1), date(2026, 6, 30)) == []


def test_a_table_is_missing_a_change_once_its_last_one_is_over_six_months_old():
    """Art. 6:119 BW rates change every 1 January and 1 July: with the consumer table ending
    at 01-01-2026, 30-06-2026 lacks nothing and 01-07-2026 lacks the July change."""
    assert missing_rate_changes(TABLE, CONSUMER, date(2026, 6, 30)) == ()
    assert missing_rate_changes(TABLE, CONSUMER, date(2026, 7, 1)) == (date(2026, 7, 1),)
    assert missing_rate_changes(TABLE, COMMERCIAL, date(2026, 8, 1)) == (
        date(2026, 1, 1),
        date(2026, 7, 1),
    )
    assert missing_rate_changes([], CONSUMER, date(2026, 8, 1)) == ()


def test_warnings_for_an_unverified_rate_and_a_missing_change():
    """Art. 6:119 BW: interest through 15-08-2026 used the unverified rate from 01-01-2026
    and went on past 01-07-2026, a change the table lacks."""
    result = calculate_interest(D("1000"), date(2025, 12, 1), date(2026, 8, 15), CONSUMER, TABLE)
    assert rate_warnings([result], TABLE) == [
        RateWarning(date(2026, 1, 1), UNVERIFIED, CONSUMER),
        RateWarning(date(2026, 7, 1), MISSING, CONSUMER),
    ]


def test_warnings_come_once_for_several_invoices_and_none_for_confirmed_rates():
    """Art. 6:119a BW: a commercial calculation on the confirmed rate of 01-07-2025 within six
    months of it warns of nothing; two consumer invoices share one warning."""
    business = calculate_interest(D("500"), date(2025, 8, 1), date(2025, 12, 31), COMMERCIAL, TABLE)
    assert rate_warnings([business], TABLE) == []
    first = calculate_interest(D("100"), date(2026, 1, 5), date(2026, 2, 1), CONSUMER, TABLE)
    second = calculate_interest(D("200"), date(2026, 1, 9), date(2026, 3, 1), CONSUMER, TABLE)
    assert rate_warnings([first, second, business], TABLE) == [
        RateWarning(date(2026, 1, 1), UNVERIFIED, CONSUMER)
    ]


def test_the_warning_in_dutch_and_english():
    """Art. 6:119a BW: the sentence names the kind of interest and the day."""
    missing = RateWarning(date(2026, 7, 1), MISSING, COMMERCIAL)
    assert describe_rate_warning(missing) == (
        "Handelsrente vanaf 01-07-2026 staat niet in de tabel — controleer die."
    )
    unverified = RateWarning(date(2026, 1, 1), UNVERIFIED, CONSUMER)
    assert describe_rate_warning(unverified, "en") == (
        "Statutory interest from 01/01/2026 is not verified — check it."
    )
