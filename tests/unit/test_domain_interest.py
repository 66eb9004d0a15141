"""Tests for debiteur_desk.domain.interest: statutory and commercial interest."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.interest import (
    Capitalisation,
    InterestKind,
    InterestRate,
    calculate_interest,
    shipped_rates,
    superseded_shipped_rates,
)
from debiteur_desk.domain.parties import ClientKind

D = Decimal
CONSUMER = InterestKind.CONSUMER
COMMERCIAL = InterestKind.COMMERCIAL


def lines(breakdown):
    return [(p.start, p.end, p.days, p.rate, p.base, p.amount) for p in breakdown.periods]


def test_consumer_worked_example():
    """Art. 6:119 BW: consumer, EUR 1,000, 01-02-2025 through 02-03-2025,
    30 days at 6% -> EUR 4.93 (worked example, docs/dutch-rules.md §3)."""
    result = calculate_interest(D("1000"), date(2025, 2, 1), date(2025, 3, 2), CONSUMER)
    assert lines(result) == [
        (date(2025, 2, 1), date(2025, 3, 2), 30, D("6.00"), D("1000"), D("4.93"))
    ]
    assert result.capitalisations == ()
    assert result.total == D("4.93")


def test_business_worked_example_line_by_line():
    """Art. 6:119a BW (worked example, docs/dutch-rules.md §3): business, EUR 10,000,
    due 31-03-2024, paid 30-06-2025 -> 1,515.56:
    91 days at 12.5% = 311.64; 184 days at 12.25% = 617.53; 90 days at 11.15% = 274.93;
    capitalised 01-04-2025 (base 11,204.10); 91 days at 11.15% = 311.46."""
    result = calculate_interest(D("10000"), date(2024, 4, 1), date(2025, 6, 30), COMMERCIAL)
    assert lines(result) == [
        (date(2024, 4, 1), date(2024, 6, 30), 91, D("12.50"), D("10000"), D("311.64")),
        (date(2024, 7, 1), date(2024, 12, 31), 184, D("12.25"), D("10000"), D("617.53")),
        (date(2025, 1, 1), date(2025, 3, 31), 90, D("11.15"), D("10000"), D("274.93")),
        (date(2025, 4, 1), date(2025, 6, 30), 91, D("11.15"), D("11204.10"), D("311.46")),
    ]
    assert result.capitalisations == (Capitalisation(date(2025, 4, 1), D("11204.10")),)
    assert result.total == D("1515.56")
    assert result.all_rates_verified


@pytest.mark.parametrize(
    ("kind", "from_date", "rate"),
    [
        # art. 6:119 BW (decree) and 6:119a / 6:120 lid 2 BW: verified rows of the rate table
        # in docs/dutch-rules.md §3
        (CONSUMER, date(2015, 1, 1), "2"),
        (CONSUMER, date(2023, 1, 1), "4"),
        (CONSUMER, date(2023, 7, 1), "6"),
        (CONSUMER, date(2024, 1, 1), "7"),
        (CONSUMER, date(2024, 7, 1), "7"),
        (CONSUMER, date(2025, 1, 1), "6"),
        (COMMERCIAL, date(2015, 1, 1), "8.05"),
        (COMMERCIAL, date(2016, 7, 1), "8.00"),
        (COMMERCIAL, date(2023, 1, 1), "10.50"),
        (COMMERCIAL, date(2023, 7, 1), "12.00"),
        (COMMERCIAL, date(2024, 1, 1), "12.50"),
        (COMMERCIAL, date(2024, 7, 1), "12.25"),
        (COMMERCIAL, date(2025, 1, 1), "11.15"),
        (COMMERCIAL, date(2025, 7, 1), "10.15"),
    ],
)
def test_shipped_rates_match_reference_table(kind, from_date, rate):
    rows = [r for r in shipped_rates() if r.kind == kind and r.from_date == from_date]
    assert len(rows) == 1
    assert rows[0].rate == D(rate)
    assert rows[0].verified


@pytest.mark.parametrize(
    ("kind", "from_date"),
    [
        (CONSUMER, date(2025, 7, 1)),
        (CONSUMER, date(2026, 1, 1)),
        (COMMERCIAL, date(2026, 1, 1)),
        (CONSUMER, date(2026, 7, 1)),
        (COMMERCIAL, date(2026, 7, 1)),
    ],
)
def test_shipped_rates_marked_unverified(kind, from_date):
    """Rates not yet confirmed against the decree (art. 6:119 BW) or the ECB rate (art. 6:120
    lid 2 BW), marked **verify** in docs/dutch-rules.md §3, ship as unverified, and their
    source names the screen where the user corrects them, not a Settings page that has no
    rates."""
    rows = [r for r in shipped_rates() if r.kind == kind and r.from_date == from_date]
    assert len(rows) == 1
    assert not rows[0].verified
    assert "Beeld → Wettelijke rente" in rows[0].source and "Settings" not in rows[0].source


def test_the_rates_from_july_2026_repeat_january_and_say_so():
    """Art. 6:120 lid 2 BW: the commercial rate from 01-07-2026 is the ECB's last main
    refinancing rate before that day + 8; not known when this table was made, so the
    previous value is repeated, unverified, and the source says so."""
    table = {(r.kind, r.from_date): r for r in shipped_rates()}
    for kind in (CONSUMER, COMMERCIAL):
        july, january = table[kind, date(2026, 7, 1)], table[kind, date(2026, 1, 1)]
        assert july.rate == january.rate and "herhaald" in july.source
    assert "6:120 lid 2" in table[COMMERCIAL, date(2026, 7, 1)].source


def test_the_2015_consumer_decree_is_cited_right():
    """The consumer rate from 01-01-2015 was set by the decree in Stb. 2014, 491 (not 507);
    the old citation is kept as what an earlier version shipped, so books get the fix."""
    row = next(r for r in shipped_rates() if (r.kind, r.from_date) == (CONSUMER, date(2015, 1, 1)))
    assert row.source == "Besluit wettelijke rente, Stb. 2014, 491"
    former = superseded_shipped_rates()[CONSUMER, date(2015, 1, 1)]
    assert [r.source for r in former] == ["Besluit wettelijke rente, Stb. 2014, 507"]


def test_every_superseded_row_still_ships():
    """A 'replaces' entry belongs to a row that ships, with the same kind and first day."""
    shipped = {(r.kind, r.from_date) for r in shipped_rates()}
    assert set(superseded_shipped_rates()) <= shipped


def test_unverified_rate_shows_in_breakdown():
    result = calculate_interest(D("1000"), date(2025, 6, 1), date(2025, 7, 31), CONSUMER)
    assert [p.rate_verified for p in result.periods] == [True, False]
    assert not result.all_rates_verified


@pytest.mark.parametrize(
    ("client", "kind"), [(ClientKind.BUSINESS, COMMERCIAL), (ClientKind.CONSUMER, CONSUMER)]
)
def test_interest_kind_for_client(client, kind):
    assert InterestKind.for_client(client) is kind


def test_consumer_versus_commercial_same_period():
    """Consumer 7% all of 2024; commercial 12.5% then 12.25% (art. 6:119 and 6:119a BW;
    rate table in docs/dutch-rules.md §3).
    10,000 x 7% x 182/365 = 349.04; x 184/365 = 352.88.
    10,000 x 12.5% x 182/365 = 623.29; 10,000 x 12.25% x 184/365 = 617.53."""
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    consumer = calculate_interest(D("10000"), start, end, CONSUMER)
    commercial = calculate_interest(D("10000"), start, end, COMMERCIAL)
    assert [(p.days, p.rate, p.amount) for p in consumer.periods] == [
        (182, D("7.00"), D("349.04")),
        (184, D("7.00"), D("352.88")),
    ]
    assert [(p.days, p.rate, p.amount) for p in commercial.periods] == [
        (182, D("12.50"), D("623.29")),
        (184, D("12.25"), D("617.53")),
    ]
    assert consumer.total == D("701.92")  # 366 days / 365 in a leap year
    assert commercial.total == D("1240.82")


def test_period_crossing_several_rate_changes():
    """10,000 commercial from 15-06-2023 to 31-03-2024 (art. 6:119a BW;
    rate table in docs/dutch-rules.md §3):
    16 days at 10.50% = 46.03; 184 days at 12.00% = 604.93; 91 days at 12.50% = 311.64."""
    result = calculate_interest(D("10000"), date(2023, 6, 15), date(2024, 3, 31), COMMERCIAL)
    assert lines(result) == [
        (date(2023, 6, 15), date(2023, 6, 30), 16, D("10.50"), D("10000"), D("46.03")),
        (date(2023, 7, 1), date(2023, 12, 31), 184, D("12.00"), D("10000"), D("604.93")),
        (date(2024, 1, 1), date(2024, 3, 31), 91, D("12.50"), D("10000"), D("311.64")),
    ]
    assert result.total == D("962.60")


def test_custom_rate_table_and_kind_filter():
    rates = [
        InterestRate(CONSUMER, date(2020, 1, 1), D("10")),
        InterestRate(CONSUMER, date(2020, 1, 11), D("20")),
        InterestRate(COMMERCIAL, date(2020, 1, 5), D("99")),  # other kind: ignored
    ]
    result = calculate_interest(D("3650"), date(2020, 1, 1), date(2020, 1, 20), CONSUMER, rates)
    # 3,650 x 10% x 10/365 = 10.00; 3,650 x 20% x 10/365 = 20.00
    assert [(p.start, p.days, p.rate, p.amount) for p in result.periods] == [
        (date(2020, 1, 1), 10, D("10"), D("10.00")),
        (date(2020, 1, 11), 10, D("20"), D("20.00")),
    ]


def test_each_period_rounded_and_total_is_sum_of_lines():
    """Common practice, not statute (docs/dutch-rules.md §3): each line rounded half-up; the
    total is the sum of the lines.
    1 x 10% x 1/365 = 0.000274 per day: each 2-day line is 0.00, not the 0.0022 total."""
    rates = [
        InterestRate(CONSUMER, date(2020, 1, 1), D("10")),
        InterestRate(CONSUMER, date(2020, 1, 3), D("10")),
        InterestRate(CONSUMER, date(2020, 1, 5), D("10")),
    ]
    result = calculate_interest(D("1"), date(2020, 1, 1), date(2020, 1, 6), CONSUMER, rates)
    assert [p.amount for p in result.periods] == [D("0.00")] * 3
    assert result.total == D("0.00")
    rates = [InterestRate(CONSUMER, date(2020, 1, 1), D("1"))]
    # 1,000 x 1% x 9/365 = 0.2466 -> 0.25
    result = calculate_interest(D("1000"), date(2020, 1, 1), date(2020, 1, 9), CONSUMER, rates)
    assert result.total == D("0.25")


def test_leap_day_start_capitalises_on_first_of_march():
    """Art. 6:119 lid 2 BW: capitalise after each full year. A year from 29-02-2024
    runs through 28-02-2025, so the first capitalisation is on 01-03-2025."""
    result = calculate_interest(D("1000"), date(2024, 2, 29), date(2025, 3, 31), CONSUMER)
    assert [c.on for c in result.capitalisations] == [date(2025, 3, 1)]
    before, after = result.periods[-2], result.periods[-1]
    assert before.end == date(2025, 2, 28)
    assert after.start == date(2025, 3, 1)
    assert after.base == D("1000") + sum(p.amount for p in result.periods[:-1])


def test_leap_day_start_over_several_years():
    result = calculate_interest(D("1000"), date(2024, 2, 29), date(2028, 3, 31), CONSUMER)
    assert [c.on for c in result.capitalisations] == [
        date(2025, 3, 1),
        date(2026, 3, 1),
        date(2027, 3, 1),
        date(2028, 2, 29),  # four full years from 29-02-2024
    ]


@pytest.mark.parametrize(
    ("start", "first_capitalisation"),
    [
        (date(2024, 4, 1), date(2025, 4, 1)),
        (date(2023, 2, 28), date(2024, 2, 28)),
        (date(2024, 3, 1), date(2025, 3, 1)),
        (date(2024, 1, 1), date(2025, 1, 1)),
    ],
)
def test_first_capitalisation_on_anniversary(start, first_capitalisation):
    result = calculate_interest(D("1000"), start, start + timedelta(days=400), CONSUMER)
    assert result.capitalisations[0].on == first_capitalisation


@pytest.mark.parametrize(
    ("start", "first_capitalisation"),
    [(date(2023, 3, 1), date(2024, 3, 1)), (date(2027, 3, 1), date(2028, 3, 1))],
)
def test_first_capitalisation_after_full_year_ending_on_leap_day(start, first_capitalisation):
    """A year from 01-03-2023 runs through 29-02-2024 (366 days); the interest is added
    to the principal on 01-03-2024 (6:119 lid 2 BW: after each full year)."""
    result = calculate_interest(D("1000"), start, start + timedelta(days=400), CONSUMER)
    assert result.capitalisations[0].on == first_capitalisation


def test_no_capitalisation_before_a_full_year():
    result = calculate_interest(D("1000"), date(2024, 4, 1), date(2025, 3, 31), COMMERCIAL)
    assert result.capitalisations == ()
    result = calculate_interest(D("1000"), date(2024, 4, 1), date(2025, 4, 1), COMMERCIAL)
    assert [c.on for c in result.capitalisations] == [date(2025, 4, 1)]
    assert result.periods[-1].days == 1


def test_single_day():
    result = calculate_interest(D("36500"), date(2025, 3, 3), date(2025, 3, 3), CONSUMER)
    # 36,500 x 6% x 1/365 = 6.00
    assert lines(result) == [
        (date(2025, 3, 3), date(2025, 3, 3), 1, D("6.00"), D("36500"), D("6.00"))
    ]


def test_zero_principal_gives_zero_interest():
    result = calculate_interest(D("0"), date(2024, 1, 1), date(2025, 6, 30), COMMERCIAL)
    assert result.total == D("0")
    assert all(p.amount == 0 for p in result.periods)


def test_end_before_start_raises():
    with pytest.raises(InvalidInput) as excinfo:
        calculate_interest(D("1000"), date(2025, 3, 2), date(2025, 3, 1), CONSUMER)
    assert excinfo.value.code == "period_reversed"
    assert excinfo.value.params == {"start": "2025-03-02", "end": "2025-03-01"}


def test_negative_principal_raises():
    with pytest.raises(InvalidInput) as excinfo:
        calculate_interest(D("-1"), date(2025, 3, 1), date(2025, 3, 2), CONSUMER)
    assert excinfo.value.code == "amount_negative"


@pytest.mark.parametrize("kind", list(InterestKind))
def test_date_before_first_rate_raises(kind):
    with pytest.raises(RuleViolation) as excinfo:
        calculate_interest(D("1000"), date(2014, 12, 1), date(2015, 2, 1), kind)
    assert excinfo.value.code == "no_interest_rate"
    assert excinfo.value.params == {"date": "2014-12-01"}


def test_rate_table_without_the_kind_raises():
    rates = [InterestRate(CONSUMER, date(2020, 1, 1), D("5"))]
    with pytest.raises(RuleViolation):
        calculate_interest(D("1000"), date(2021, 1, 1), date(2021, 2, 1), COMMERCIAL, rates)


def test_empty_rate_table_is_not_replaced_by_shipped_rates():
    with pytest.raises(RuleViolation):
        calculate_interest(D("1000"), date(2025, 1, 1), date(2025, 2, 1), CONSUMER, [])


RATES = shipped_rates()


@settings(deadline=None, max_examples=200)
@given(
    principal=st.integers(min_value=0, max_value=10**9).map(lambda c: D(c) / 100),
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2027, 12, 31)),
    length=st.integers(min_value=0, max_value=2500),
    kind=st.sampled_from(list(InterestKind)),
)
def test_interest_properties(principal, start, length, kind):
    end = start + timedelta(days=length)
    result = calculate_interest(principal, start, end, kind, RATES)
    periods = result.periods
    # never negative; the total is the sum of the period lines
    assert result.total >= 0
    assert all(p.amount >= 0 for p in periods)
    assert result.total == sum(p.amount for p in periods)
    # contiguous periods covering start..end exactly
    assert periods[0].start == start
    assert periods[-1].end == end
    for before, after in zip(periods, periods[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    for p in periods:
        assert p.days == (p.end - p.start).days + 1 >= 1
    assert sum(p.days for p in periods) == (end - start).days + 1
    # no rate change inside a period, and each line uses the rate in force
    table = [r for r in RATES if r.kind == kind]
    for p in periods:
        assert not any(p.start < r.from_date <= p.end for r in table)
        in_force = max((r for r in table if r.from_date <= p.start), key=lambda r: r.from_date)
        assert p.rate == in_force.rate
    # capitalisation adds the previous year's interest to the base
    # one capitalisation per full year: 365 or 366 days apart, none missed at the end
    marks = [start] + [c.on for c in result.capitalisations]
    for before, after in zip(marks, marks[1:], strict=False):
        assert (after - before).days in (365, 366)
    assert (end - marks[-1]).days <= 365
    base, since_last = principal, D(0)
    caps = {c.on: c.new_base for c in result.capitalisations}
    for p in periods:
        if p.start in caps:
            base += since_last
            since_last = D(0)
            assert caps[p.start] == base
        assert p.base == base
        since_last += p.amount


@settings(deadline=None)
@given(
    principal=st.integers(min_value=10_000, max_value=10**9).map(lambda c: D(c) / 100),
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2027, 12, 31)),
    length=st.integers(min_value=0, max_value=1500),
    kind=st.sampled_from(list(InterestKind)),
)
def test_interest_positive_when_rate_and_days_positive(principal, start, length, kind):
    """With principal >= EUR 100 every line is at least 100 x 2% / 365 = 0.0055 -> 0.01."""
    result = calculate_interest(principal, start, start + timedelta(days=length), kind, RATES)
    assert all(p.amount > 0 for p in result.periods)
