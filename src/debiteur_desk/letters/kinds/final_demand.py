"""Ingebrekestelling / sommatie: the claim in full, a last term, and what follows."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from debiteur_desk.domain.bik import MINIMUM
from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.money import ZERO
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterKind
from debiteur_desk.letters.kinds.base import KindSpec
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.tables import Row, amounts_table, interest_table


class FinalDemand(KindSpec):
    kind = LetterKind.FINAL_DEMAND

    @staticmethod
    def cost_rows(b: LetterBuilder) -> list[tuple[str, Decimal]]:
        """BIK when given; otherwise, for a business, EUR 40 per invoice (art. 6:96 lid 4 BW)."""
        bik = b.ctx.bik
        if bik is not None:
            rows = [(b.labels["claim_bik"], bik.amount)]
            if bik.btw:
                rows.append((b.labels["claim_bik_btw"], bik.btw))
            return rows
        if b.ctx.recipient.kind is ClientKind.BUSINESS:
            return [(b.labels["claim_minimum_costs"], MINIMUM * len(b.invoices))]
        return []

    @staticmethod
    def interest_total(b: LetterBuilder) -> Decimal:
        return sum((line.breakdown.total for line in b.ctx.interest), ZERO)

    @staticmethod
    def interest_until(b: LetterBuilder) -> str:
        return b.date(max(line.breakdown.end for line in b.ctx.interest)) if b.ctx.interest else ""

    @classmethod
    def total_claim(cls, b: LetterBuilder) -> Decimal:
        interest = cls.interest_total(b)
        costs = sum((amount for _, amount in cls.cost_rows(b)), ZERO)
        return max(b.total_open + interest + costs - b.ctx.total_unapplied, ZERO)

    def values(self, b: LetterBuilder) -> dict[str, str]:
        return {
            "principal": b.money(b.total_open),
            "interest_total": b.money(self.interest_total(b)),
            "interest_until": self.interest_until(b),
            "costs": b.money(sum((amount for _, amount in self.cost_rows(b)), ZERO)),
            "total_claim": b.money(self.total_claim(b)),
        }

    def claim_table(self, b: LetterBuilder) -> list[Flowable]:
        rows: list[Row] = [(b.labels["claim_principal"], b.money(b.total_open))]
        if b.ctx.interest:
            commercial = b.ctx.interest[0].breakdown.kind is InterestKind.COMMERCIAL
            key = "claim_interest_commercial" if commercial else "claim_interest_consumer"
            label = b.labels[key].format(date=self.interest_until(b))
            rows.append((label, b.money(self.interest_total(b))))
        rows += [(label, b.money(amount)) for label, amount in self.cost_rows(b)]
        rows += b.unapplied_rows()
        total = (b.labels["claim_total"], b.money(self.total_claim(b)))
        return [amounts_table(rows, total), b.gap()]

    def interest_breakdown(self, b: LetterBuilder) -> list[Flowable]:
        lines = [line for line in b.ctx.interest if line.breakdown.periods]
        if not lines:
            return []
        notes = [
            paragraph(
                b.labels["capitalised"].format(number=line.invoice_number, date=b.date(c.on)),
                b.styles.small,
            )
            for line in lines
            for c in line.breakdown.capitalisations
        ]
        table = interest_table(lines, b.fmt, b.labels)
        return [*b.table_with_heading(b.labels["interest_title"], table), *notes]

    def story(self, b: LetterBuilder) -> list[Flowable]:
        return [
            *b.opening(),
            *b.part("intro"),
            *b.invoice_table(),
            *self.claim_table(b),
            *self.interest_breakdown(b),
            *b.part("body"),
            *b.legal("reservation"),
            *b.payment(self.total_claim(b), b.values["deadline"]),
            *b.closing(before=b.part("outro")),
        ]
