"""What to put in a VAT return for bad debts (domain/vat_relief.py, art. 29 Wet OB): the
VAT to reclaim on invoices that became uncollectable in the period, and the VAT owed
again on what such invoices were paid in it. Stateless: each period shows only what
happened in it, so no invoice is claimed twice across returns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from debiteur_desk.domain.prescription import anniversary
from debiteur_desk.domain.vat_relief import (
    RELIEF_AFTER_YEARS,
    InvoiceHistory,
    open_on,
    owed_again,
    reclaimable,
    relief_day,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, CreditNote, Invoice, Payment, PaymentAllocation


@dataclass(frozen=True)
class VatReliefLine:
    invoice_id: int
    number: str
    client_name: str
    due_date: date
    relief_day: date  # non-payment certain (written off) or a year past due
    open_cents: int  # reclaim lines: what was open on the relief day; others: paid late
    vat_cents: int  # to reclaim (positive) or owed again (negative)


@dataclass(frozen=True)
class VatReliefReport:
    start: date
    end: date
    lines: tuple[VatReliefLine, ...]

    @property
    def reclaim_cents(self) -> int:
        return sum(line.vat_cents for line in self.lines if line.vat_cents > 0)

    @property
    def owed_again_cents(self) -> int:
        return -sum(line.vat_cents for line in self.lines if line.vat_cents < 0)


def _candidates(session: Session, start: date, end: date) -> list[Invoice]:
    """Invoices with VAT whose relief day may fall in the period, or that were paid in it."""
    years = RELIEF_AFTER_YEARS
    # a day of margin each side: 29 February has no exact anniversary
    due_from = anniversary(start, -years) - timedelta(days=1)
    due_to = anniversary(end, -years) + timedelta(days=1)
    paid_in_period = (
        select(PaymentAllocation.invoice_id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(Payment.received_on >= start, Payment.received_on <= end)
    )
    return list(
        session.scalars(
            select(Invoice).where(
                Invoice.vat_cents > 0,
                or_(
                    and_(Invoice.due_date >= due_from, Invoice.due_date <= due_to),
                    and_(Invoice.written_off_on >= start, Invoice.written_off_on <= end),
                    Invoice.id.in_(paid_in_period),
                ),
            )
        )
    )


def _histories(session: Session, invoices: list[Invoice]) -> dict[int, InvoiceHistory]:
    ids = [inv.id for inv in invoices]
    paid: dict[int, list[tuple[date, int]]] = defaultdict(list)
    credited: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for invoice_id, day, cents in session.execute(
        select(PaymentAllocation.invoice_id, Payment.received_on, PaymentAllocation.amount_cents)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.invoice_id.in_(ids))
    ):
        paid[invoice_id].append((day, cents))
    for invoice_id, day, cents in session.execute(
        select(CreditNote.invoice_id, CreditNote.issued_on, CreditNote.amount_cents).where(
            CreditNote.invoice_id.in_(ids)
        )
    ):
        credited[invoice_id].append((day, cents))
    return {
        inv.id: InvoiceHistory(
            inv.amount_cents,
            inv.vat_cents,
            inv.due_date,
            tuple(paid[inv.id]),
            tuple(credited[inv.id]),
            inv.written_off_on,
        )
        for inv in invoices
    }


def vat_relief_report(db: Database, start: date, end: date) -> VatReliefReport:
    """The bad-debt VAT of the period from ``start`` to ``end`` (inclusive)."""
    lines: list[VatReliefLine] = []
    with db.reading() as session:
        invoices = _candidates(session, start, end)
        histories = _histories(session, invoices)
        clients = {inv.client_id for inv in invoices}
        names = dict(
            session.execute(select(Client.id, Client.name).where(Client.id.in_(clients))).all()
        )
    for inv in invoices:
        history = histories[inv.id]
        day = relief_day(history)
        base = (inv.id, inv.number, names[inv.client_id], inv.due_date, day)
        if start <= day <= end and (vat := reclaimable(history)) > 0:
            lines.append(VatReliefLine(*base, open_on(history, day), vat))
        if (again := owed_again(history, start, end)) > 0:
            late = sum(c for d, c in history.paid if start <= d <= end and d > day)
            lines.append(VatReliefLine(*base, late, -again))
    lines.sort(key=lambda line: (line.relief_day, line.number, line.vat_cents < 0))
    return VatReliefReport(start, end, tuple(lines))
