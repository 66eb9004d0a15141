"""What every letter kind shares: its checks, its invoices, its values, its story."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from reportlab.platypus import Flowable

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import InvoiceLine, LetterContext, LetterKind
from debiteur_desk.letters.layout import Section


class KindSpec:
    kind: ClassVar[LetterKind]
    needs_deadline: ClassVar[bool] = True

    def check(self, ctx: LetterContext) -> None:
        """Refuse a letter that cannot be made from this context."""
        if not ctx.invoices:
            raise InvalidInput("letter_no_invoices", kind=str(self.kind))
        if self.needs_deadline and ctx.deadline is None:
            raise InvalidInput("letter_missing_deadline", kind=str(self.kind))

    def invoices(self, ctx: LetterContext) -> Sequence[InvoiceLine]:
        """The invoices the letter is about."""
        return ctx.invoices

    def values(self, b: LetterBuilder) -> dict[str, str]:
        """Placeholder values of this kind, on top of the common ones."""
        return {}

    def story(self, b: LetterBuilder) -> list[Flowable]:
        raise NotImplementedError

    def sections(self, b: LetterBuilder) -> list[Section]:
        return [b.section(self.story(b))]

    @staticmethod
    def standard_story(
        b: LetterBuilder,
        *,
        after_intro: Sequence[Flowable] = (),
        after_body: Sequence[Flowable] = (),
    ) -> list[Flowable]:
        """Opening, intro, invoices and totals, request, payment details, outro, closing."""
        return [
            *b.opening(),
            *b.part("intro"),
            *after_intro,
            *b.invoice_table(),
            *b.open_totals(),
            *b.part("body"),
            *after_body,
            *b.payment_and_closing(b.amount_due, b.values["deadline"], b.part("outro")),
        ]
