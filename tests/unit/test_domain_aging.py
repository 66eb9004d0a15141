"""Tests for debiteur_desk.domain.aging: buckets, days overdue, the aging table."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.aging import (
    DEFAULT_BOUNDARIES,
    AgedItem,
    Bucket,
    age_items,
    bucket_index,
    days_overdue,
    make_buckets,
    open_amount,
)
from debiteur_desk.domain.errors import InvalidInput

D = Decimal
AS_OF = date(2025, 6, 30)


def test_default_buckets():
    assert DEFAULT_BOUNDARIES == (30, 60, 90)
    assert make_buckets() == (
        Bucket("not_due", None, 0),
        Bucket("1-30", 1, 30),
        Bucket("31-60", 31, 60),
        Bucket("61-90", 61, 90),
        Bucket("90+", 91, None),
    )


@pytest.mark.parametrize(
    ("boundaries", "expected"),
    [
        ((30,), [("not_due", None, 0), ("1-30", 1, 30), ("30+", 31, None)]),
        ((1,), [("not_due", None, 0), ("1-1", 1, 1), ("1+", 2, None)]),
        (
            [7, 14, 28],
            [
                ("not_due", None, 0),
                ("1-7", 1, 7),
                ("8-14", 8, 14),
                ("15-28", 15, 28),
                ("28+", 29, None),
            ],
        ),
    ],
)
def test_custom_buckets(boundaries, expected):
    assert make_buckets(boundaries) == tuple(Bucket(*b) for b in expected)


@pytest.mark.parametrize(
    "boundaries", [(), (0,), (-1, 30), (60, 30), (30, 30), (30, 60, 60), (30, 90, 60)]
)
def test_invalid_boundaries(boundaries):
    with pytest.raises(InvalidInput) as excinfo:
        make_buckets(boundaries)
    assert excinfo.value.code == "bucket_boundaries"
    assert excinfo.value.params["boundaries"] == ",".join(map(str, boundaries))


@pytest.mark.parametrize(
    ("days", "label"),
    [(-10, "not_due"), (0, "not_due"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"),
     (61, "61-90"), (90, "61-90"), (91, "90+"), (5000, "90+")],
)  # fmt: skip
def test_bucket_index_at_the_edges(days, label):
    buckets = make_buckets()
    due = AS_OF - timedelta(days=days)
    assert days_overdue(due, AS_OF) == days
    assert buckets[bucket_index(due, AS_OF, buckets)].label == label


def test_invoice_due_today_is_not_overdue():
    assert days_overdue(AS_OF, AS_OF) == 0
    assert bucket_index(AS_OF, AS_OF, make_buckets()) == 0


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        (("100.00",), "100.00"),
        (("100.00", "30.00"), "70.00"),
        (("100.00", "30.00", "20.00", "10.00"), "40.00"),
        (("100.00", "150.00"), "0.00"),  # overpayment leaves zero, not a negative
        (("100.00", "60.00", "40.00"), "0.00"),
    ],
)
def test_open_amount(amounts, expected):
    assert open_amount(*map(D, amounts)) == D(expected)


def test_age_items_example():
    items = [
        AgedItem(1, AS_OF + timedelta(days=5), D("100.00")),  # not due
        AgedItem(1, AS_OF - timedelta(days=10), D("50.00")),  # 1-30
        AgedItem(1, AS_OF - timedelta(days=45), D("25.50")),  # 31-60
        AgedItem(2, AS_OF - timedelta(days=45), D("10.00")),  # 31-60
        AgedItem(2, AS_OF - timedelta(days=200), D("7.25")),  # 90+
        AgedItem(2, AS_OF - timedelta(days=200), D("0.00")),  # fully paid: skipped
        AgedItem(3, AS_OF - timedelta(days=200), D("-5.00")),  # credit: skipped
    ]
    table = age_items(items, AS_OF)
    assert table.amounts == [D("100.00"), D("50.00"), D("35.50"), D("0.00"), D("7.25")]
    assert table.counts == [1, 1, 2, 0, 1]
    assert table.total == D("192.75")
    assert set(table.rows) == {1, 2}
    assert table.rows[1].amounts == [D("100.00"), D("50.00"), D("25.50"), D("0.00"), D("0.00")]
    assert table.rows[2].counts == [0, 0, 1, 0, 1]
    assert table.rows[2].total == D("17.25")


def test_age_items_with_custom_buckets():
    buckets = make_buckets((7, 14))
    items = [
        AgedItem(1, AS_OF - timedelta(days=7), D("1.00")),
        AgedItem(1, AS_OF - timedelta(days=8), D("2.00")),
        AgedItem(1, AS_OF - timedelta(days=15), D("4.00")),
    ]
    table = age_items(items, AS_OF, buckets)
    assert table.buckets == buckets
    assert table.amounts == [D("0.00"), D("1.00"), D("2.00"), D("4.00")]


def test_age_items_empty():
    table = age_items([], AS_OF)
    assert table.total == D("0.00")
    assert table.counts == [0] * 5
    assert table.rows == {}


boundaries_strategy = st.lists(
    st.integers(min_value=1, max_value=400), min_size=1, max_size=6, unique=True
).map(sorted)

items_strategy = st.lists(
    st.builds(
        AgedItem,
        client_id=st.integers(min_value=1, max_value=5),
        due_date=st.dates(min_value=date(2023, 1, 1), max_value=date(2026, 12, 31)),
        open_amount=st.integers(min_value=-10_000, max_value=10**8).map(lambda c: D(c) / 100),
    ),
    max_size=40,
)


@settings(deadline=None)
@given(items_strategy, boundaries_strategy)
def test_aging_buckets_sum_to_open_total(items, boundaries):
    buckets = make_buckets(boundaries)
    table = age_items(items, AS_OF, buckets)
    positive = [i for i in items if i.open_amount > 0]
    assert table.total == sum((i.open_amount for i in positive), D("0.00"))
    assert sum(table.counts) == len(positive)
    assert sum((row.total for row in table.rows.values()), D("0.00")) == table.total
    for index in range(len(buckets)):
        assert sum(row.counts[index] for row in table.rows.values()) == table.counts[index]


@settings(deadline=None)
@given(st.integers(min_value=-1000, max_value=1000), boundaries_strategy)
def test_every_day_lands_in_exactly_one_bucket(days, boundaries):
    buckets = make_buckets(boundaries)
    containing = [i for i, b in enumerate(buckets) if b.contains(days)]
    assert len(containing) == 1
    due = AS_OF - timedelta(days=days)
    assert bucket_index(due, AS_OF, buckets) == containing[0]
    assert (containing[0] == 0) == (days <= 0)
