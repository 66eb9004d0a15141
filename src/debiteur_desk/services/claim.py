"""The claim as a court computes it (art. 6:43-6:44 BW), for a client or a set of invoices,
as of a day: read from the book in one session, computed by ``domain/claim.py``.

Who decides what (one copy of each rule):

* from when interest runs per invoice, and the kind of interest: ``letter_rules.
  interest_start`` (business: the day after the due date, art. 6:119a BW; consumer: the
  same with a fatal term, the setting ``rules.payment_term_agreed``, otherwise the day
  after the term of the first sent demand that ran out, art. 6:119 and 6:82 BW);
* which collection costs are owed: ``letter_rules.claim_basis``, as for the sommatie
  (business: the BIK staffel or EUR 40 per invoice, art. 6:96 lid 4 BW; consumer: only
  on the invoices of a sent 14-dagenbrief whose term ran out, never more than it
  announced, art. 6:96 lid 6 BW; BTW only with ``rules.bik_with_btw``). Here they are
  spread over the invoices (each invoice's share, for art. 6:44 within it) and dated:
  a business owes them from the day after the due date, a consumer from the day after
  the 14-dagenbrief's term;
* how payments count: ``domain/claim.py``. A payment the user allocated to an invoice
  counts as designated for it (art. 6:43 lid 1 BW); money kept as credit is not
  designated (lid 2) and is applied for a whole client only (lid 2 needs all of the
  debtor's claims), else it is reported as not applied.

The book's view (aging: the principal open per invoice, every payment on the principal)
is kept alongside as ``book_open``; the two differ after a partial payment.

A credit note is read as a correction of the invoice: its amount is taken off the
principal from the start, so no interest is claimed on it. A write-off gives up what is
still owed on its day (``waived_on``). Invoices of a client claim: those issued by
``as_of`` with something open on it in the book; a paid invoice can still be named with
``invoices_claim`` to see what its late payment left owing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from debiteur_desk.domain.claim import Claim, ClaimPayment, InvoiceClaimInput, compute_claim
from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.letter_rules import (
    ClaimWarning,
    ClientFacts,
    InvoiceFacts,
    claim_basis,
    interest_start,
)
from debiteur_desk.domain.money import CENT, ZERO, from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.rate_warnings import RateWarning, rate_warnings
from debiteur_desk.services.letter_facts import client_facts
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, Payment, PaymentAllocation
from debiteur_desk.store.rates import load_rates

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ClaimedInvoice:
    """What the book says about an invoice in the claim (same order as ``claim.invoices``)."""

    id: int
    number: str
    invoice_date: date
    book_open: Decimal  # principal open on ``as_of`` as the book (aging) counts it
    disputed: bool


@dataclass(frozen=True)
class ClaimReport:
    client_id: int
    client_name: str
    client_kind: ClientKind
    as_of: date
    claim: Claim
    invoices: tuple[ClaimedInvoice, ...]
    term_is_fatal: bool  # rules.payment_term_agreed
    credit_not_applied: Decimal = ZERO  # a set of invoices: the client's credit, not applied
    warnings: tuple[ClaimWarning, ...] = ()
    rate_warnings: tuple[RateWarning, ...] = ()

    @property
    def book_open(self) -> Decimal:
        return sum((i.book_open for i in self.invoices), ZERO)


def client_claim(db: Database, client_id: int, as_of: date) -> ClaimReport:
    """The claim on ``as_of`` over the client's invoices open in the book on that day,
    with the client's undesignated credit applied (art. 6:43 lid 2 BW)."""
    with db.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        invoices = [
            invoice
            for invoice in _invoices(session, Invoice.client_id == client_id)
            if invoice.invoice_date <= as_of and _as_of_facts(invoice, as_of).open > 0
        ]
        return _report(session, client, invoices, as_of, apply_credit=True)


def invoices_claim(db: Database, invoice_numbers: Sequence[str], as_of: date) -> ClaimReport:
    """The claim on ``as_of`` over these invoices (one client's), paid ones included."""
    numbers = list(dict.fromkeys(invoice_numbers))
    if not numbers:
        raise InvalidInput("claim_no_invoices")
    with db.reading() as session:
        found = {i.number: i for i in _invoices(session, Invoice.number.in_(numbers))}
        for number in numbers:
            if number not in found:
                raise NotFound("invoice_number_not_found", number=number)
        invoices = [found[n] for n in numbers]
        clients = {i.client_id for i in invoices}
        if len(clients) > 1:
            raise RuleViolation("claim_one_client", numbers=", ".join(numbers))
        return _report(session, invoices[0].client, invoices, as_of, apply_credit=False)


def claim_in_session(
    session: Session, client: Client, invoice_ids: Sequence[int], as_of: date
) -> ClaimReport:
    """As ``invoices_claim``, in the caller's session: the claim a letter states over the
    invoices ``letter_rules.decide`` chose for it (the sommatie, ``letter_context``)."""
    invoices = _invoices(session, Invoice.id.in_(list(invoice_ids)))
    return _report(session, client, invoices, as_of, apply_credit=False)


# -- reading ----------------------------------------------------------------------------


def _invoices(session: Session, where: ColumnElement[bool]) -> list[Invoice]:
    return list(
        session.scalars(
            select(Invoice)
            .where(where)
            .options(
                selectinload(Invoice.allocations).selectinload(PaymentAllocation.payment),
                selectinload(Invoice.credit_notes),
                selectinload(Invoice.client),
            )
            .order_by(Invoice.due_date, Invoice.number)
        )
    )


def _as_of_facts(invoice: Invoice, as_of: date) -> InvoiceFacts:
    """The invoice as the rules see it on ``as_of``: what was paid, credited or written off
    by then, and what was open at the end of that day."""
    reductions = [
        (a.payment.received_on, from_cents(a.amount_cents))
        for a in invoice.allocations
        if a.payment.received_on <= as_of
    ]
    reductions += [
        (c.issued_on, from_cents(c.amount_cents))
        for c in invoice.credit_notes
        if c.issued_on <= as_of
    ]
    if (written_off := _written_off_by(invoice, as_of)) is not None:
        reductions.append((written_off, from_cents(invoice.written_off_cents)))
    amount = from_cents(invoice.amount_cents)
    facts = InvoiceFacts(
        id=invoice.id,
        number=invoice.number,
        due_date=invoice.due_date,
        amount=amount,
        open=ZERO,
        reductions=tuple(sorted(reductions)),
        disputed=invoice.disputed,
    )
    return replace(facts, open=max(facts.open_on(as_of), ZERO))


def _written_off_by(invoice: Invoice, as_of: date) -> date | None:
    day = invoice.written_off_on
    return day if invoice.written_off_cents > 0 and day is not None and day <= as_of else None


# -- costs per invoice ------------------------------------------------------------------


@dataclass(frozen=True)
class _Costs:
    total: Decimal  # BTW included
    btw: Decimal
    owed_from: date | None  # None: the day after the due date


def _shares(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """``total`` split in proportion to ``weights`` in whole cents that add up exactly
    (largest remainder); equal shares when the weights are all zero."""
    if not weights:
        return []
    if sum(weights, ZERO) <= 0:
        weights = [Decimal(1)] * len(weights)
    whole = sum(weights, ZERO)
    exact = [total * w / whole for w in weights]
    shares = [e.quantize(CENT, rounding=ROUND_DOWN) for e in exact]
    left = int((total - sum(shares, ZERO)) / CENT)
    by_remainder = sorted(range(len(exact)), key=lambda k: (shares[k] - exact[k], k))
    for k in by_remainder[:left]:
        shares[k] += CENT
    return shares


def _costs_per_invoice(
    facts: ClientFacts, as_of: date
) -> tuple[dict[int, _Costs], tuple[ClaimWarning, ...]]:
    """The costs ``claim_basis`` finds owed on ``as_of``, spread over the invoices they
    are charged on in proportion to the principal the rule charged them on (a business's
    EUR 40 per invoice: EUR 40 each), with the first day each share is owed.

    ``facts.invoices``: the invoices of the claim still open in the book on ``as_of``."""
    groups: list[tuple[list[int], dict[int, Decimal], date | None]] = []
    if facts.kind is ClientKind.BUSINESS:
        ids = [i.id for i in facts.invoices]
        groups.append((ids, {i.id: i.open for i in facts.invoices}, None))
    else:
        # Art. 6:96 lid 6-7 BW: per sent 14-dagenbrief whose term ran out before as_of.
        seen: set[int] = set()
        letters = [x for x in facts.letters if x.kind is LetterKind.FOURTEEN_DAY_LETTER]
        for letter in sorted(letters, key=lambda x: (x.sent_on or date.max, x.id)):
            end = letter.term_ends()
            if end is None or end >= as_of:
                continue
            named = [i for i in facts.invoices if i.id in letter.invoice_ids and i.id not in seen]
            seen.update(i.id for i in named)
            if named:
                weights = {i.id: i.open_on(end) for i in named}
                groups.append(([i.id for i in named], weights, end + ONE_DAY))
    result: dict[int, _Costs] = {}
    warnings: list[ClaimWarning] = []
    for ids, weights, owed_from in groups:
        basis = claim_basis(facts, ids, as_of)
        warnings += [w for w in basis.warnings if w not in warnings]
        costs = basis.costs
        if costs is None:
            continue
        charged = list(costs.invoice_ids)
        even = costs.per_invoice_minimum
        parts = [Decimal(1) if even else weights.get(i, ZERO) for i in charged]
        amounts, btws = _shares(costs.amount, parts), _shares(costs.btw, parts)
        for invoice_id, amount, btw in zip(charged, amounts, btws, strict=True):
            result[invoice_id] = _Costs(amount + btw, btw, owed_from)
    return result, tuple(warnings)


# -- the claim --------------------------------------------------------------------------


def _claim_input(
    invoice: Invoice, facts: ClientFacts, costs: _Costs | None, as_of: date
) -> InvoiceClaimInput:
    credited = sum(
        (from_cents(c.amount_cents) for c in invoice.credit_notes if c.issued_on <= as_of), ZERO
    )
    start = interest_start(_as_of_facts(invoice, as_of), facts, as_of)
    payments = sorted(
        (a for a in invoice.allocations if a.payment.received_on <= as_of),
        key=lambda a: (a.payment.received_on, a.payment.id),
    )
    return InvoiceClaimInput(
        number=invoice.number,
        principal=max(from_cents(invoice.amount_cents) - credited, ZERO),
        due_date=invoice.due_date,
        interest_start=start if start is not None and start <= as_of else None,
        costs=costs.total if costs else ZERO,
        costs_btw=costs.btw if costs else ZERO,
        costs_from=costs.owed_from if costs else None,
        payments=tuple(
            ClaimPayment(a.payment.received_on, from_cents(a.amount_cents), str(a.payment.id))
            for a in payments
        ),
        waived_on=_written_off_by(invoice, as_of),
    )


def _credit(session: Session, client_id: int, as_of: date) -> list[ClaimPayment]:
    """Money of the client received by ``as_of`` and not allocated to an invoice."""
    payments = session.scalars(
        select(Payment)
        .where(
            Payment.client_id == client_id,
            Payment.unallocated_cents > 0,
            Payment.received_on <= as_of,
        )
        .order_by(Payment.received_on, Payment.id)
    )
    return [
        ClaimPayment(p.received_on, from_cents(p.unallocated_cents), str(p.id)) for p in payments
    ]


def _report(
    session: Session,
    client: Client,
    invoices: Iterable[Invoice],
    as_of: date,
    *,
    apply_credit: bool,
) -> ClaimReport:
    chosen = sorted(invoices, key=lambda i: (i.due_date, i.number))
    facts = client_facts(session, client.id)
    as_of_facts = [_as_of_facts(i, as_of) for i in chosen]
    facts = replace(facts, invoices=tuple(f for f in as_of_facts if f.open > 0))
    costs, warnings = _costs_per_invoice(facts, as_of)
    rates = load_rates(session)
    kind = InterestKind.for_client(facts.kind)
    credit = _credit(session, client.id, as_of)
    claim = compute_claim(
        [_claim_input(i, facts, costs.get(i.id), as_of) for i in chosen],
        as_of,
        kind,
        rates,
        undesignated=credit if apply_credit else (),
    )
    return ClaimReport(
        client_id=client.id,
        client_name=client.name,
        client_kind=facts.kind,
        as_of=as_of,
        claim=claim,
        invoices=tuple(
            ClaimedInvoice(i.id, i.number, i.invoice_date, f.open, i.disputed)
            for i, f in zip(chosen, as_of_facts, strict=True)
        ),
        term_is_fatal=facts.term_is_fatal,
        credit_not_applied=ZERO if apply_credit else sum((p.amount for p in credit), ZERO),
        warnings=warnings,
        rate_warnings=tuple(rate_warnings(claim.breakdowns(), rates)),
    )
