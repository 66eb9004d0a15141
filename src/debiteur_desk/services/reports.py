"""What the screens and the headless commands show: aging, client and invoice lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from debiteur_desk.domain import clock
from debiteur_desk.domain.aging import Bucket, make_buckets
from debiteur_desk.domain.collectability import Split
from debiteur_desk.domain.invoice_status import InvoiceFilter, InvoiceStatus, invoice_status
from debiteur_desk.domain.money import ZERO, from_cents
from debiteur_desk.services.collectability import read_collectability
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice
from debiteur_desk.store.queries.aging import ClientAging, aging_by_client
from debiteur_desk.store.settings_store import get_setting

ClientAgingRow = ClientAging  # rows of the aging table, as the screens and commands read them


@dataclass(frozen=True)
class BucketTotal:
    bucket: Bucket
    amount: Decimal
    count: int


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    buckets: tuple[BucketTotal, ...]
    clients: Sequence[ClientAgingRow]
    # per bucket: promised, in a plan, disputed, handed over... (empty unless asked for)
    collectability: tuple[Split, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((b.amount for b in self.buckets), ZERO)


def aging_report(db: Database, as_of: date, *, collectability: bool = False) -> AgingReport:
    """The aging table as of a date, with the bucket boundaries from Settings;
    ``collectability``: with each bucket's split by collection state (one query more)."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        rows = aging_by_client(session, as_of, buckets)
        splits = read_collectability(session, as_of, buckets).splits if collectability else ()
    clients = rows.clients
    totals = tuple(
        BucketTotal(bucket, from_cents(rows.amounts_cents[i]), rows.counts[i])
        for i, bucket in enumerate(buckets)
    )
    return AgingReport(as_of, totals, clients, splits)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    kind: str
    city: str
    email: str
    phone: str
    open: Decimal


def list_clients(db: Database) -> list[ClientRow]:
    open_total = (
        select(Invoice.client_id, func.sum(Invoice.open_cents).label("open_cents"))
        .group_by(Invoice.client_id)
        .subquery()
    )
    query = (
        select(
            Client.id,
            Client.name,
            Client.kind,
            Client.city,
            Client.email,
            Client.phone,
            func.coalesce(open_total.c.open_cents, 0),
        )
        .outerjoin(open_total, open_total.c.client_id == Client.id)
        .order_by(Client.name, Client.id)
    )
    with db.reading() as session:
        return [
            ClientRow(id_, name, kind, city, email, phone, from_cents(cents))
            for id_, name, kind, city, email, phone, cents in session.execute(query)
        ]


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    client_id: int
    client_name: str
    client_kind: str
    invoice_date: date
    due_date: date
    amount: Decimal
    open: Decimal
    status: InvoiceStatus


def invoice_row(inv: Invoice, client_name: str, client_kind: str) -> InvoiceRow:
    """An invoice as the lists show it, its status worked out from its amounts."""
    return InvoiceRow(
        inv.id,
        inv.number,
        inv.client_id,
        client_name,
        client_kind,
        inv.invoice_date,
        inv.due_date,
        from_cents(inv.amount_cents),
        from_cents(inv.open_cents),
        invoice_status(
            inv.amount_cents,
            inv.paid_cents,
            inv.credited_cents,
            inv.written_off_cents,
            disputed=inv.disputed,
        ),
    )


def list_invoices(
    db: Database,
    *,
    client_id: int | None = None,
    status: InvoiceFilter | None = None,
    as_of: date | None = None,
) -> list[InvoiceRow]:
    as_of = as_of or clock.today()
    query = (
        select(Invoice, Client.name, Client.kind)
        .join(Client, Client.id == Invoice.client_id)
        .order_by(Invoice.due_date, Invoice.number)
    )
    if client_id is not None:
        query = query.where(Invoice.client_id == client_id)
    if status is InvoiceFilter.OPEN:
        query = query.where(Invoice.open_cents > 0)
    elif status is InvoiceFilter.OVERDUE:
        query = query.where(Invoice.open_cents > 0, Invoice.due_date < as_of)
    elif status is InvoiceFilter.PAID:
        query = query.where(Invoice.open_cents == 0, Invoice.written_off_cents == 0)
    with db.reading() as session:
        return [invoice_row(inv, name, kind) for inv, name, kind in session.execute(query)]


def client_exists(db: Database, client_id: int) -> bool:
    with db.reading() as session:
        return session.get(Client, client_id) is not None
