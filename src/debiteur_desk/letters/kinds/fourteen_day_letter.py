"""Aanmaning / 14-dagenbrief for consumers (art. 6:96 lid 6 BW).

It must state the consequences of not paying, the exact collection costs (and
BTW on them if that applies), and a term of fourteen days from the day after
delivery, in wording the courts accept (HR 25-11-2016, ECLI:NL:HR:2016:2704).
That wording lives in the fixed legal texts, so no edited template can lose it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.letter_rules import check_fourteen_day_letter
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterContext, LetterKind
from debiteur_desk.letters.kinds.base import KindSpec


class FourteenDayLetter(KindSpec):
    kind = LetterKind.FOURTEEN_DAY_LETTER
    needs_deadline = False  # the term runs from delivery; the letter names no date

    def check(self, ctx: LetterContext) -> None:
        super().check(ctx)
        # The engine sees only the client's kind and the dates; whether the consumer is in
        # default was decided before (domain/letter_rules.py).
        check_fourteen_day_letter(
            ctx.recipient.kind,
            [(line.number, line.due_date) for line in ctx.invoices],
            ctx.letter_date,
        )
        if ctx.costs is None:
            raise InvalidInput("letter_missing_bik", kind=str(self.kind))

    def values(self, b: LetterBuilder) -> dict[str, str]:
        costs = b.ctx.costs
        assert costs is not None
        return {
            "bik_amount": b.money(costs.amount),
            "bik_btw": b.money(costs.btw),
            "bik_total": b.money(costs.total),
        }

    def story(self, b: LetterBuilder) -> list[Flowable]:
        assert b.ctx.costs is not None
        costs = "fourteen_day_costs_btw" if b.ctx.costs.btw else "fourteen_day_costs"
        return [
            *b.opening(),
            *b.part("intro"),
            *b.invoice_table(),
            *b.open_totals(),
            *b.legal("fourteen_day_term"),
            *b.legal(costs),
            *b.legal("fourteen_day_basis"),
            *b.legal("fourteen_day_consequences"),
            *b.part("body"),
            *b.payment_and_closing(
                b.amount_due, b.texts.LEGAL["fourteen_day_due"], b.part("outro")
            ),
        ]
