"""The bank lines an import could not book by itself, and what the user decides for each:
book it on the invoices offered (or others, or split), keep it as a client's credit, or
ignore it (issue 12).

A line booked or kept as credit here teaches the book the payer's account: next time a
payment from that IBAN is recognised as this client's (``client_accounts``). A match the
import made by itself from the free text alone is not learned as a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.matching import CONFIRMED_BY_USER, OpenItems, asked_by, candidates
from debiteur_desk.services import audit
from debiteur_desk.services.statement_import import (
    Offer,
    book_line,
    credit_of,
    known_payers,
    offer_of,
    open_items,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import BankLine, Client, ClientAccount


@dataclass(frozen=True)
class ReviewLine:
    id: int
    booking_date: date
    amount_cents: int
    payer: str
    iban: str
    remittance: str
    reference: str
    offers: tuple[Offer, ...]  # best first; may be empty


def review_lines(db: Database) -> list[ReviewLine]:
    """Every line waiting for a decision, oldest first, with what it may pay now."""
    with db.reading() as session:
        rows = session.scalars(
            select(BankLine).where(BankLine.state == "review").order_by(BankLine.booking_date)
        ).all()
        credits = [
            credit_of(row.amount_cents, row.counterparty_iban, row.counterparty_name,
                      row.remittance, row.end_to_end_id, row.reference)
            for row in rows
        ]  # fmt: skip
        # One index for all the lines (not one per line: a big book has 100,000 invoices).
        items = OpenItems(open_items(session), asked_by(credits))
        numbers = {item.invoice_id: item.number for item in items.values()}
        payers = known_payers(session)
        return [
            ReviewLine(
                row.id, row.booking_date, row.amount_cents, row.counterparty_name,
                row.counterparty_iban, row.remittance, row.reference,
                tuple(offer_of(c, numbers) for c in candidates(credit, items, payers)[:5]),
            )
            for row, credit in zip(rows, credits, strict=True)
        ]  # fmt: skip


def _waiting(session: Session, line_id: int) -> BankLine:
    row = session.get(BankLine, line_id)
    if row is None:
        raise NotFound("bank_line_not_found", id=line_id)
    if row.state != "review":
        raise InvalidInput("bank_line_decided")
    return row


def _learn(session: Session, row: BankLine, client_id: int) -> None:
    iban = row.counterparty_iban
    if not iban:
        return
    known = session.scalar(select(ClientAccount).where(ClientAccount.iban == iban))
    if known is None:
        session.add(ClientAccount(client_id=client_id, iban=iban, name=row.counterparty_name))
    else:  # the user says this account now pays for another client
        known.client_id = client_id


def book_reviewed(
    db: Database, line_id: int, client_id: int, allocations: tuple[tuple[int, int], ...]
) -> int:
    """Book the line for the client on these invoices ((invoice id, cents), any split);
    with no allocations all of it is kept as the client's credit. Returns the payment."""
    with db.transaction() as session:
        row = _waiting(session, line_id)
        if session.get(Client, client_id) is None:
            raise NotFound("client_not_found", id=client_id)
        row.payment_id = book_line(session, row, client_id, allocations)
        row.state = "booked" if allocations else "credit"
        row.reason = CONFIRMED_BY_USER
        _learn(session, row, client_id)
        audit.record(session, "bank_line.book", "bank_line", row.id, client_id=client_id)
        return row.payment_id


def ignore_line(db: Database, line_id: int) -> None:
    """Not an invoice payment (card payouts, a refund to us, a duplicate): kept, unbooked."""
    with db.transaction() as session:
        row = _waiting(session, line_id)
        row.state = "ignored"
        audit.record(session, "bank_line.ignore", "bank_line", row.id)
