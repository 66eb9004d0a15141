"""Bevestiging telefonische afspraak: the call, the new deadline, a one-time exception."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import InvoiceLine, LetterContext, LetterKind
from debiteur_desk.letters.kinds.base import KindSpec


class AgreementConfirmation(KindSpec):
    kind = LetterKind.AGREEMENT_CONFIRMATION
    needs_deadline = False  # the agreed deadline is the letter's deadline

    def check(self, ctx: LetterContext) -> None:
        super().check(ctx)
        if ctx.phone_agreement is None:
            raise InvalidInput("letter_missing_agreement", kind=str(self.kind))
        known = {line.number for line in ctx.invoices}
        for number in ctx.phone_agreement.invoice_numbers:
            if number not in known:
                raise InvalidInput("letter_unknown_invoice", number=number)

    def invoices(self, ctx: LetterContext) -> Sequence[InvoiceLine]:
        assert ctx.phone_agreement is not None
        wanted = set(ctx.phone_agreement.invoice_numbers)
        return [line for line in ctx.invoices if not wanted or line.number in wanted]

    def values(self, b: LetterBuilder) -> dict[str, str]:
        agreement = b.ctx.phone_agreement
        assert agreement is not None
        return {
            "call_date": b.date(agreement.call_date),
            "deadline": b.date(agreement.new_deadline),
        }

    def story(self, b: LetterBuilder) -> list[Flowable]:
        assert b.ctx.phone_agreement is not None
        one_time = b.part("one_time") if b.ctx.phone_agreement.one_time_exception else []
        return self.standard_story(b, after_body=[*one_time, *b.legal("agreement_reservation")])
