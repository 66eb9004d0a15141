"""Collection work: contacts, promises, payment plans, letters, and the rate table."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from debiteur_desk.domain.instalments import PlanStatus
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.promises import PromiseStatus
from debiteur_desk.store.models.base import Base
from debiteur_desk.store.models.ledger import Client, Invoice
from debiteur_desk.store.types import Day, EnumText, utcnow


def _invoice_link(name: str, owner_table: str) -> Table:
    """An association table: which invoices an agreement, plan or letter concerns."""
    owner_column = f"{owner_table.rstrip('s')}_id"
    return Table(
        name,
        Base.metadata,
        Column(owner_column, ForeignKey(f"{owner_table}.id", ondelete="CASCADE"), primary_key=True),
        Column("invoice_id", ForeignKey("invoices.id"), primary_key=True),
    )


agreement_invoices = _invoice_link("agreement_invoices", "agreements")
payment_plan_invoices = _invoice_link("payment_plan_invoices", "payment_plans")
letter_invoices = _invoice_link("letter_invoices", "letters")


class ContactEvent(Base):
    """A phone call, email, letter, visit, note or hand-over, as it shows on the timeline."""

    __tablename__ = "contact_events"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('phone', 'email', 'letter', 'visit', 'note', 'handover')", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    phone_number: Mapped[str] = mapped_column(String(40), default="")
    # reached, not_reached, voicemail, wrong_number (calls); free for other kinds
    outcome: Mapped[str] = mapped_column(String(30), default="")
    # forgot, not_received, dispute, cash_flow, waiting_for_customer, bankruptcy, other
    reason: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Agreement(Base):
    """A promise to pay which invoices by a date; kept or broken as payments arrive."""

    __tablename__ = "agreements"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'kept', 'broken', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_event_id: Mapped[int | None] = mapped_column(ForeignKey("contact_events.id"))
    promised_cents: Mapped[int] = mapped_column(BigInteger)
    promised_by: Mapped[date] = mapped_column(Day)
    one_time_exception: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[PromiseStatus] = mapped_column(
        EnumText(PromiseStatus, 16), default=PromiseStatus.OPEN
    )
    resolved_on: Mapped[date | None] = mapped_column(Day)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    invoices: Mapped[list[Invoice]] = relationship(secondary=agreement_invoices)


class PaymentPlan(Base):
    """A betalingsregeling; a renegotiated plan points at the one it replaces."""

    __tablename__ = "payment_plans"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'active', 'completed', 'broken', 'replaced')", name="status"
        ),
        CheckConstraint("frequency IN ('weekly', 'biweekly', 'monthly')", name="frequency"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    status: Mapped[PlanStatus] = mapped_column(EnumText(PlanStatus, 16), default=PlanStatus.DRAFT)
    principal_cents: Mapped[int] = mapped_column(BigInteger)
    interest_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    costs_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    total_cents: Mapped[int] = mapped_column(BigInteger)
    down_payment_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    frequency: Mapped[str] = mapped_column(String(16))
    first_due: Mapped[date] = mapped_column(Day)
    signed_on: Mapped[date | None] = mapped_column(Day)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("payment_plans.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    invoices: Mapped[list[Invoice]] = relationship(secondary=payment_plan_invoices)
    instalments: Mapped[list[Instalment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Instalment.number"
    )


class Instalment(Base):
    __tablename__ = "instalments"
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_instalments_plan_number"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plans.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)  # 0 = down payment
    due_date: Mapped[date] = mapped_column(Day)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    paid_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_on: Mapped[date | None] = mapped_column(Day)

    plan: Mapped[PaymentPlan] = relationship(back_populates="instalments")


class Letter(Base):
    """A letter made and filed: the PDF, its hash and the data it was made from."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[LetterKind] = mapped_column(EnumText(LetterKind, 30))
    language: Mapped[str] = mapped_column(String(2), default="nl")
    file_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    template_version: Mapped[str] = mapped_column(String(40), default="")
    data_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_on: Mapped[date | None] = mapped_column(Day)
    sent_via: Mapped[str | None] = mapped_column(String(16))  # post, registered, email, hand
    tracking_number: Mapped[str] = mapped_column(String(60), default="")

    invoices: Mapped[list[Invoice]] = relationship(secondary=letter_invoices)
    client: Mapped[Client] = relationship()


class InterestRateRow(Base):
    """A statutory interest rate in force from a date (percent in hundredths: 1215 = 12.15%)."""

    __tablename__ = "interest_rates"
    __table_args__ = (
        UniqueConstraint("kind", "from_date", name="uq_interest_rates_kind_from"),
        CheckConstraint("kind IN ('consumer', 'commercial')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    from_date: Mapped[date] = mapped_column(Day)
    rate_hundredths: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    user_added: Mapped[bool] = mapped_column(Boolean, default=False)
