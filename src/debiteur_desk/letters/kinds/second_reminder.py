"""Tweede herinnering: refers to the first reminder and any phone call; a new short term."""

from __future__ import annotations

from reportlab.platypus import Flowable

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterContext, LetterKind
from debiteur_desk.letters.kinds.base import KindSpec


class SecondReminder(KindSpec):
    kind = LetterKind.SECOND_REMINDER

    def check(self, ctx: LetterContext) -> None:
        super().check(ctx)
        if ctx.earlier_reminder_date is None:
            raise InvalidInput("letter_missing_earlier_reminder", kind=str(self.kind))

    def values(self, b: LetterBuilder) -> dict[str, str]:
        ctx = b.ctx
        assert ctx.earlier_reminder_date is not None
        call = ctx.phone_agreement
        return {
            "first_reminder_date": b.date(ctx.earlier_reminder_date),
            "call_date": b.date(call.call_date) if call else "",
            "agreed_deadline": b.date(call.new_deadline) if call else "",
        }

    def story(self, b: LetterBuilder) -> list[Flowable]:
        call = b.part("phone_call") if b.ctx.phone_agreement else []
        return self.standard_story(b, after_intro=call)
