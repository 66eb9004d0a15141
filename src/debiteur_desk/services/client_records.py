"""Every row the book holds about one client: the one rule that the export (art. 15 and 20
AVG) and the erasure (art. 17 AVG) both follow, so that neither can forget a table.

Besides the rows that carry the client's id, that is: the payments allocated to its
invoices, the bank lines of its payments or from an account it paid from (a line still
waiting for review too), and the audit entries about any of these (``services/audit.py``
writes them per entity: a dispute under its invoice, a bank line booked under the line).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import NotFound
from debiteur_desk.store.models import (
    Agreement,
    AuditLog,
    BankLine,
    Base,
    Client,
    ClientAccount,
    ContactEvent,
    CreditNote,
    Dispute,
    Instalment,
    Invoice,
    InvoiceSentCheck,
    Letter,
    Payment,
    PaymentAllocation,
    PaymentPlan,
    WorklistSnooze,
)


@dataclass
class ClientRecords:
    """The rows, by table (the field names are the tables' names)."""

    clients: list[Client]
    invoices: list[Invoice]
    credit_notes: list[CreditNote]
    payments: list[Payment]
    payment_allocations: list[PaymentAllocation]
    contact_events: list[ContactEvent]
    agreements: list[Agreement]
    payment_plans: list[PaymentPlan]
    instalments: list[Instalment]
    letters: list[Letter]
    disputes: list[Dispute]
    bank_lines: list[BankLine]
    client_accounts: list[ClientAccount]
    worklist_snoozes: list[WorklistSnooze]
    invoice_sent_checks: list[InvoiceSentCheck]
    audit_log: list[AuditLog]

    @property
    def client(self) -> Client:
        return self.clients[0]

    def tables(self) -> Iterator[tuple[str, Sequence[Base]]]:
        """(table name, rows) for every table, in this order."""
        for f in fields(self):
            yield f.name, getattr(self, f.name)

    def ibans(self) -> set[str]:
        """Every account number the book knows the client by."""
        found = {self.client.iban} | {a.iban for a in self.client_accounts}
        found |= {p.counterparty_iban for p in self.payments}
        found |= {line.counterparty_iban for line in self.bank_lines}
        return {iban for iban in found if iban}


def _all(session: Session, statement: Any) -> list[Any]:
    return list(session.scalars(statement).unique())


def _audit_about(session: Session, entities: dict[str, list[int]]) -> list[AuditLog]:
    about = [
        and_(AuditLog.entity == entity, AuditLog.entity_id.in_(ids))
        for entity, ids in entities.items()
        if ids
    ]
    return _all(session, select(AuditLog).where(or_(false(), *about)).order_by(AuditLog.id))


def client_records(session: Session, client_id: int) -> ClientRecords:
    """Everything held about the client, loaded in ``session`` (to read or to change)."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client_not_found", id=client_id)
    invoices = _all(session, select(Invoice).where(Invoice.client_id == client_id))
    invoice_ids = [i.id for i in invoices]
    allocated = select(PaymentAllocation.payment_id).where(
        PaymentAllocation.invoice_id.in_(invoice_ids)
    )
    payments = _all(
        session,
        select(Payment)
        .where(or_(Payment.client_id == client_id, Payment.id.in_(allocated)))
        .order_by(Payment.id),
    )
    payment_ids = [p.id for p in payments]
    accounts = _all(session, select(ClientAccount).where(ClientAccount.client_id == client_id))
    known = {client.iban} | {a.iban for a in accounts} | {p.counterparty_iban for p in payments}
    known.discard("")
    plans = _all(session, select(PaymentPlan).where(PaymentPlan.client_id == client_id))
    records = ClientRecords(
        clients=[client],
        invoices=invoices,
        credit_notes=_all(
            session, select(CreditNote).where(CreditNote.invoice_id.in_(invoice_ids))
        ),
        payments=payments,
        payment_allocations=_all(
            session,
            select(PaymentAllocation).where(
                or_(
                    PaymentAllocation.invoice_id.in_(invoice_ids),
                    PaymentAllocation.payment_id.in_(payment_ids),
                )
            ),
        ),
        contact_events=_all(
            session, select(ContactEvent).where(ContactEvent.client_id == client_id)
        ),
        agreements=_all(session, select(Agreement).where(Agreement.client_id == client_id)),
        payment_plans=plans,
        instalments=_all(
            session, select(Instalment).where(Instalment.plan_id.in_([p.id for p in plans]))
        ),
        letters=_all(session, select(Letter).where(Letter.client_id == client_id)),
        disputes=_all(session, select(Dispute).where(Dispute.invoice_id.in_(invoice_ids))),
        bank_lines=_all(
            session,
            select(BankLine)
            .where(
                or_(
                    BankLine.client_id == client_id,
                    BankLine.payment_id.in_(payment_ids),
                    # a line from the same account not booked to anyone (in review)
                    and_(BankLine.client_id.is_(None), BankLine.counterparty_iban.in_(known)),
                )
            )
            .order_by(BankLine.id),
        ),
        client_accounts=accounts,
        worklist_snoozes=_all(
            session, select(WorklistSnooze).where(WorklistSnooze.client_id == client_id)
        ),
        invoice_sent_checks=_all(
            session, select(InvoiceSentCheck).where(InvoiceSentCheck.invoice_id.in_(invoice_ids))
        ),
        audit_log=[],
    )
    records.audit_log = _audit_about(
        session,
        {
            "client": [client_id],
            "invoice": invoice_ids,
            "credit_note": [n.id for n in records.credit_notes],
            "payment": payment_ids,
            "contact_event": [e.id for e in records.contact_events],
            "agreement": [a.id for a in records.agreements],
            "payment_plan": [p.id for p in plans],
            "letter": [x.id for x in records.letters],
            "bank_line": [b.id for b in records.bank_lines],
        },
    )
    return records
