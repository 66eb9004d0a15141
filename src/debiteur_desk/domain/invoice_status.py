"""An invoice's status follows from its amounts; it is never typed in."""

from __future__ import annotations

from enum import StrEnum


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    WRITTEN_OFF = "written_off"
    DISPUTED = "disputed"


class InvoiceFilter(StrEnum):
    """The invoice lists' status filter (window and command line)."""

    OPEN = "open"
    OVERDUE = "overdue"
    PAID = "paid"


def invoice_status(
    amount_cents: int,
    paid_cents: int,
    credited_cents: int = 0,
    written_off_cents: int = 0,
    *,
    disputed: bool = False,
) -> InvoiceStatus:
    """Written off wins over the rest; a dispute shows only while something is open."""
    open_cents = amount_cents - paid_cents - credited_cents - written_off_cents
    if written_off_cents > 0 and open_cents <= 0:
        return InvoiceStatus.WRITTEN_OFF
    if open_cents <= 0:
        return InvoiceStatus.PAID
    if disputed:
        return InvoiceStatus.DISPUTED
    if paid_cents > 0 or credited_cents > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.OPEN
