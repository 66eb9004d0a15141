"""The kept totals of each invoice, and the check that they agree with the rows.

``Invoice.paid_cents / credited_cents / open_cents`` are changed only through
:func:`refresh_open_amount`, inside the transaction of the change that moved them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from debiteur_desk.store.database import Database
from debiteur_desk.store.models import CreditNote, Invoice, PaymentAllocation


def refresh_open_amount(invoice: Invoice) -> None:
    """Recompute the kept totals of one invoice from its rows (inside the caller's session)."""
    invoice.paid_cents = sum(a.amount_cents for a in invoice.allocations)
    invoice.credited_cents = sum(c.amount_cents for c in invoice.credit_notes)
    invoice.open_cents = max(
        0,
        invoice.amount_cents
        - invoice.paid_cents
        - invoice.credited_cents
        - invoice.written_off_cents,
    )


@dataclass(frozen=True)
class LedgerMismatch:
    invoice_id: int
    number: str
    kept_open_cents: int
    computed_open_cents: int


def check_ledger(db: Database) -> list[LedgerMismatch]:
    """Compare each invoice's kept open amount with what its rows say (one query)."""
    paid = (
        select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_cents).label("s"))
        .group_by(PaymentAllocation.invoice_id)
        .subquery()
    )
    credited = (
        select(CreditNote.invoice_id, func.sum(CreditNote.amount_cents).label("s"))
        .group_by(CreditNote.invoice_id)
        .subquery()
    )
    computed = (
        Invoice.amount_cents
        - func.coalesce(paid.c.s, 0)
        - func.coalesce(credited.c.s, 0)
        - Invoice.written_off_cents
    )
    computed = (
        func.max(computed, 0) if db.engine.dialect.name == "sqlite" else func.greatest(computed, 0)
    )
    query = (
        select(Invoice.id, Invoice.number, Invoice.open_cents, computed)
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .outerjoin(credited, credited.c.invoice_id == Invoice.id)
        .where(Invoice.open_cents != computed)
        .order_by(Invoice.id)
    )
    with db.reading() as session:
        return [LedgerMismatch(*row) for row in session.execute(query)]
