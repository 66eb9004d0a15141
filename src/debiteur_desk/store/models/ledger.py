"""The ledger: clients, invoices, payments and their allocations, credit notes.

Money is integer cents (``*_cents``), dates are :class:`Day` columns. An invoice
keeps ``paid_cents``, ``credited_cents`` and ``open_cents`` up to date in the
same transaction as each payment, credit note or write-off (``services/ledger.py``),
so aging is one aggregate query; ``check_ledger`` recomputes them from the rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.store.models.base import Base, Timestamped
from debiteur_desk.store.types import Day, EnumText, utcnow


class Client(Timestamped, Base):
    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("kind IN ('consumer', 'business')", name="kind"),
        CheckConstraint("language IN ('nl', 'en')", name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[ClientKind] = mapped_column(EnumText(ClientKind, 16))
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    kvk: Mapped[str] = mapped_column(String(8), default="")
    btw_id: Mapped[str] = mapped_column(String(20), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=14)
    # A large company (art. 6:119a lid 6 BW: it may agree at most 30 days with an SME).
    large_company: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    language: Mapped[str] = mapped_column(String(2), default="nl")
    notes: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)

    invoices: Mapped[list[Invoice]] = relationship(back_populates="client")


class Invoice(Timestamped, Base):
    __tablename__ = "invoices"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("due_date >= invoice_date", name="due_after_invoice"),
        CheckConstraint("open_cents >= 0", name="open_not_negative"),
        # Aging reads only this index: open invoices, grouped by client.
        Index(
            "ix_invoices_open_aging",
            "client_id",
            "due_date",
            "open_cents",
            "invoice_date",
            sqlite_where=text("open_cents > 0"),
            postgresql_where=text("open_cents > 0"),
        ),
        # A bank statement import reads only this index: what matching needs of every
        # open invoice, oldest due first (services/statement_import.py, open_items).
        Index(
            "ix_invoices_open_items",
            "due_date",
            "id",
            "client_id",
            "open_cents",
            "number",
            "kenmerk",
            "disputed",
            sqlite_where=text("open_cents > 0"),
            postgresql_where=text("open_cents > 0"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), index=True
    )
    invoice_date: Mapped[date] = mapped_column(Day)
    due_date: Mapped[date] = mapped_column(Day)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    vat_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    description: Mapped[str] = mapped_column(Text, default="")
    # A betalingskenmerk (16 digits) or an RF creditor reference (up to 25 characters).
    kenmerk: Mapped[str | None] = mapped_column(String(35), index=True)
    # The import it came from (None: typed in); undoing that import removes it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    sent_on: Mapped[date | None] = mapped_column(Day)
    sent_via: Mapped[str | None] = mapped_column(String(16))  # email, post, portal, hand
    sent_to: Mapped[str] = mapped_column(String(300), default="")
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    written_off_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    written_off_on: Mapped[date | None] = mapped_column(Day, index=True)
    write_off_reason: Mapped[str] = mapped_column(Text, default="")
    # Maintained by services/ledger.py in the same transaction as the change.
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    credited_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    open_cents: Mapped[int] = mapped_column(BigInteger)

    client: Mapped[Client] = relationship(back_populates="invoices")
    allocations: Mapped[list[PaymentAllocation]] = relationship(back_populates="invoice")
    credit_notes: Mapped[list[CreditNote]] = relationship(back_populates="invoice")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    received_on: Mapped[date] = mapped_column(Day, index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(16), default="bank")
    counterparty_name: Mapped[str] = mapped_column(String(200), default="")
    counterparty_iban: Mapped[str] = mapped_column(String(34), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    bank_reference: Mapped[str | None] = mapped_column(String(100), index=True)
    # What is not allocated to an invoice stays as the client's credit.
    unallocated_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    allocations: Mapped[list[PaymentAllocation]] = relationship(
        back_populates="payment", cascade="all, delete-orphan"
    )


class PaymentAllocation(Base):
    __tablename__ = "payment_allocations"
    __table_args__ = (
        UniqueConstraint("payment_id", "invoice_id", name="uq_payment_allocations_pair"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)

    payment: Mapped[Payment] = relationship(back_populates="allocations")
    invoice: Mapped[Invoice] = relationship(back_populates="allocations")


class CreditNote(Base):
    __tablename__ = "credit_notes"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Day, index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)

    invoice: Mapped[Invoice] = relationship(back_populates="credit_notes")


class Setting(Base):
    """A business setting; keys and types are in ``domain/settings_registry.py``."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class AuditLog(Base):
    """Append-only: ``store/session.py`` refuses updates and deletes of these rows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
