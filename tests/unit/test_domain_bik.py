"""Tests for debiteur_desk.domain.bik: extra-judicial collection costs (BIK)."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.bik import MAXIMUM, MINIMUM, BikTier, calculate_bik
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind

D = Decimal


@pytest.mark.parametrize(
    ("principal", "expected"),
    [
        # art. 2 Besluit BIK, cumulative staffel values (docs/dutch-rules.md §1):
        ("2500", "375.00"),  # 15% of 2,500
        ("5000", "625.00"),  # 375 + 10% of 2,500
        ("10000", "875.00"),  # 625 + 5% of 5,000
        ("200000", "2775.00"),  # 875 + 1% of 190,000
        ("1000000", "6775.00"),  # 2,775 + 0.5% of 800,000: cap reached at 1,000,000
        # art. 2 Besluit BIK, published worked example: 6,000 -> 675 (375 + 250 + 50)
        ("6000", "675.00"),
    ],
)
def test_bik_staffel_worked_examples(principal, expected):
    assert calculate_bik(D(principal)).amount == D(expected)


@pytest.mark.parametrize(
    ("principal", "staffel", "minimum_applied"),
    [
        ("0.01", "0.00", True),
        ("100", "15.00", True),
        ("266.60", "39.99", True),
        ("266.66", "40.00", False),  # 39.999 rounds to 40.00: the staffel itself gives 40
    ],
)
def test_bik_minimum_40(principal, staffel, minimum_applied):
    """Art. 2 Besluit BIK: minimum EUR 40."""
    result = calculate_bik(D(principal))
    assert result.amount == D("40.00")
    assert result.staffel_amount == D(staffel)
    assert result.minimum_applied is minimum_applied


def test_bik_just_above_minimum():
    """15% of 300 = 45: above the EUR 40 minimum (art. 2 Besluit BIK)."""
    result = calculate_bik(D("300"))
    assert result.amount == D("45.00")
    assert not result.minimum_applied


@pytest.mark.parametrize("principal", ["1000001", "2000000", "50000000"])
def test_bik_maximum_6775(principal):
    """Art. 2 Besluit BIK: maximum EUR 6,775."""
    result = calculate_bik(D(principal))
    assert result.amount == D("6775.00")
    assert result.maximum_applied
    assert result.staffel_amount > MAXIMUM


def test_bik_exactly_at_cap_is_not_flagged():
    result = calculate_bik(D("1000000"))
    assert result.staffel_amount == D("6775.00")
    assert not result.maximum_applied


def test_bik_tiers_for_6000():
    """Art. 2 Besluit BIK, published worked example (docs/dutch-rules.md §1):
    6,000 -> 375 + 250 + 50 = 675."""
    result = calculate_bik(D("6000"))
    assert result.tiers == (
        BikTier(D("2500"), D("0.15"), D("375.00")),
        BikTier(D("2500"), D("0.10"), D("250.00")),
        BikTier(D("1000"), D("0.05"), D("50.00")),
    )
    assert result.staffel_amount == D("675.00")


def test_bik_all_five_tiers():
    result = calculate_bik(D("300000"))
    assert [t.base for t in result.tiers] == [D(2500), D(2500), D(5000), D(190000), D(100000)]
    assert [t.amount for t in result.tiers] == [
        D("375.00"), D("250.00"), D("250.00"), D("1900.00"), D("500.00")
    ]  # fmt: skip
    assert result.amount == D("3275.00")


def test_bik_between_staffel_points():
    """7,500: 625 + 5% of 2,500 = 750."""
    assert calculate_bik(D("7500")).amount == D("750.00")


def test_bik_rounding_half_up():
    """2,500.05: 375 + 10% of 0.05 = 375.005 -> 375.01 (half up)."""
    assert calculate_bik(D("2500.05")).amount == D("375.01")


def test_bik_without_btw_by_default():
    result = calculate_bik(D("6000"))
    assert result.btw == D("0")
    assert result.total == D("675.00")


@pytest.mark.parametrize(
    ("principal", "btw", "total"),
    [("6000", "141.75", "816.75"), ("100", "8.40", "48.40"), ("5000000", "1422.75", "8197.75")],
)
def test_bik_with_btw(principal, btw, total):
    """Art. 2 lid 3 Besluit BIK: 21% BTW on top only as an explicit option."""
    result = calculate_bik(D(principal), with_btw=True)
    assert result.btw == D(btw)
    assert result.total == D(total)


@pytest.mark.parametrize("kind", list(ClientKind))
def test_bik_same_staffel_for_both_kinds(kind):
    """The staffel applies to consumers (6:96 lid 5) and, as the usual figure, to businesses."""
    result = calculate_bik(D("6000"), kind)
    assert result.kind is kind
    assert result.amount == D("675.00")


@pytest.mark.parametrize(("principal", "code"), [("0", "amount_zero"), ("-1", "amount_negative")])
def test_bik_invalid_principal(principal, code):
    with pytest.raises(InvalidInput) as excinfo:
        calculate_bik(D(principal))
    assert excinfo.value.code == code


principals = st.integers(min_value=1, max_value=3 * 10**8).map(lambda c: D(c) / 100)


@settings(deadline=None)
@given(principals, principals)
def test_bik_monotone_non_decreasing(a, b):
    low, high = sorted((a, b))
    assert calculate_bik(low).amount <= calculate_bik(high).amount


@settings(deadline=None)
@given(principals)
def test_bik_bounded_and_consistent(principal):
    result = calculate_bik(principal)
    assert MINIMUM <= result.amount <= MAXIMUM
    assert result.amount == round(result.amount, 2)
    assert sum(t.base for t in result.tiers) == principal
    assert sum(t.amount for t in result.tiers) == result.staffel_amount
    assert result.amount == min(max(result.staffel_amount, MINIMUM), MAXIMUM)
