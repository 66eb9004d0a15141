"""The sommatie shows the payments as the law applied them (art. 6:44 BW): each payment
with what it paid of the costs, the interest and the principal, in the order of the days,
and the columns add up to what is still owed (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.domain.bik import CollectionCosts
from debiteur_desk.domain.interest import InterestBreakdown, InterestKind, calculate_interest
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import (
    AppliedPayment,
    InvoiceInterest,
    InvoiceLine,
    Language,
    LetterKind,
    render_letter,
)

from . import samples
from .pdftext import text

PAID_ON = date(2026, 11, 1)
KIND = InterestKind.CONSUMER


def issue_context(language: Language = Language.NL, **changes):
    """Issue 13's example on the letter date: EUR 1,000 due 31-01-2026, interest from
    01-02, EUR 600 received on 01-11 (29.92 interest, 570.08 principal)."""
    before = calculate_interest(Decimal("1000.00"), date(2026, 2, 1), date(2026, 10, 31), KIND)
    after = calculate_interest(Decimal("429.92"), PAID_ON, samples.LETTER_DATE, KIND)
    periods = before.periods + after.periods
    breakdown = InterestBreakdown(
        KIND, Decimal("1000.00"), date(2026, 2, 1), samples.LETTER_DATE, periods, ()
    )
    line = InvoiceLine("2026-001", date(2026, 1, 1), date(2026, 1, 31), Decimal("1000.00"),
                       Decimal("570.08"), Decimal("429.92"))  # fmt: skip
    payment = AppliedPayment("2026-001", PAID_ON, Decimal("600.00"), Decimal("0.00"),
                             Decimal("29.92"), Decimal("570.08"))  # fmt: skip
    base = samples.context(LetterKind.FINAL_DEMAND, language, client_kind=ClientKind.CONSUMER)
    ctx = replace(base, invoices=(line,), interest=(InvoiceInterest("2026-001", breakdown),),
                  applied_payments=(payment,), costs=None, unapplied_payments=())  # fmt: skip
    return replace(ctx, **changes)


def test_art_6_44_the_payment_row_sits_between_the_periods_it_closes_and_opens():
    """Art. 6:44 lid 1 BW: money received on 01-11 pays the interest up to 31-10 first,
    then principal; interest runs on what is left from 01-11 on."""
    ctx = issue_context()
    interest = ctx.interest[0].breakdown.total - Decimal("29.92")
    assert ctx.total_interest == interest and ctx.total_claim == Decimal("429.92") + interest
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    closed = "01-07-2026 t/m 31-10-2026 123 € 1.000,00 4% € 13,48"
    paid = "− € 570,08 Ontvangen op 01-11-2026 € 600,00: € 29,92 rente, € 570,08 hoofdsom − € 29,92"
    opened = "01-11-2026 t/m 22-11-2026 22 € 429,92 4%"
    assert out.index(closed) < out.index(paid) < out.index(opened)
    assert f"Nog open € 429,92 {samples.euro_nl(interest)}" in out
    assert "(art. 6:44 BW)" in out
    assert f"Totaal te betalen {samples.euro_nl(ctx.total_claim)}" in out


def test_art_6_44_in_english():
    ctx = issue_context(Language.EN)
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    assert "Received €600.00 on 01/11/2026: €29.92 interest, €570.08 principal" in out
    assert "Still owed €429.92" in out and "art. 6:44 Dutch Civil Code" in out


def test_art_6_44_a_payment_before_any_interest_goes_to_the_principal_under_the_invoice():
    """A payment before the first day of default (art. 6:119 BW) meets no interest or
    costs: all of it is principal, listed under the invoice's own line."""
    early = AppliedPayment("2026-001", date(2026, 1, 20), Decimal("100.00"), Decimal("0.00"),
                           Decimal("0.00"), Decimal("100.00"))  # fmt: skip
    ctx = issue_context()
    ctx = replace(ctx, applied_payments=(early, *ctx.applied_payments))
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    # The principal column starts at the invoice's 1,100.00 and loses 100.00, then 570.08.
    start = "2026-001 31-01-2026 € 1.100,00 − € 100,00 Ontvangen op 20-01-2026 € 100,00: "
    assert start + "€ 100,00 hoofdsom 01-02-2026 t/m" in out


@pytest.mark.parametrize("language", list(Language))
def test_art_6_96_and_6_44_costs_paid_first_are_taken_off_the_costs(language):
    """Art. 6:44 lid 1 BW: a payment pays the costs owed (art. 6:96 BW) before the
    interest; the letter states the costs, what was paid of them, and the BTW still owed
    in proportion."""
    costs = CollectionCosts(Decimal("60.00"), Decimal("12.60"), (1,), None)
    payment = AppliedPayment("2026-001", PAID_ON, Decimal("600.00"), Decimal("40.00"),
                             Decimal("29.92"), Decimal("530.08"))  # fmt: skip
    ctx = issue_context(language, costs=costs, applied_payments=(payment,))
    assert ctx.costs_open == Decimal("32.60")
    assert ctx.costs_open_parts == (Decimal("26.94"), Decimal("5.66"))
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    if language is Language.NL:
        assert "€ 600,00: € 40,00 kosten, € 29,92 rente, € 530,08 hoofdsom" in out
        assert "Al betaald op de incassokosten − € 40,00" in out
    else:
        assert "Already paid towards the collection costs − €40.00" in out
    total = ctx.total_open + ctx.total_interest + Decimal("32.60")
    assert ctx.total_claim == total


def test_without_payments_the_table_and_the_totals_are_as_before():
    """No payment applied: no payment rows, no "still open" line, the full costs."""
    ctx = samples.context(LetterKind.FINAL_DEMAND, count=2)
    assert ctx.total_interest == ctx.interest_accrued and ctx.costs_open == ctx.costs.total
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    assert "Nog open" not in out and "Al betaald" not in out and "art. 6:44" not in out
