"""From the book to a letter: which invoices, what the law adds, and the context to print.

Each letter kind asks for different facts (an earlier reminder, the agreement made on
the phone, the payment plan, the collection costs, the interest); this module reads
them in the caller's session and refuses, with a reason, when they are not there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.bik import MINIMUM, BikResult, calculate_bik
from debiteur_desk.domain.errors import NotFound, RuleViolation
from debiteur_desk.domain.fourteen_day import fourteen_day_term, may_send_fourteen_day_letter
from debiteur_desk.domain.interest import InterestKind, calculate_interest
from debiteur_desk.domain.money import ZERO, from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import ScheduledInstalment
from debiteur_desk.domain.references import make_rf_reference
from debiteur_desk.letters import (
    Company,
    InvoiceInterest,
    InvoiceLine,
    Language,
    LetterContext,
    LetterKind,
    PaymentPlanTerms,
    PhoneAgreement,
    PostalAddress,
    Recipient,
    UnappliedPayment,
)
from debiteur_desk.store.models import (
    Agreement,
    Client,
    ContactEvent,
    Invoice,
    Letter,
    Payment,
    PaymentPlan,
    letter_invoices,
)
from debiteur_desk.store.rates import load_rates
from debiteur_desk.store.settings_store import get_setting

# Days the debtor gets from the letter date, per kind (the 14-day letter's term is set by law).
TERM_DAYS = {
    LetterKind.REMINDER: 14,
    LetterKind.SECOND_REMINDER: 7,
    LetterKind.FINAL_DEMAND: 7,
}


@dataclass(frozen=True)
class LetterRequest:
    kind: LetterKind
    invoice_number: str | None = None  # that invoice alone
    client_id: int | None = None  # or all of the client's open overdue invoices
    letter_date: date | None = None  # today when not given
    deadline: date | None = None  # overrides the usual term

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", LetterKind(self.kind))  # accept "reminder" too


@dataclass(frozen=True)
class PreparedLetter:
    request: LetterRequest
    context: LetterContext
    client_id: int
    client_name: str
    invoice_ids: tuple[int, ...]


def _company(session: Session) -> Company:
    def s(key: str) -> str:
        return str(get_setting(session, key))

    if not s("company.name").strip():
        raise RuleViolation("company_details_missing")
    path = s("company.logo_path")
    signature = s("company.signature_path")
    return Company(
        name=s("company.name"),
        address=PostalAddress(s("company.street"), s("company.postcode"), s("company.city")),
        phone=s("company.phone"),
        email=s("company.email"),
        website=s("company.website"),
        kvk=s("company.kvk"),
        btw_id=s("company.btw_id"),
        iban=s("company.iban"),
        bic=s("company.bic"),
        logo_path=Path(path) if path else None,
        signature_path=Path(signature) if signature else None,
        signatory_name=s("company.signatory_name"),
        signatory_role=s("company.signatory_role"),
    )


def _recipient(client: Client) -> Recipient:
    return Recipient(
        name=client.name,
        kind=ClientKind(client.kind),
        language=Language(client.language),
        address=PostalAddress(
            client.street,
            client.postcode,
            client.city,
            "" if client.country == "NL" else client.country,
        ),
        contact_name=client.contact_person,
    )


def _line(invoice: Invoice) -> InvoiceLine:
    return InvoiceLine(
        number=invoice.number,
        invoice_date=invoice.invoice_date,
        due_date=invoice.due_date,
        amount=from_cents(invoice.amount_cents),
        paid=from_cents(invoice.amount_cents - invoice.open_cents),
        open=from_cents(invoice.open_cents),
    )


def _letters_for(session: Session, invoice_ids: list[int], kinds: set[str]) -> list[Letter]:
    """Earlier letters of these kinds about any of these invoices, newest first."""
    query = (
        select(Letter)
        .join(letter_invoices, letter_invoices.c.letter_id == Letter.id)
        .where(letter_invoices.c.invoice_id.in_(invoice_ids), Letter.kind.in_(kinds))
        .order_by(Letter.created_at.desc(), Letter.id.desc())
    )
    return list(session.scalars(query).unique())


def _letter_day(letter: Letter) -> date:
    return letter.sent_on or letter.created_at.date()


def _deadline_of(letter: Letter) -> date | None:
    deadline = json.loads(letter.data_json or "{}").get("deadline")
    return date.fromisoformat(deadline) if deadline else None


def _latest_agreement(session: Session, client_id: int) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(Agreement.client_id == client_id, Agreement.status != "cancelled")
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
    ).first()


def _phone_agreement(session: Session, agreement: Agreement) -> PhoneAgreement:
    event = (
        session.get(ContactEvent, agreement.contact_event_id)
        if agreement.contact_event_id
        else None
    )
    return PhoneAgreement(
        call_date=event.occurred_at.date() if event else agreement.created_at.date(),
        new_deadline=agreement.promised_by,
        one_time_exception=agreement.one_time_exception,
        invoice_numbers=tuple(i.number for i in agreement.invoices),
    )


def _plan_terms(plan: PaymentPlan) -> PaymentPlanTerms:
    return PaymentPlanTerms(
        principal=from_cents(plan.principal_cents),
        interest=from_cents(plan.interest_cents),
        costs=from_cents(plan.costs_cents),
        total=from_cents(plan.total_cents),
        down_payment=from_cents(plan.down_payment_cents),
        schedule=tuple(
            ScheduledInstalment(i.number, i.due_date, from_cents(i.amount_cents))
            for i in plan.instalments
        ),
    )


def _invoices(
    session: Session, request: LetterRequest, today: date
) -> tuple[Client, list[Invoice]]:
    if request.invoice_number is not None:
        invoice = session.scalars(
            select(Invoice).where(Invoice.number == request.invoice_number)
        ).first()
        if invoice is None:
            raise NotFound("invoice_number_not_found", number=request.invoice_number)
        if invoice.open_cents <= 0:
            raise RuleViolation("letter_invoice_not_open", number=invoice.number)
        return invoice.client, [invoice]
    client = session.get(Client, request.client_id) if request.client_id is not None else None
    if client is None:
        raise NotFound("client_not_found", id=request.client_id)
    invoices = list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.client_id == client.id,
                Invoice.open_cents > 0,
                Invoice.due_date < today,
                Invoice.disputed.is_(False),
            )
            .order_by(Invoice.due_date, Invoice.number)
        )
    )
    if not invoices and request.kind not in (
        LetterKind.AGREEMENT_CONFIRMATION,
        LetterKind.PAYMENT_PLAN,
    ):
        raise RuleViolation("letter_nothing_overdue", name=client.name)
    return client, invoices


def _bik_for(
    session: Session, kind: ClientKind, principal: Decimal, invoice_count: int
) -> BikResult | None:
    """BIK on the principals added together; a business owes at least EUR 40 per invoice."""
    if principal <= 0:
        return None
    result = calculate_bik(
        principal, kind, with_btw=bool(get_setting(session, "rules.bik_with_btw"))
    )
    if kind is ClientKind.BUSINESS and result.amount < MINIMUM * invoice_count:
        return None  # the letter then claims EUR 40 per invoice (art. 6:96 lid 4 BW)
    return result


def _earlier_demand_expired(session: Session, invoice: Invoice, today: date) -> bool:
    earlier = _letters_for(session, [invoice.id], {k.value for k in TERM_DAYS})
    return any((d := _deadline_of(letter)) is not None and d < today for letter in earlier)


def prepare(session: Session, request: LetterRequest, today: date) -> PreparedLetter:
    """Gather what the letter needs; raises with a reason when it may not be made."""
    letter_date = request.letter_date or today
    kind = request.kind
    client, invoices = _invoices(session, request, letter_date)
    client_kind = ClientKind(client.kind)
    extra: dict[str, object] = {}
    deadline = request.deadline
    if deadline is None and kind in TERM_DAYS:
        deadline = letter_date + timedelta(days=TERM_DAYS[kind])

    if kind in (LetterKind.SECOND_REMINDER, LetterKind.AGREEMENT_CONFIRMATION):
        agreement = _latest_agreement(session, client.id)
        if kind is LetterKind.AGREEMENT_CONFIRMATION:
            if agreement is None:
                raise RuleViolation("letter_no_agreement", name=client.name)
            invoices = [i for i in agreement.invoices if i.open_cents > 0] or list(
                agreement.invoices
            )
            deadline = agreement.promised_by
        if agreement is not None:
            extra["phone_agreement"] = _phone_agreement(session, agreement)
    if kind is LetterKind.SECOND_REMINDER:
        earlier = _letters_for(session, [i.id for i in invoices], {LetterKind.REMINDER.value})
        if not earlier:
            raise RuleViolation("letter_no_earlier_reminder", name=client.name)
        extra["earlier_reminder_date"] = _letter_day(earlier[0])
    if kind is LetterKind.PAYMENT_PLAN:
        plan = session.scalars(
            select(PaymentPlan)
            .where(PaymentPlan.client_id == client.id, PaymentPlan.status.in_(("draft", "active")))
            .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id.desc())
        ).first()
        if plan is None:
            raise RuleViolation("letter_no_plan", name=client.name)
        invoices = list(plan.invoices)
        extra["payment_plan"] = _plan_terms(plan)

    unapplied = [
        UnappliedPayment(p.received_on, from_cents(p.unallocated_cents), p.description)
        for p in session.scalars(
            select(Payment)
            .where(Payment.client_id == client.id, Payment.unallocated_cents > 0)
            .order_by(Payment.received_on)
        )
    ]
    open_total = sum((from_cents(i.open_cents) for i in invoices), ZERO)
    still_owed = open_total - sum((u.amount for u in unapplied), ZERO)

    if kind is LetterKind.FOURTEEN_DAY_LETTER:
        agreed = bool(get_setting(session, "rules.payment_term_agreed"))
        for invoice in invoices:
            may_send_fourteen_day_letter(
                client_kind,
                invoice.due_date,
                letter_date,
                payment_term_agreed=agreed,
                earlier_demand_expired=_earlier_demand_expired(session, invoice, letter_date),
            )
        extra["bik"] = _bik_for(session, client_kind, still_owed, len(invoices))
    if kind is LetterKind.FINAL_DEMAND:
        extra["interest"] = _interest(session, client_kind, invoices, letter_date)
        if client_kind is ClientKind.BUSINESS or _fourteen_day_term_expired(
            session, invoices, letter_date
        ):
            extra["bik"] = _bik_for(session, client_kind, still_owed, len(invoices))

    context = LetterContext(
        company=_company(session),
        recipient=_recipient(client),
        invoices=tuple(_line(i) for i in invoices),
        letter_date=letter_date,
        place=str(get_setting(session, "company.city")),
        reference=f"{client.id}-{letter_date:%Y%m%d}",
        payment_reference=_payment_reference(client, invoices, letter_date),
        deadline=deadline,
        unapplied_payments=tuple(unapplied),
        **extra,  # type: ignore[arg-type]
    )
    return PreparedLetter(request, context, client.id, client.name, tuple(i.id for i in invoices))


def _interest(
    session: Session, kind: ClientKind, invoices: list[Invoice], letter_date: date
) -> tuple[InvoiceInterest, ...]:
    """Statutory interest per invoice, from the day after its due date up to the letter."""
    rates = load_rates(session)
    lines = []
    for invoice in invoices:
        start = invoice.due_date + timedelta(days=1)
        if start > letter_date:
            continue
        breakdown = calculate_interest(
            from_cents(invoice.open_cents), start, letter_date, InterestKind.for_client(kind), rates
        )
        lines.append(InvoiceInterest(invoice.number, breakdown))
    return tuple(lines)


def _fourteen_day_term_expired(session: Session, invoices: list[Invoice], today: date) -> bool:
    """Consumers owe collection costs only after a 14-day letter's term has run out."""
    sent = _letters_for(session, [i.id for i in invoices], {LetterKind.FOURTEEN_DAY_LETTER.value})
    return any(fourteen_day_term(_letter_day(letter)).bik_owed_from <= today for letter in sent)


def _payment_reference(client: Client, invoices: list[Invoice], letter_date: date) -> str:
    if len(invoices) == 1:
        return invoices[0].kenmerk or ""
    return make_rf_reference(f"{client.id}D{letter_date:%y%m%d}")


def with_language(prepared: PreparedLetter, language: Language) -> PreparedLetter:
    """The same letter in another language (a preview for the user, not what is filed)."""
    recipient = replace(prepared.context.recipient, language=language)
    return replace(prepared, context=replace(prepared.context, recipient=recipient))
