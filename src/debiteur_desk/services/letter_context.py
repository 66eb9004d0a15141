"""From the book to a letter: which invoices, what the law adds, and the context to print.

The ladder letters (reminders, 14-dagenbrief, sommatie) ask ``domain/letter_rules.py``
whether they may be made and with what; the agreement confirmation and the payment-plan
agreement put a record in writing (the agreement made on the phone, the plan). Each kind
has one gathering function in ``_GATHER``; a refusal is a ``RuleViolation`` that names
the rule and what to do. The sommatie states the claim as ``services/claim.py`` computes
it (art. 6:43-6:44 BW) over the invoices the rules chose, payments applied as the law does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.bik import CollectionCosts
from debiteur_desk.domain.claim import Claim, InvoiceClaim
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.instalments import LIVE_PLANS
from debiteur_desk.domain.letter_rules import (
    ClaimWarning,
    Decision,
    LetterAsk,
    decide,
)
from debiteur_desk.domain.money import ZERO, from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import ScheduledInstalment
from debiteur_desk.domain.rate_warnings import RateWarning, rate_warnings
from debiteur_desk.domain.references import make_rf_reference
from debiteur_desk.letters import (
    AppliedPayment,
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
from debiteur_desk.services.claim import claim_in_session
from debiteur_desk.services.letter_facts import client_facts
from debiteur_desk.store.models import (
    Agreement,
    Client,
    ContactEvent,
    Invoice,
    Payment,
    PaymentPlan,
)
from debiteur_desk.store.rates import load_rates
from debiteur_desk.store.settings_store import get_setting

# Days the debtor gets from the letter date, per kind, unless the user sets a deadline
# (the 14-day letter's term is set by law; a plan letter's is the day to sign and return).
TERM_DAYS = {
    LetterKind.REMINDER: 14,
    LetterKind.SECOND_REMINDER: 7,
    LetterKind.FINAL_DEMAND: 7,
    LetterKind.PAYMENT_PLAN: 14,
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
    warnings: tuple[ClaimWarning, ...] = ()
    rate_warnings: tuple[RateWarning, ...] = ()  # about the rates behind the interest
    left_out: tuple[RuleViolation, ...] = ()  # invoices a client-wide letter leaves out, why


@dataclass
class _Gathered:
    """What one kind's gathering found: the invoices, the term and the kind's own fields."""

    invoices: list[Invoice]
    deadline: date | None
    decision: Decision | None = None
    costs: CollectionCosts | None = None
    interest: tuple[InvoiceInterest, ...] = ()
    lines: tuple[InvoiceLine, ...] | None = None  # the invoices as the claim has them
    applied: tuple[AppliedPayment, ...] = ()
    phone_agreement: PhoneAgreement | None = None
    payment_plan: PaymentPlanTerms | None = None
    earlier_reminder_date: date | None = None
    earlier_demand_date: date | None = None


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


def _client_and_invoice(session: Session, request: LetterRequest) -> tuple[Client, Invoice | None]:
    if request.invoice_number is not None:
        invoice = session.scalars(
            select(Invoice).where(Invoice.number == request.invoice_number)
        ).first()
        if invoice is None:
            raise NotFound("invoice_number_not_found", number=request.invoice_number)
        if invoice.open_cents <= 0:
            raise RuleViolation("letter_invoice_not_open", number=invoice.number)
        return invoice.client, invoice
    client = session.get(Client, request.client_id) if request.client_id is not None else None
    if client is None:
        raise NotFound("client_not_found", id=request.client_id)
    return client, None


def _deadline(request: LetterRequest, letter_date: date) -> date | None:
    if request.deadline is None:
        days = TERM_DAYS.get(request.kind)
        return letter_date + timedelta(days=days) if days else None
    if request.kind not in TERM_DAYS:
        raise InvalidInput("letter_deadline_not_for_kind")
    if request.deadline <= letter_date:
        raise InvalidInput("letter_deadline_too_soon", deadline=request.deadline)
    return request.deadline


# -- the ladder letters ----------------------------------------------------------------


def _ladder(
    session: Session, request: LetterRequest, client: Client, named: Invoice | None, day: date
) -> _Gathered:
    facts = client_facts(session, client.id)
    ask = LetterAsk(request.kind, day, None if named is None else (named.id,))
    decision = decide(ask, facts)
    invoices = [session.get(Invoice, i.id) for i in decision.invoices]
    gathered = _Gathered(
        [i for i in invoices if i is not None], _deadline(request, day), decision=decision
    )
    if decision.earlier_reminder is not None:
        gathered.earlier_reminder_date = decision.earlier_reminder.sent_on
    if request.kind is LetterKind.SECOND_REMINDER:
        agreement = _latest_agreement(session, client.id)
        if agreement is not None and agreement.promised_by < day:
            gathered.phone_agreement = _phone_agreement(session, agreement)
    if request.kind is LetterKind.FOURTEEN_DAY_LETTER:
        gathered.costs = decision.announced
    if request.kind is LetterKind.FINAL_DEMAND:
        _state_the_claim(gathered, session, client, decision, day)
        earlier = [x.sent_on for x in facts.letters if x.sent_on is not None and x.sent_on < day]
        gathered.earlier_demand_date = max(earlier) if earlier else None
    return gathered


def _state_the_claim(
    gathered: _Gathered, session: Session, client: Client, decision: Decision, day: date
) -> None:
    """The sommatie states the claim as a court computes it (``services/claim.py``, art.
    6:43-6:44 BW) over the invoices the rules chose, from the day interest runs and with
    the costs owed as ``letter_rules.claim_basis`` decides: per invoice the principal the
    payments left, the interest periods, and every payment with what it paid."""
    claim = claim_in_session(session, client, [i.id for i in decision.invoices], day).claim
    by_number = {line.number: line for line in claim.invoices}
    gathered.lines = tuple(_claim_line(i, by_number[i.number]) for i in gathered.invoices)
    gathered.interest = tuple(
        InvoiceInterest(line.number, breakdown)
        for line in claim.invoices
        if (breakdown := line.interest_breakdown(claim.kind)) is not None
    )
    gathered.applied = tuple(
        AppliedPayment(line.number, a.received_on, a.amount, a.to_costs, a.to_interest,
                       a.to_principal)
        for line in claim.invoices
        for a in line.applications
    )  # fmt: skip
    ids = {i.number: i.id for i in gathered.invoices}
    gathered.costs = _claimed_costs(decision.basis.costs, claim, ids)


def _claim_line(invoice: Invoice, claimed: InvoiceClaim) -> InvoiceLine:
    """The invoice with the principal the claim leaves open (the book puts every payment
    on the principal; the law first on the costs and the interest)."""
    amount = from_cents(invoice.amount_cents)
    return InvoiceLine(
        number=invoice.number,
        invoice_date=invoice.invoice_date,
        due_date=invoice.due_date,
        amount=amount,
        paid=amount - claimed.principal_open,
        open=claimed.principal_open,
    )


def _claimed_costs(
    rule: CollectionCosts | None, claim: Claim, ids: dict[str, int]
) -> CollectionCosts | None:
    """The costs the claim charges (the rule's, spread over the invoices), described as the
    rule made them (the staffel or a business's EUR 40 per invoice)."""
    total = sum((line.costs for line in claim.invoices), ZERO)
    if total <= 0:
        return None
    btw = sum((line.costs_btw for line in claim.invoices), ZERO)
    charged = tuple(ids[line.number] for line in claim.invoices if line.costs > 0)
    if rule is None:
        return CollectionCosts(total - btw, btw, charged, None)
    return CollectionCosts(total - btw, btw, charged, rule.bik, rule.per_invoice_minimum)


# -- putting a record in writing -------------------------------------------------------


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


def _agreement(
    session: Session, request: LetterRequest, client: Client, _named: Invoice | None, _day: date
) -> _Gathered:
    if request.deadline is not None:
        raise InvalidInput("letter_deadline_not_for_kind")
    agreement = _latest_agreement(session, client.id)
    if agreement is None:
        raise RuleViolation("letter_no_agreement", name=client.name)
    invoices = [i for i in agreement.invoices if i.open_cents > 0] or list(agreement.invoices)
    return _Gathered(
        invoices, agreement.promised_by, phone_agreement=_phone_agreement(session, agreement)
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


def _plan(
    session: Session, request: LetterRequest, client: Client, _named: Invoice | None, day: date
) -> _Gathered:
    plan = session.scalars(
        select(PaymentPlan)
        .where(PaymentPlan.client_id == client.id, PaymentPlan.status.in_(LIVE_PLANS))
        .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id.desc())
    ).first()
    if plan is None:
        raise RuleViolation("letter_no_plan", name=client.name)
    return _Gathered(list(plan.invoices), _deadline(request, day), payment_plan=_plan_terms(plan))


_Gather = Callable[[Session, LetterRequest, Client, Invoice | None, date], _Gathered]
_GATHER: dict[LetterKind, _Gather] = {
    LetterKind.REMINDER: _ladder,
    LetterKind.SECOND_REMINDER: _ladder,
    LetterKind.FOURTEEN_DAY_LETTER: _ladder,
    LetterKind.FINAL_DEMAND: _ladder,
    LetterKind.AGREEMENT_CONFIRMATION: _agreement,
    LetterKind.PAYMENT_PLAN: _plan,
}


def prepare(session: Session, request: LetterRequest, today: date) -> PreparedLetter:
    """Gather what the letter needs; raises with a reason when it may not be made."""
    letter_date = request.letter_date or today
    client, named = _client_and_invoice(session, request)
    gathered = _GATHER[request.kind](session, request, client, named, letter_date)
    invoices = gathered.invoices
    unapplied = [
        UnappliedPayment(p.received_on, from_cents(p.unallocated_cents), p.description)
        for p in session.scalars(
            select(Payment)
            .where(Payment.client_id == client.id, Payment.unallocated_cents > 0)
            .order_by(Payment.received_on)
        )
    ]
    context = LetterContext(
        company=_company(session),
        recipient=_recipient(client),
        invoices=gathered.lines or tuple(_line(i) for i in invoices),
        letter_date=letter_date,
        place=str(get_setting(session, "company.city")),
        reference=f"{client.id}-{letter_date:%Y%m%d}",
        payment_reference=_payment_reference(client, invoices, letter_date),
        deadline=gathered.deadline,
        unapplied_payments=tuple(unapplied),
        interest=gathered.interest,
        costs=gathered.costs,
        applied_payments=gathered.applied,
        phone_agreement=gathered.phone_agreement,
        payment_plan=gathered.payment_plan,
        earlier_reminder_date=gathered.earlier_reminder_date,
        earlier_demand_date=gathered.earlier_demand_date,
    )
    decision = gathered.decision
    return PreparedLetter(
        request,
        context,
        client.id,
        client.name,
        tuple(i.id for i in invoices),
        warnings=decision.basis.warnings if decision else (),
        rate_warnings=tuple(
            rate_warnings([line.breakdown for line in gathered.interest], load_rates(session))
        ),
        left_out=decision.left_out if decision else (),
    )


def _payment_reference(client: Client, invoices: list[Invoice], letter_date: date) -> str:
    if len(invoices) == 1:
        return invoices[0].kenmerk or ""
    return make_rf_reference(f"{client.id}D{letter_date:%y%m%d}")
