"""The claim as a court computes it: what is still owed per invoice on a day, with every
payment applied in the legal order (art. 6:43-6:44 BW).

The book keeps payments against the principal only (aging, the open amount per invoice:
what a bookkeeper expects). The law applies a payment first to the costs, then to the
interest that has fallen due, and only then to the principal (art. 6:44 lid 1 BW), so
after a partial payment more principal stays open, and interest keeps running on it.
This module is that legal view; it knows no database (``services/claim.py`` reads the
book and decides, through ``domain/letter_rules.py``, from when interest runs and which
costs are owed).

The rules, with their sources:

* **Designated payments** (art. 6:43 lid 1 BW): a payment the debtor meant for one
  invoice goes to that invoice; within it art. 6:44 still applies: its costs and
  interest first. (The app treats a payment the user allocated to an invoice as
  designated for it.) What is left after that invoice is paid in full is undesignated.
* **Undesignated payments** (art. 6:43 lid 2 BW): first to the claims that are due (the
  day after their due date, as ``letter_rules``), the oldest first; ties by invoice
  number. The law's "most onerous first" is not something the app can weigh, and equal
  age is not split pro rata but taken by number: see ``_pool_order``.
* **Order within an invoice** (art. 6:44 lid 1 BW): the costs owed on the payment's day,
  then the interest fallen due (older, capitalised interest before the running year's),
  then the principal.
* **Interest period by period** (art. 6:119 / 6:119a BW, computed by
  ``interest.calculate_interest``): interest runs on the principal plus capitalised
  interest; each payment day closes a period. Money received on day P pays the interest
  up to and including P-1; from P on interest runs on what the payment left. (This is
  the reading that reproduces issue 13's example, EUR 431.43.)
* **Compounding** (art. 6:119 lid 2, 6:119a lid 3 BW): on each anniversary of the first
  day of interest, the interest of the past year that is still unpaid is added to the
  amount interest runs on (the anniversary as ``interest.py`` counts it, 29 February
  included). Interest paid during the year is not capitalised.
* **Costs** (art. 6:96 BW, Besluit BIK) are owed from a day (``costs_from``); a payment
  before that day does not go to them. They bear no interest.
* **Waiver**: an invoice written off on a day claims nothing from that day on.

Money is ``Decimal`` with exact cents: each interest period is rounded half-up by
``calculate_interest``; everything else is sums and differences of cents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.interest import (
    Capitalisation,
    InterestBreakdown,
    InterestKind,
    InterestPeriod,
    InterestRate,
    _anniversary,  # the one rule for "a full year has run" (29 February included)
    calculate_interest,
    shipped_rates,
)
from debiteur_desk.domain.money import ZERO, round_cents

ONE_DAY = timedelta(days=1)


# -- what goes in -----------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimPayment:
    """Money received: on which day, how much, and how the user knows it."""

    received_on: date
    amount: Decimal
    reference: str = ""  # e.g. the payment's id in the book


@dataclass(frozen=True)
class InvoiceClaimInput:
    """One invoice as the claim needs it.

    ``principal``: what the invoice claims (its amount less credit notes).
    ``interest_start``: the first day of statutory interest (the first day of default,
    ``letter_rules.interest_start``); ``None``: no interest runs (yet).
    ``costs``: the collection costs owed on it, BTW included where allowed; ``costs_btw``
    the part of that which is BTW (shown, not computed with). ``costs_from``: the first
    day they are owed; ``None``: the day after the due date (art. 6:96 lid 4 BW).
    ``payments``: the payments designated for this invoice (art. 6:43 lid 1 BW).
    ``waived_on``: the day the rest was written off; nothing is claimed from then on.
    """

    number: str
    principal: Decimal
    due_date: date
    interest_start: date | None = None
    costs: Decimal = ZERO
    costs_btw: Decimal = ZERO
    costs_from: date | None = None
    payments: tuple[ClaimPayment, ...] = ()
    waived_on: date | None = None

    @property
    def costs_owed_from(self) -> date:
        return self.costs_from if self.costs_from is not None else self.due_date + ONE_DAY


# -- what comes out ---------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentApplication:
    """What (part of) one payment did to one invoice."""

    received_on: date
    reference: str
    amount: Decimal  # the part of the payment applied to this invoice
    to_costs: Decimal
    to_interest: Decimal
    to_principal: Decimal
    designated: bool  # art. 6:43 lid 1 (True) or lid 2 (False)


@dataclass(frozen=True)
class CapitalisedInterest:
    """On an anniversary: the past year's unpaid interest added to the base (6:119 lid 2)."""

    on: date
    amount: Decimal
    new_base: Decimal  # principal plus all capitalised interest still open, from ``on``


@dataclass(frozen=True)
class InvoiceClaim:
    """One invoice's claim on ``as_of``: the interest periods, the payments as the law
    applies them, and what is still open."""

    number: str
    due_date: date
    principal: Decimal  # as claimed, before payments
    interest_start: date | None
    costs: Decimal  # owed in all (BTW included) once ``costs_from`` has come
    costs_btw: Decimal
    costs_from: date | None  # None: no costs
    as_of: date
    periods: tuple[InterestPeriod, ...]
    capitalisations: tuple[CapitalisedInterest, ...]
    applications: tuple[PaymentApplication, ...]
    principal_open: Decimal
    interest_open: Decimal
    costs_open: Decimal
    waived_on: date | None = None
    waived: Decimal = ZERO  # what the write-off gave up

    @property
    def interest(self) -> Decimal:
        """All interest that ran up to ``as_of`` (paid or not)."""
        return sum((p.amount for p in self.periods), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((a.amount for a in self.applications), ZERO)

    @property
    def total(self) -> Decimal:
        """What is still owed on this invoice."""
        return self.principal_open + self.interest_open + self.costs_open

    def interest_breakdown(self, kind: InterestKind) -> InterestBreakdown | None:
        """The periods as an ``InterestBreakdown`` (for ``rate_warnings`` and the letters'
        interest table); ``None`` when no interest ran."""
        if not self.periods or self.interest_start is None:
            return None
        return InterestBreakdown(
            kind,
            self.principal,
            self.interest_start,
            self.periods[-1].end,
            self.periods,
            tuple(Capitalisation(c.on, c.new_base) for c in self.capitalisations),
        )


@dataclass(frozen=True)
class Claim:
    """The claim on ``as_of`` over a set of invoices (one debtor)."""

    as_of: date
    kind: InterestKind
    invoices: tuple[InvoiceClaim, ...]
    unapplied: tuple[ClaimPayment, ...] = ()  # money left after everything was paid

    @property
    def principal_open(self) -> Decimal:
        return sum((i.principal_open for i in self.invoices), ZERO)

    @property
    def interest_open(self) -> Decimal:
        return sum((i.interest_open for i in self.invoices), ZERO)

    @property
    def costs_open(self) -> Decimal:
        return sum((i.costs_open for i in self.invoices), ZERO)

    @property
    def total(self) -> Decimal:
        return self.principal_open + self.interest_open + self.costs_open

    @property
    def paid(self) -> Decimal:
        return sum((i.paid for i in self.invoices), ZERO)

    def breakdowns(self) -> list[InterestBreakdown]:
        return [b for i in self.invoices if (b := i.interest_breakdown(self.kind)) is not None]


# -- the computation --------------------------------------------------------------------


@dataclass
class _Running:
    """One invoice while the payments are applied in order of their days."""

    source: InvoiceClaimInput
    kind: InterestKind
    rates: Sequence[InterestRate]
    principal: Decimal
    next_day: date | None  # the first day whose interest is not yet counted; None: none runs
    anniversaries: list[date]
    capitalised: Decimal = ZERO  # unpaid interest of past years, part of the base
    accrued: Decimal = ZERO  # unpaid interest of the running year
    costs_paid: Decimal = ZERO
    waived: Decimal = ZERO
    is_waived: bool = False
    periods: list[InterestPeriod] = field(default_factory=list)
    capitalisations: list[CapitalisedInterest] = field(default_factory=list)
    applications: list[PaymentApplication] = field(default_factory=list)

    @property
    def base(self) -> Decimal:
        return self.principal + self.capitalised

    def costs_owed(self, day: date) -> Decimal:
        if self.is_waived or day < self.source.costs_owed_from:
            return ZERO
        return self.source.costs - self.costs_paid

    def accrue_through(self, day: date) -> None:
        """Count the interest up to and including ``day``, capitalising on anniversaries."""
        if self.next_day is None or day < self.next_day:
            return
        while self.anniversaries and self.anniversaries[0] <= day:
            anniversary = self.anniversaries.pop(0)
            self._accrue(self.next_day, anniversary - ONE_DAY)
            self._capitalise(anniversary)
            self.next_day = anniversary
        self._accrue(self.next_day, day)
        self.next_day = day + ONE_DAY

    def _accrue(self, start: date, end: date) -> None:
        if end < start or self.base <= 0:
            return
        # Within one interest year: calculate_interest only splits at rate changes.
        breakdown = calculate_interest(self.base, start, end, self.kind, self.rates)
        self.periods.extend(breakdown.periods)
        self.accrued += breakdown.total

    def _capitalise(self, on: date) -> None:
        amount, self.accrued = self.accrued, ZERO
        self.capitalised += amount
        if amount > 0 or self.base > 0:
            self.capitalisations.append(CapitalisedInterest(on, amount, self.base))

    def apply(self, payment: ClaimPayment, amount: Decimal, designated: bool) -> Decimal:
        """Art. 6:44 lid 1 BW: costs, then interest (oldest first), then principal.
        Returns what is left of ``amount``."""
        day = payment.received_on
        self.accrue_through(day - ONE_DAY)
        left = amount
        to_costs = min(left, self.costs_owed(day))
        self.costs_paid += to_costs
        left -= to_costs
        old_interest = min(left, self.capitalised)
        self.capitalised -= old_interest
        left -= old_interest
        new_interest = min(left, self.accrued)
        self.accrued -= new_interest
        left -= new_interest
        to_principal = min(left, self.principal)
        self.principal -= to_principal
        left -= to_principal
        if left < amount:
            self.applications.append(
                PaymentApplication(
                    day,
                    payment.reference,
                    amount - left,
                    to_costs,
                    old_interest + new_interest,
                    to_principal,
                    designated,
                )
            )
        return left

    def waive(self, day: date) -> None:
        """Written off on ``day``: what is still owed then is given up."""
        self.accrue_through(day - ONE_DAY)
        self.waived = self.base + self.accrued + self.costs_owed(day)
        self.principal = self.capitalised = self.accrued = ZERO
        self.is_waived = True
        self.next_day = None

    def result(self, as_of: date) -> InvoiceClaim:
        self.accrue_through(as_of)
        source = self.source
        return InvoiceClaim(
            number=source.number,
            due_date=source.due_date,
            principal=source.principal,
            interest_start=source.interest_start,
            costs=source.costs,
            costs_btw=source.costs_btw,
            costs_from=source.costs_owed_from if source.costs > 0 else None,
            as_of=as_of,
            periods=tuple(self.periods),
            capitalisations=tuple(self.capitalisations),
            applications=tuple(self.applications),
            principal_open=self.principal,
            interest_open=self.capitalised + self.accrued,
            costs_open=self.costs_owed(as_of),
            waived_on=source.waived_on if self.is_waived else None,
            waived=self.waived,
        )


def _check(value: Decimal, *, positive: bool) -> None:
    if value != round_cents(value):
        raise InvalidInput("amount_too_precise", text=str(value))
    if value < 0:
        raise InvalidInput("amount_negative", text=str(value))
    if positive and value == 0:
        raise InvalidInput("amount_zero", text=str(value))


def _running(
    source: InvoiceClaimInput, as_of: date, kind: InterestKind, rates: Sequence[InterestRate]
) -> _Running:
    for amount in (source.principal, source.costs, source.costs_btw):
        _check(amount, positive=False)
    for payment in source.payments:
        _check(payment.amount, positive=True)
    start = source.interest_start
    anniversaries: list[date] = []
    if start is not None and start <= as_of:
        years = 1
        while (day := _anniversary(start, years)) <= as_of:
            anniversaries.append(day)
            years += 1
    else:
        start = None
    return _Running(source, kind, rates, source.principal, start, anniversaries)


def _pool_order(invoices: Sequence[_Running], day: date) -> list[_Running]:
    """Art. 6:43 lid 2 BW for money not designated: first the claims that are due on
    ``day`` (demandable the day after the due date, as ``letter_rules``), the oldest
    first; then the others, soonest due first. Equal due dates go by invoice number."""
    return sorted(
        invoices,
        key=lambda r: (r.source.due_date >= day, r.source.due_date, r.source.number),
    )


_DESIGNATED, _UNDESIGNATED, _WAIVER = 0, 1, 2  # the order of events on one day


def compute_claim(
    invoices: Sequence[InvoiceClaimInput],
    as_of: date,
    kind: InterestKind,
    rates: Iterable[InterestRate] | None = None,
    *,
    undesignated: Sequence[ClaimPayment] = (),
) -> Claim:
    """The claim on ``as_of`` (interest counted up to and including that day).

    Payments after ``as_of`` are left out. On one day the designated payments come
    first, then the undesignated ones, then write-offs; each in the order given.
    ``undesignated`` is money of the debtor not meant for an invoice (art. 6:43 lid 2).
    """
    table = list(shipped_rates() if rates is None else rates)
    running = [_running(source, as_of, kind, table) for source in invoices]
    for money in undesignated:
        _check(money.amount, positive=True)
    events: list[tuple[date, int, int, _Running | None, ClaimPayment | None]] = []
    for each in running:
        for money in each.source.payments:
            events.append((money.received_on, _DESIGNATED, len(events), each, money))
        if each.source.waived_on is not None:
            events.append((each.source.waived_on, _WAIVER, len(events), each, None))
    for money in undesignated:
        events.append((money.received_on, _UNDESIGNATED, len(events), None, money))

    unapplied: list[ClaimPayment] = []
    for day, what, _, invoice, payment in sorted(events, key=lambda e: e[:3]):
        if day > as_of:
            continue
        if what == _WAIVER:
            assert invoice is not None
            invoice.waive(day)
            continue
        assert payment is not None
        left = payment.amount
        if invoice is not None:
            left = invoice.apply(payment, left, designated=True)
        for other in _pool_order(running, day) if left > 0 else ():
            left = other.apply(payment, left, designated=False)
            if left == 0:
                break
        if left > 0:
            unapplied.append(ClaimPayment(day, left, payment.reference))
    return Claim(as_of, kind, tuple(r.result(as_of) for r in running), tuple(unapplied))
