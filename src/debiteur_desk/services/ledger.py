"""The kept totals of each invoice, and the check that they agree with the rows.

``Invoice.paid_cents / credited_cents / open_cents`` are changed only here, inside the
transaction of the change that moved them: through :func:`refresh_open_amount`, or, for a
service that writes many rows at once without the ORM (a bank statement's thousands of
payments), its bulk counterpart: :func:`totals_from_rows` reads the sums of the rows, the
service adds its new allocations (:meth:`KeptTotals.add_paid`, the same arithmetic) and
:func:`store_totals` writes them. ``check_ledger`` verifies both alike.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from debiteur_desk.store.bulk import update_rows
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import CreditNote, Invoice, PaymentAllocation
from debiteur_desk.store.types import utcnow


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


_CHUNK = 500  # ids per query: well under every backend's limit of bound parameters


@dataclass
class KeptTotals:
    """One invoice's figures for a service that records many rows at once
    (:func:`totals_from_rows`, :func:`store_totals`): it checks a new allocation against
    :attr:`open_cents` and adds it with :meth:`add_paid`, which recomputes the totals as
    :func:`refresh_open_amount` would from the rows so far; it stores them once."""

    client_id: int
    number: str
    amount_cents: int
    written_off_cents: int
    paid_cents: int  # the sum of its allocations
    credited_cents: int  # the sum of its credit notes
    # As kept (what a check before this invoice's first new allocation reads, as
    # ``record_payment_in`` reads the column); after one, computed from the rows.
    open_cents: int

    def add_paid(self, cents: int) -> None:
        """A new allocation of ``cents`` to this invoice (written by the caller)."""
        self.paid_cents += cents
        self.open_cents = max(
            0, self.amount_cents - self.paid_cents - self.credited_cents - self.written_off_cents
        )


def totals_from_rows(session: Session, invoice_ids: Collection[int]) -> dict[int, KeptTotals]:
    """The invoices with these ids (those that exist): the sums of their rows (what
    :func:`refresh_open_amount` sums and :func:`check_ledger` compares against) and their
    kept open amount; a few queries for any number of invoices."""
    session.flush()  # rows the session still holds count too
    found: dict[int, KeptTotals] = {}
    ids = sorted(set(invoice_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        paid = dict(
            session.execute(
                select(PaymentAllocation.invoice_id, func.sum(PaymentAllocation.amount_cents))
                .where(PaymentAllocation.invoice_id.in_(chunk))
                .group_by(PaymentAllocation.invoice_id)
            ).all()
        )
        credited = dict(
            session.execute(
                select(CreditNote.invoice_id, func.sum(CreditNote.amount_cents))
                .where(CreditNote.invoice_id.in_(chunk))
                .group_by(CreditNote.invoice_id)
            ).all()
        )
        rows = session.execute(
            select(Invoice.id, Invoice.client_id, Invoice.number, Invoice.amount_cents,
                   Invoice.written_off_cents, Invoice.open_cents)
            .where(Invoice.id.in_(chunk))
        )  # fmt: skip
        for invoice_id, client_id, number, amount, written_off, kept_open in rows:
            found[invoice_id] = KeptTotals(
                client_id, number, amount, written_off,
                int(paid.get(invoice_id) or 0), int(credited.get(invoice_id) or 0), kept_open,
            )  # fmt: skip
    return found


def store_totals(session: Session, totals: Mapping[int, KeptTotals]) -> None:
    """Write these invoices' kept totals (one statement for all), each given a new
    allocation with :meth:`KeptTotals.add_paid`: the bulk counterpart of
    :func:`refresh_open_amount` for rows written without the ORM. An invoice the session
    holds is expired, so that it reads the stored figures and its rows again."""
    if not totals:
        return
    now = utcnow()
    update_rows(session, Invoice, [
        {"paid_cents": t.paid_cents, "credited_cents": t.credited_cents,
         "open_cents": t.open_cents, "updated_at": now, "id": invoice_id}
        for invoice_id, t in totals.items()
    ])  # fmt: skip
    for held in list(session.identity_map.values()):
        if isinstance(held, Invoice) and held.id in totals:
            session.expire(held)


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
