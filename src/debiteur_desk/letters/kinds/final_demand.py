"""Ingebrekestelling / sommatie: the claim in full, a last term, and what follows."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterKind
from debiteur_desk.letters.kinds.base import KindSpec
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.tables import Row, amounts_table, invoice_interest_table, minus


class FinalDemand(KindSpec):
    """The claim as a court computes it (``services/claim.py``): the principal, interest and
    costs still owed after the payments, which the letter shows applied (art. 6:44 BW)."""

    kind = LetterKind.FINAL_DEMAND

    @staticmethod
    def cost_rows(b: LetterBuilder) -> list[Row]:
        """The costs the rules allow (``domain/letter_rules.py``): the BIK staffel, or a
        business's EUR 40 per invoice (art. 6:96 lid 4 BW), with BTW where it applies;
        less what payments already paid of them (art. 6:44 BW: the costs first)."""
        costs = b.ctx.costs
        if costs is None:
            return []
        label = "claim_minimum_costs" if costs.per_invoice_minimum else "claim_bik"
        rows = [(b.labels[label], b.money(costs.amount))]
        if costs.btw:
            rows.append((b.labels["claim_bik_btw"], b.money(costs.btw)))
        if b.ctx.costs_paid:
            rows.append((b.labels["claim_costs_paid"], minus(b.fmt, b.ctx.costs_paid)))
        return rows

    @staticmethod
    def interest_until(b: LetterBuilder) -> str:
        return b.date(max(line.breakdown.end for line in b.ctx.interest)) if b.ctx.interest else ""

    def values(self, b: LetterBuilder) -> dict[str, str]:
        ctx = b.ctx
        earlier = ctx.earlier_demand_date
        return {
            "earlier_demand_date": b.date(earlier) if earlier else "",
            "principal": b.money(b.total_open),
            "interest_total": b.money(ctx.total_interest),
            "interest_until": self.interest_until(b),
            "costs": b.money(ctx.costs_open),
            "total_claim": b.money(ctx.total_claim),
        }

    def claim_table(self, b: LetterBuilder) -> list[Flowable]:
        rows: list[Row] = [(b.labels["claim_principal"], b.money(b.total_open))]
        if b.ctx.interest:
            commercial = b.ctx.interest[0].breakdown.kind is InterestKind.COMMERCIAL
            key = "claim_interest_commercial" if commercial else "claim_interest_consumer"
            label = b.labels[key].format(date=self.interest_until(b))
            rows.append((label, b.money(b.ctx.total_interest)))
        rows += self.cost_rows(b)
        rows += b.unapplied_rows()
        total = (b.labels["claim_total"], b.money(b.ctx.total_claim))
        return [amounts_table(rows, total), b.gap()]

    def invoices_with_interest(self, b: LetterBuilder) -> list[Flowable]:
        """The invoices, each with its interest periods and its payments as the law applied
        them; the plain table when no interest ran and no payment went to the costs."""
        lines = [line for line in b.ctx.interest if line.breakdown.periods]
        if not lines and not b.ctx.costs_paid:
            return b.invoice_table()
        notes = [
            paragraph(
                b.labels["capitalised"].format(number=line.invoice_number, date=b.date(c.on)),
                b.styles.small,
            )
            for line in lines
            for c in line.breakdown.capitalisations
        ]
        table = invoice_interest_table(b.invoices, lines, b.fmt, b.labels, b.ctx.applied_payments)
        applied = b.legal("final_demand_payments") if b.ctx.applied_payments else []
        return [table, b.gap(1 * mm), *notes, *applied]

    @staticmethod
    def consequences(b: LetterBuilder) -> list[Flowable]:
        """What follows if it is not paid: for a consumer the BIK covers every cost out of
        court (art. 6:96 lid 5 BW), so only court costs can follow."""
        if b.ctx.recipient.kind is ClientKind.BUSINESS:
            return b.legal("final_demand_consequences_business")
        if b.ctx.costs is None:
            return b.legal("final_demand_consequences_consumer_no_costs")
        return b.legal("final_demand_consequences_consumer")

    def story(self, b: LetterBuilder) -> list[Flowable]:
        history = b.legal("final_demand_history") if b.ctx.earlier_demand_date else []
        return [
            *b.opening(),
            *history,
            *b.part("intro"),
            *self.invoices_with_interest(b),
            *self.claim_table(b),
            *b.part("body"),
            *self.consequences(b),
            *b.legal("reservation"),
            *b.payment_and_closing(b.ctx.total_claim, b.values["deadline"], b.part("outro")),
        ]
