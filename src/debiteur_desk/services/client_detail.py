"""Everything the client screen shows above the timeline, read in one call (one session):
the client's details, all their invoices, the totals and how they pay."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from debiteur_desk.domain.errors import NotFound
from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_behaviour import PaymentBehaviour, payment_behaviour
from debiteur_desk.domain.prescription import last_day, term_years
from debiteur_desk.services.clients import ClientInput, client_input_from
from debiteur_desk.services.reports import InvoiceRow, invoice_row
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, Payment, PaymentAllocation
from debiteur_desk.store.queries.collection import claim_interruptions


@dataclass(frozen=True)
class ClientDetail:
    id: int
    client: ClientInput
    as_of: date
    invoices: tuple[InvoiceRow, ...]  # newest invoice first
    paid_on: dict[int, date]  # invoice id -> date of its last payment (paid invoices only)
    open_total: Decimal
    overdue_total: Decimal  # open and past due on the as-of date
    credit: Decimal  # money received but not allocated to an invoice
    behaviour: PaymentBehaviour
    # open invoice id -> the last day before prescription (domain/prescription.py)
    last_days: dict[int, date] = field(default_factory=dict)

    @property
    def days_late(self) -> int:
        """How long the oldest open invoice is past its due date on the as-of date."""
        late = [(self.as_of - i.due_date).days for i in self.open_invoices]
        return max([0, *late])

    @property
    def open_invoices(self) -> list[InvoiceRow]:
        """Open invoices, oldest due date first (the order a payment is allocated in)."""
        rows = [row for row in self.invoices if row.open > 0]
        return sorted(rows, key=lambda row: (row.due_date, row.number))


def client_detail(db: Database, client_id: int, as_of: date) -> ClientDetail:
    """Details, invoices, totals and the payment-behaviour verdict of one client."""
    last_payment = (
        select(PaymentAllocation.invoice_id, func.max(Payment.received_on))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .join(Invoice, Invoice.id == PaymentAllocation.invoice_id)
        .where(Invoice.client_id == client_id)
        .group_by(PaymentAllocation.invoice_id)
    )
    with db.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        details = client_input_from(client)
        invoices = session.scalars(
            select(Invoice)
            .where(Invoice.client_id == client_id)
            .order_by(Invoice.invoice_date.desc(), Invoice.number.desc())
        ).all()
        last_paid: dict[int, date] = {row[0]: row[1] for row in session.execute(last_payment)}
        credit_cents = session.scalar(
            select(func.coalesce(func.sum(Payment.unallocated_cents), 0)).where(
                Payment.client_id == client_id
            )
        )
        rows = tuple(invoice_row(inv, client.name, client.kind) for inv in invoices)
        interruptions = claim_interruptions(session, client_id)
        years = term_years(ClientKind(client.kind))
    paid_on = {
        row.id: last_paid[row.id]
        for row in rows
        if row.status is InvoiceStatus.PAID and row.id in last_paid
    }
    open_rows = [row for row in rows if row.open > 0]
    # Open on the as-of date: issued by then, and open now or paid in full after it.
    open_then = [
        row
        for row in rows
        if row.invoice_date <= as_of and (row.open > 0 or paid_on.get(row.id, as_of) > as_of)
    ]
    behaviour = payment_behaviour(
        ((row.due_date, paid_on[row.id]) for row in rows if row.id in paid_on),
        (row.due_date for row in open_then),
        as_of,
    )
    return ClientDetail(
        id=client_id,
        client=details,
        as_of=as_of,
        invoices=rows,
        paid_on=paid_on,
        open_total=sum((row.open for row in open_rows), Decimal("0.00")),
        overdue_total=sum((row.open for row in open_rows if row.due_date < as_of), Decimal("0.00")),
        credit=from_cents(int(credit_cents or 0)),
        behaviour=behaviour,
        last_days={
            row.id: last_day(row.due_date, years, interruptions.get(row.id, ()))
            for row in open_rows
        },
    )
