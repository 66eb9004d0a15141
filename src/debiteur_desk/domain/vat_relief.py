"""VAT relief on bad debts (art. 29 Wet OB 1968; ``docs/dutch-rules.md`` §5): the VAT on
what a customer never paid comes back, and goes out again on what the customer pays after
all.

- The right to the refund arises when non-payment is certain (here: the day the invoice
  was written off) and at the latest one year after the due date. It is claimed in the
  VAT return of the period that day falls in, for the VAT share of what was still open.
- When the customer pays after that day, the VAT share of the payment is owed again, in
  the return of the period the payment came in.

Credit notes correct VAT themselves (the credit note carries its own VAT), so credited
amounts are not part of the relief. Amounts in cents; the VAT share is rounded half up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from debiteur_desk.domain.prescription import anniversary

RELIEF_AFTER_YEARS = 1


@dataclass(frozen=True)
class InvoiceHistory:
    amount_cents: int  # including VAT
    vat_cents: int
    due_date: date
    paid: Sequence[tuple[date, int]] = ()  # payments allocated to the invoice
    credited: Sequence[tuple[date, int]] = ()  # credit notes
    written_off_on: date | None = None


def relief_day(history: InvoiceHistory) -> date:
    """The day the right to the refund arises."""
    latest = anniversary(history.due_date, RELIEF_AFTER_YEARS)
    written_off = history.written_off_on
    return min(latest, written_off) if written_off is not None else latest


def vat_share(history: InvoiceHistory, part_cents: int) -> int:
    """The VAT in ``part_cents`` of the invoice's amount including VAT."""
    if history.amount_cents <= 0 or part_cents <= 0:
        return 0
    share = Decimal(history.vat_cents) * part_cents / history.amount_cents
    return int(share.quantize(Decimal(1), ROUND_HALF_UP))


def open_on(history: InvoiceHistory, day: date) -> int:
    """What was unpaid and not credited at the end of ``day``."""
    settled = sum(c for d, c in (*history.paid, *history.credited) if d <= day)
    return max(0, history.amount_cents - settled)


def reclaimable(history: InvoiceHistory) -> int:
    """The VAT to reclaim on the relief day: its share of what was open then."""
    return vat_share(history, open_on(history, relief_day(history)))


def owed_again(history: InvoiceHistory, start: date, end: date) -> int:
    """The VAT owed again for payments received from ``start`` to ``end`` (inclusive) after
    the relief day."""
    day = relief_day(history)
    late = sum(c for d, c in history.paid if start <= d <= end and d > day)
    return vat_share(history, late)


def quarter(day: date) -> tuple[date, date]:
    """The calendar quarter ``day`` falls in, first and last day: the usual VAT period."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    if first_month == 10:
        following = date(day.year + 1, 1, 1)
    else:
        following = date(day.year, first_month + 3, 1)
    return start, following - timedelta(days=1)
