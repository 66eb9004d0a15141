"""What came in from files: each import as a batch (so it can be undone as a whole), every
incoming bank line with what became of it, and the accounts clients were seen paying from.

A bank line's ``key`` (``importers/statement.py``) is unique: importing the same or an
overlapping statement again finds it and books nothing twice. A line waiting for review
stays here until the user books, keeps as credit or ignores it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from debiteur_desk.store.models.base import Base
from debiteur_desk.store.types import Day, utcnow


class ImportBatch(Base):
    __tablename__ = "import_batches"
    __table_args__ = (CheckConstraint("kind IN ('statement', 'invoices')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class BankLine(Base):
    __tablename__ = "bank_lines"
    __table_args__ = (
        CheckConstraint(
            "state IN ('booked', 'review', 'ignored', 'credit', 'reversal')", name="state"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    account_iban: Mapped[str] = mapped_column(String(34), default="")
    booking_date: Mapped[date] = mapped_column(Day, index=True)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    counterparty_name: Mapped[str] = mapped_column(String(200), default="")
    counterparty_iban: Mapped[str] = mapped_column(String(34), default="")
    remittance: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(40), default="")
    end_to_end_id: Mapped[str] = mapped_column(String(40), default="")
    reversal: Mapped[bool] = mapped_column(Boolean, default=False)
    return_reason: Mapped[str] = mapped_column(String(8), default="")
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(20), default="")  # how it was matched
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id", ondelete="SET NULL"), index=True
    )
    # Whose money it was once booked (kept when a reversal takes the payment back).
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)


class ClientAccount(Base):
    """An IBAN a client paid from, confirmed by the user: next time it is recognised."""

    __tablename__ = "client_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    iban: Mapped[str] = mapped_column(String(34), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")  # as the bank showed it
    learned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
