"""Disputes: an invoice the client contests, from the day it was raised until it is
resolved (``domain/disputes.py``). ``Invoice.disputed`` says whether one is open now, so
that aging, the overview and the worklist need not join this table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from debiteur_desk.domain.disputes import DisputeOutcome, DisputeReason
from debiteur_desk.store.models.base import Base
from debiteur_desk.store.types import Day, EnumText, utcnow

REASONS = "reason IN ('not_received', 'quality', 'amount', 'not_ordered', 'other')"
OUTCOMES = "outcome IN ('upheld_credit_note', 'upheld_write_off', 'rejected')"


class Dispute(Base):
    __tablename__ = "disputes"
    __table_args__ = (
        CheckConstraint(REASONS, name="reason"),
        CheckConstraint(OUTCOMES, name="outcome"),
        CheckConstraint("(resolved_on IS NULL) = (outcome IS NULL)", name="resolved_with_outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    opened_on: Mapped[date] = mapped_column(Day)
    reason: Mapped[DisputeReason] = mapped_column(EnumText(DisputeReason, 16))
    note: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Day)
    outcome: Mapped[DisputeOutcome | None] = mapped_column(EnumText(DisputeOutcome, 24))
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
