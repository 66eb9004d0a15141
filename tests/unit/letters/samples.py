"""Letter contexts for the tests and for looking at the letters as a person would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from debiteur_desk.domain.bik import BikResult, CollectionCosts, calculate_bik
from debiteur_desk.domain.interest import InterestKind, calculate_interest
from debiteur_desk.domain.money import ZERO
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency, plan_schedule
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

LETTER_DATE = date(2026, 11, 22)
LONG_NAME = "Smit & Zn <B.V.> Groothandel in Sanitair, Tegels en Badkamermeubelen Zuid-Holland"
CONSUMER_NAME = "Zoë Ødegård-Łukasiewicz"
STREET = "Rue de l'Église & Noël <achterom> 12-ø"

COMPANY = Company(
    name="Installatiebedrijf Van der Meer B.V.",
    address=PostalAddress("Oudegracht 112", "3511 AX", "Utrecht"),
    phone="030 123 45 67",
    email="administratie@vandermeer-installatie.nl",
    website="www.vandermeer-installatie.nl",
    kvk="12345678",
    btw_id="NL001234567B01",
    iban="NL91ABNA0417164300",
    bic="ABNANL2A",
    signatory_name="Marieke van der Meer",
    signatory_role="Directeur",
)


def invoices(count: int, *, start: date = date(2026, 3, 2)) -> tuple[InvoiceLine, ...]:
    lines = []
    for n in range(count):
        issued = start + timedelta(days=4 * n)
        amount = Decimal(125) + Decimal(n * 37) + Decimal("0.45")
        paid = Decimal(50) if n % 7 == 3 else ZERO
        lines.append(
            InvoiceLine(
                number=f"2026-{1041 + n:04d}",
                invoice_date=issued,
                due_date=issued + timedelta(days=14),
                amount=amount,
                paid=paid,
                open=amount - paid,
            )
        )
    return tuple(lines)


def recipient(kind: ClientKind, language: Language, *, name: str | None = None) -> Recipient:
    business = kind is ClientKind.BUSINESS
    return Recipient(
        name=name or (LONG_NAME if business else CONSUMER_NAME),
        kind=kind,
        language=language,
        address=PostalAddress(STREET, "3512 AB", "Utrecht"),
        contact_name="Zoë Ødegård-Łukasiewicz" if business else "",
    )


def context(
    kind: LetterKind,
    language: Language = Language.NL,
    *,
    count: int = 3,
    client_kind: ClientKind | None = None,
    name: str | None = None,
    bik_btw: bool = False,
) -> LetterContext:
    """A complete context for ``kind``, with everything that kind needs."""
    if client_kind is None:
        consumer = kind is LetterKind.FOURTEEN_DAY_LETTER
        client_kind = ClientKind.CONSUMER if consumer else ClientKind.BUSINESS
    lines = invoices(count)
    principal = sum((line.open for line in lines), ZERO)
    received = Decimal("100.00")  # received but not yet allocated: no costs on it
    base = LetterContext(
        company=COMPANY,
        recipient=recipient(client_kind, language, name=name),
        invoices=lines,
        letter_date=LETTER_DATE,
        place="Utrecht",
        reference="DD-2026-0456",
        payment_reference="5000056789012345",
        deadline=LETTER_DATE + timedelta(days=10),
        unapplied_payments=(UnappliedPayment(date(2026, 11, 18), received, "via iDEAL"),),
    )
    if kind is LetterKind.SECOND_REMINDER:
        return replace(
            base,
            earlier_reminder_date=date(2026, 11, 1),
            phone_agreement=PhoneAgreement(date(2026, 11, 8), date(2026, 11, 15)),
        )
    if kind is LetterKind.AGREEMENT_CONFIRMATION:
        return replace(base, phone_agreement=PhoneAgreement(date(2026, 11, 20), date(2026, 12, 4)))
    if kind is LetterKind.FOURTEEN_DAY_LETTER:
        bik = calculate_bik(principal - received, with_btw=bik_btw)
        return replace(base, deadline=None, costs=costs_of(bik))
    if kind is LetterKind.FINAL_DEMAND:
        interest_kind = InterestKind.for_client(client_kind)
        interest = tuple(
            InvoiceInterest(
                line.number,
                calculate_interest(
                    line.open, line.due_date + timedelta(days=1), LETTER_DATE, interest_kind
                ),
            )
            for line in lines
        )
        bik = calculate_bik(principal - received, client_kind)
        return replace(base, interest=interest, costs=costs_of(bik))
    if kind is LetterKind.PAYMENT_PLAN:
        bik = calculate_bik(principal, client_kind)
        interest = Decimal("23.17")
        total = principal + interest + bik.amount
        schedule = plan_schedule(
            total,
            date(2026, 12, 1),
            Frequency.MONTHLY,
            count=6,
            down_payment=Decimal("250.00"),
            down_payment_date=date(2026, 11, 29),
        )
        plan = PaymentPlanTerms(
            principal, interest, bik.amount, total, schedule, down_payment=Decimal("250.00")
        )
        return replace(base, payment_plan=plan, unapplied_payments=())
    return base


def costs_of(bik: BikResult) -> CollectionCosts:
    """The staffel as the costs a letter states (what ``domain/letter_rules.py`` decides)."""
    return CollectionCosts(bik.amount, bik.btw, (), bik)


def euro_nl(value: Decimal) -> str:
    """How a Dutch letter prints an amount: ``€ 1.234,56``."""
    text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"
