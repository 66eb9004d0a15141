"""The facts ``domain/letter_rules.py`` decides on, read from the book in one session:
among them how each open invoice went out and whether the user checked that
(``domain/sent_check.py``), the same rows the worklist reads."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from debiteur_desk.domain.errors import NotFound
from debiteur_desk.domain.instalments import PlanStatus
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.letter_rules import (
    ClientFacts,
    InvoiceFacts,
    LetterFacts,
    PlanFacts,
    PromiseFacts,
)
from debiteur_desk.domain.money import ZERO, from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.sent_check import SendingFacts
from debiteur_desk.services import collection_state
from debiteur_desk.store.models import (
    Agreement,
    Client,
    Invoice,
    Letter,
    Payment,
    PaymentAllocation,
    PaymentPlan,
)
from debiteur_desk.store.queries.worklist import SendingRow, sending_rows
from debiteur_desk.store.settings_store import get_setting


def sending_facts(row: SendingRow) -> SendingFacts:
    """How one invoice went out, with its client's address and agreed term."""
    return SendingFacts(
        row.invoice_date,
        row.due_date,
        row.sent_on,
        row.sent_via,
        row.sent_to,
        row.client_email,
        row.payment_term_days,
        business=row.client_kind == ClientKind.BUSINESS,
        large_company=row.large_company,
    )


def _invoice(invoice: Invoice, sending: SendingRow | None) -> InvoiceFacts:
    reductions = [(a.payment.received_on, from_cents(a.amount_cents)) for a in invoice.allocations]
    reductions += [(c.issued_on, from_cents(c.amount_cents)) for c in invoice.credit_notes]
    return InvoiceFacts(
        id=invoice.id,
        number=invoice.number,
        due_date=invoice.due_date,
        amount=from_cents(invoice.amount_cents),
        open=from_cents(invoice.open_cents),
        reductions=tuple(sorted(reductions)),
        disputed=invoice.disputed,
        sending=sending_facts(sending) if sending is not None else None,
        sent_checked_on=sending.checked_on if sending is not None else None,
    )


def _money(value: object) -> Decimal | None:
    return Decimal(str(value)) if value not in (None, "") else None


def letter_facts(letter: Letter) -> LetterFacts:
    """A filed letter as the rules see it; the data it was made from says its term and,
    for a 14-dagenbrief, the costs it announced."""
    data = json.loads(letter.data_json or "{}")
    deadline = data.get("deadline")
    costs = data.get("costs") or data.get("bik") or {}  # "bik": letters made before 0.2
    return LetterFacts(
        id=letter.id,
        kind=LetterKind(letter.kind),
        invoice_ids=frozenset(i.id for i in letter.invoices),
        made_on=letter.created_at.date(),
        sent_on=letter.sent_on,
        deadline=date.fromisoformat(deadline) if deadline else None,
        announced_costs=_money(costs.get("amount")),
        announced_btw=_money(costs.get("btw")) or ZERO,
    )


def _plan(session: Session, plan: PaymentPlan) -> PlanFacts:
    live = PlanStatus(plan.status).live
    first = collection_state.match_plan(session, plan).first_unpaid() if live else None
    return PlanFacts(
        id=plan.id,
        invoice_ids=frozenset(i.id for i in plan.invoices),
        live=live,
        missed_from=first.missed_from if first is not None else None,
        costs_added=plan.costs_cents > 0 and plan.status != PlanStatus.REPLACED.value,
    )


def client_facts(session: Session, client_id: int) -> ClientFacts:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client_not_found", id=client_id)
    invoices = session.scalars(
        select(Invoice)
        .where(Invoice.client_id == client_id, Invoice.open_cents > 0)
        .options(
            selectinload(Invoice.allocations).selectinload(PaymentAllocation.payment),
            selectinload(Invoice.credit_notes),
        )
        .order_by(Invoice.due_date, Invoice.number)
    ).all()
    sending = {row.invoice_id: row for row in sending_rows(session, [i.id for i in invoices])}
    letters = session.scalars(
        select(Letter)
        .where(Letter.client_id == client_id)
        .options(selectinload(Letter.invoices))
        .order_by(Letter.created_at, Letter.id)
    ).all()
    promises = session.scalars(
        select(Agreement)
        .where(Agreement.client_id == client_id)
        .options(selectinload(Agreement.invoices))
        .order_by(Agreement.id)  # which one a refusal names: the same on every database
    ).all()
    plans = session.scalars(
        select(PaymentPlan)
        .where(PaymentPlan.client_id == client_id)
        .options(selectinload(PaymentPlan.invoices))
        .order_by(PaymentPlan.id)
    ).all()
    credit = session.scalar(
        select(func.coalesce(func.sum(Payment.unallocated_cents), 0)).where(
            Payment.client_id == client_id
        )
    )
    return ClientFacts(
        kind=ClientKind(client.kind),
        invoices=tuple(_invoice(i, sending.get(i.id)) for i in invoices),
        letters=tuple(letter_facts(x) for x in letters),
        promises=tuple(
            PromiseFacts(frozenset(i.id for i in a.invoices), a.promised_by, a.status)
            for a in promises
        ),
        plans=tuple(_plan(session, p) for p in plans),
        credit=from_cents(int(credit or 0)),
        term_is_fatal=bool(get_setting(session, "rules.payment_term_agreed")),
        costs_with_btw=bool(get_setting(session, "rules.bik_with_btw")),
        creditor_has_vat_number=bool(str(get_setting(session, "company.btw_id")).strip()),
    )
