"""The worklist's own records: steps snoozed until a date, and invoices whose sending was
checked before the first reminder (``domain/snooze.py``, ``domain/sent_check.py``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from debiteur_desk.store.models.base import Base
from debiteur_desk.store.types import Day, utcnow


class WorklistSnooze(Base):
    """A worklist step (a client's action) kept out of the list until ``snoozed_until``."""

    __tablename__ = "worklist_snoozes"
    __table_args__ = (CheckConstraint("snoozed_until > snoozed_on", name="until_after_snoozed"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    invoice_ids: Mapped[str] = mapped_column(Text, default="")  # the step's, comma-separated
    reason: Mapped[str] = mapped_column(Text)
    snoozed_on: Mapped[date] = mapped_column(Day)
    snoozed_until: Mapped[date] = mapped_column(Day)
    lifted_on: Mapped[date | None] = mapped_column(Day)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class InvoiceSentCheck(Base):
    """The user checked how the invoice went out (or marked it sent) on ``checked_on``."""

    __tablename__ = "invoice_sent_checks"

    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), primary_key=True
    )
    checked_on: Mapped[date] = mapped_column(Day)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
