"""The payment-behaviour rule, against worked examples (domain/payment_behaviour.py)."""

from datetime import date, timedelta
from decimal import Decimal

from debiteur_desk.domain.payment_behaviour import (
    GRACE_DAYS,
    Verdict,
    days_late,
    payment_behaviour,
)

AS_OF = date(2026, 11, 22)


def paid(due: date, late: int) -> tuple[date, date]:
    return due, due + timedelta(days=late)


def test_days_late_never_negative():
    assert days_late(date(2026, 5, 1), date(2026, 4, 20)) == 0
    assert days_late(date(2026, 5, 1), date(2026, 5, 11)) == 10


def test_no_history():
    result = payment_behaviour([], [], AS_OF)
    assert result.verdict is Verdict.NO_HISTORY
    assert result.paid_count == 0 and result.average_days_late is None


def test_punctual_payer_within_grace():
    settled = [paid(date(2026, m, 1), GRACE_DAYS) for m in (3, 5, 7)]
    result = payment_behaviour(settled, [], AS_OF)
    assert result.verdict is Verdict.PUNCTUAL
    assert (result.paid_count, result.paid_late) == (3, 0)
    assert result.average_days_late == Decimal("3.0")


def test_first_time_late_when_only_the_open_invoice_is_overdue():
    settled = [paid(date(2026, m, 1), 0) for m in (3, 5, 7)]
    result = payment_behaviour(settled, [AS_OF - timedelta(days=20)], AS_OF)
    assert result.verdict is Verdict.FIRST_TIME
    assert result.overdue_now == 1


def test_overdue_within_grace_is_not_yet_late():
    result = payment_behaviour([], [AS_OF - timedelta(days=GRACE_DAYS)], AS_OF)
    assert result.verdict is Verdict.NO_HISTORY and result.overdue_now == 0


def test_one_late_of_five_is_occasional():
    settled = [paid(date(2026, m, 1), 0) for m in (2, 4, 6, 8)] + [paid(date(2026, 9, 1), 30)]
    result = payment_behaviour(settled, [], AS_OF)
    assert result.verdict is Verdict.OCCASIONAL
    assert result.average_days_late == Decimal("6.0")  # (0+0+0+0+30) / 5


def test_two_late_of_four_is_a_habit_two_of_five_is_not():
    four = [paid(date(2026, 3, 1), 0), paid(date(2026, 4, 1), 0)]
    four += [paid(date(2026, 5, 1), 10), paid(date(2026, 6, 1), 12)]
    assert payment_behaviour(four, [], AS_OF).verdict is Verdict.HABITUAL
    five = [*four, paid(date(2026, 7, 1), 1)]
    assert payment_behaviour(five, [], AS_OF).verdict is Verdict.OCCASIONAL


def test_overdue_now_is_one_more_late_episode_however_many_invoices():
    on_time = [paid(date(2026, m, 1), 0) for m in (2, 3, 4)]
    late_once = [*on_time, paid(date(2026, 5, 1), 20)]
    overdue = [AS_OF - timedelta(days=100), AS_OF - timedelta(days=50), AS_OF - timedelta(days=9)]
    # never late before, three invoices overdue now: a first slip
    assert payment_behaviour(on_time, overdue, AS_OF).verdict is Verdict.FIRST_TIME
    # late once in four, and overdue now: twice in five -> occasional
    assert payment_behaviour(late_once, overdue, AS_OF).verdict is Verdict.OCCASIONAL
    # late once in two, and overdue now: twice in three -> a habit
    assert payment_behaviour(late_once[-2:], overdue, AS_OF).verdict is Verdict.HABITUAL


def test_three_late_is_a_habit_whatever_the_share():
    settled = [paid(date(2026, 1, 10) + timedelta(days=20 * i), 0) for i in range(12)]
    settled += [paid(date(2026, 2, 1), 9), paid(date(2026, 3, 1), 9), paid(date(2026, 4, 1), 9)]
    assert payment_behaviour(settled, [], AS_OF).verdict is Verdict.HABITUAL


def test_only_the_last_twelve_months_and_nothing_after_the_as_of_date_count():
    old = paid(date(2025, 6, 1), 60)  # paid 2025-07-31: more than a year before AS_OF
    future = paid(AS_OF, 10)  # paid after AS_OF
    edge = paid(AS_OF - timedelta(days=375), 11)  # paid exactly 364 days before AS_OF
    result = payment_behaviour([old, future, edge], [], AS_OF)
    assert (result.paid_count, result.paid_late) == (1, 1)
    assert result.average_days_late == Decimal("11.0")


def test_average_rounds_half_up_to_one_decimal():
    settled = [paid(date(2026, 3, 1), 0), paid(date(2026, 4, 1), 0), paid(date(2026, 5, 1), 1)]
    settled += [paid(date(2026, 6, 1), 0)] * 16 + [paid(date(2026, 7, 1), 0)]
    # 1 day over 20 invoices = 0.05 -> 0.1
    assert payment_behaviour(settled, [], AS_OF).average_days_late == Decimal("0.1")
