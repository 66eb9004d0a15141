"""What a letter is made from: plain frozen dataclasses, filled in by the services.

Nothing here touches the database; a letter rendered twice from equal contexts
gives the same bytes, which is what lets the app keep a letter's hash as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from debiteur_desk.domain.bik import CollectionCosts
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.interest import InterestBreakdown
from debiteur_desk.domain.letter_kinds import LetterKind as LetterKind  # re-exported
from debiteur_desk.domain.money import ZERO, round_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import ScheduledInstalment


class Language(StrEnum):
    NL = "nl"
    EN = "en"


@dataclass(frozen=True)
class PostalAddress:
    street: str  # street and number, e.g. "Keizersgracht 12 A"
    postcode: str
    city: str
    country: str = ""  # empty for the Netherlands; printed in capitals otherwise


@dataclass(frozen=True)
class Company:
    """The creditor: the letterhead, the footer and the payment details."""

    name: str
    address: PostalAddress
    phone: str = ""
    email: str = ""
    website: str = ""
    kvk: str = ""
    btw_id: str = ""
    iban: str = ""
    bic: str = ""
    account_holder: str = ""  # name on the account; the company name when empty
    logo_path: Path | None = None
    signature_path: Path | None = None
    signatory_name: str = ""
    signatory_role: str = ""

    @property
    def payee(self) -> str:
        return self.account_holder or self.name


@dataclass(frozen=True)
class Recipient:
    name: str
    kind: ClientKind
    language: Language
    address: PostalAddress
    contact_name: str = ""  # printed as "t.a.v." for a business, used in the salutation
    salutation: str = ""  # overrides the default "Geachte heer, mevrouw," when set


@dataclass(frozen=True)
class InvoiceLine:
    number: str
    invoice_date: date
    due_date: date
    amount: Decimal
    paid: Decimal
    open: Decimal


@dataclass(frozen=True)
class UnappliedPayment:
    """Money received that is not yet matched to an invoice: shown, and subtracted."""

    received_on: date
    amount: Decimal
    description: str = ""


@dataclass(frozen=True)
class InvoiceInterest:
    """Statutory interest on one invoice: each runs from its own day of default."""

    invoice_number: str
    breakdown: InterestBreakdown


@dataclass(frozen=True)
class AppliedPayment:
    """A payment on an invoice of the final demand, as the law applies it (art. 6:44 BW:
    the costs, then the interest, then the principal): what it paid of each."""

    invoice_number: str
    received_on: date
    amount: Decimal
    to_costs: Decimal
    to_interest: Decimal
    to_principal: Decimal


@dataclass(frozen=True)
class PhoneAgreement:
    call_date: date
    new_deadline: date
    one_time_exception: bool = True
    invoice_numbers: tuple[str, ...] = ()  # empty: all invoices in the letter


@dataclass(frozen=True)
class PaymentPlanTerms:
    principal: Decimal
    interest: Decimal
    costs: Decimal
    total: Decimal
    schedule: tuple[ScheduledInstalment, ...]
    down_payment: Decimal = ZERO
    reminder_term_days: int = 14  # the short term a missed instalment gets before all is due

    def __post_init__(self) -> None:
        if self.principal + self.interest + self.costs != self.total:
            raise InvalidInput("plan_total_mismatch", total=str(self.total))
        if not self.schedule:
            raise InvalidInput("plan_schedule_empty")
        if sum((i.amount for i in self.schedule), ZERO) != self.total:
            raise InvalidInput("plan_schedule_mismatch", total=str(self.total))
        if self.reminder_term_days < 1:
            raise InvalidInput("plan_reminder_term", days=self.reminder_term_days)


@dataclass(frozen=True)
class LetterContext:
    company: Company
    recipient: Recipient
    invoices: tuple[InvoiceLine, ...]
    letter_date: date
    place: str  # where the letter is written: "Utrecht, 22-11-2026"
    reference: str = ""  # our kenmerk (file reference)
    payment_reference: str = ""  # betalingskenmerk or RF reference; invoice numbers when empty
    deadline: date | None = None  # not used by the 14-day letter, whose term is fixed by law
    unapplied_payments: tuple[UnappliedPayment, ...] = ()
    interest: tuple[InvoiceInterest, ...] = ()  # the final demand's interest, per invoice
    costs: CollectionCosts | None = None  # claimed (final demand) or announced (14-day letter)
    # The final demand: the payments on its invoices as the law applied them; the invoice
    # lines' ``open`` is then the principal they left (the claim, not the book).
    applied_payments: tuple[AppliedPayment, ...] = ()
    phone_agreement: PhoneAgreement | None = None
    payment_plan: PaymentPlanTerms | None = None
    earlier_reminder_date: date | None = None  # the second reminder refers to it
    earlier_demand_date: date | None = None  # the last letter sent before a final demand

    @property
    def language(self) -> Language:
        return self.recipient.language

    @property
    def total_open(self) -> Decimal:
        return sum((line.open for line in self.invoices), ZERO)

    @property
    def total_unapplied(self) -> Decimal:
        return sum((p.amount for p in self.unapplied_payments), ZERO)

    @property
    def interest_accrued(self) -> Decimal:
        """All the interest the periods ran up, paid or not."""
        return sum((line.breakdown.total for line in self.interest), ZERO)

    @property
    def total_interest(self) -> Decimal:
        """The interest still owed: what ran up, less what payments paid of it."""
        paid = sum((p.to_interest for p in self.applied_payments), ZERO)
        return self.interest_accrued - paid

    @property
    def costs_paid(self) -> Decimal:
        return sum((p.to_costs for p in self.applied_payments), ZERO)

    @property
    def costs_open(self) -> Decimal:
        """The costs still owed (BTW included): those claimed, less what payments paid."""
        return (self.costs.total if self.costs else ZERO) - self.costs_paid

    @property
    def costs_open_parts(self) -> tuple[Decimal, Decimal]:
        """``costs_open`` as the costs without BTW and the BTW in them; a payment on the
        costs paid both in proportion."""
        if self.costs is None or self.costs.total <= 0:
            return ZERO, ZERO
        btw = round_cents(self.costs.btw * self.costs_open / self.costs.total)
        return self.costs_open - btw, btw

    @property
    def total_claim(self) -> Decimal:
        """Principal, interest and costs still owed, less money received not yet allocated."""
        owed = self.total_open + self.total_interest + self.costs_open
        return max(owed - self.total_unapplied, ZERO)
