"""Payment-plan schedules (betalingsregeling): dated instalments that add up exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import CENT, ZERO

MAX_INSTALMENTS = 120


class Frequency(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"

    def step(self, n: int) -> relativedelta:
        if self is Frequency.WEEKLY:
            return relativedelta(weeks=n)
        if self is Frequency.BIWEEKLY:
            return relativedelta(weeks=2 * n)
        return relativedelta(months=n)


@dataclass(frozen=True)
class ScheduledInstalment:
    number: int  # 0 is the down payment, if any
    due_date: date
    amount: Decimal


def plan_schedule(
    total: Decimal,
    first_due: date,
    frequency: Frequency,
    *,
    count: int | None = None,
    instalment: Decimal | None = None,
    down_payment: Decimal = ZERO,
    down_payment_date: date | None = None,
) -> tuple[ScheduledInstalment, ...]:
    """Instalments for ``total``: give either ``count`` or ``instalment``, not both.

    The rounding remainder goes on the last instalment. A monthly plan keeps the
    day of month of ``first_due`` where the month has it (31-01 → 28-02 → 31-03).
    """
    if (count is None) == (instalment is None):
        raise InvalidInput("plan_count_or_amount")
    if total <= 0:
        raise InvalidInput("amount_zero", text=str(total))
    down_payment = down_payment.quantize(CENT)
    if down_payment < 0 or down_payment >= total:
        raise InvalidInput("plan_down_payment", text=str(down_payment))
    if down_payment > 0 and down_payment_date is not None and down_payment_date > first_due:
        raise InvalidInput("plan_down_payment_date")
    rest = total - down_payment
    if count is not None:
        if not 1 <= count <= MAX_INSTALMENTS:
            raise InvalidInput("plan_count", count=count, maximum=MAX_INSTALMENTS)
        per = (rest / count).quantize(CENT, rounding=ROUND_DOWN)
        if per <= 0:
            raise InvalidInput("plan_instalment_zero")
    else:
        assert instalment is not None
        per = instalment.quantize(CENT)
        if per <= 0:
            raise InvalidInput("plan_instalment_zero")
        count = int((rest / per).to_integral_value(rounding=ROUND_CEILING))
        if count > MAX_INSTALMENTS:
            raise InvalidInput("plan_never_finishes", count=count, maximum=MAX_INSTALMENTS)
    schedule: list[ScheduledInstalment] = []
    if down_payment > 0:
        schedule.append(ScheduledInstalment(0, down_payment_date or first_due, down_payment))
    for n in range(count):
        amount = per if n < count - 1 else rest - per * (count - 1)
        schedule.append(ScheduledInstalment(n + 1, first_due + frequency.step(n), amount))
    return tuple(schedule)
