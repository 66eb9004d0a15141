"""Herinnering: the friendly first reminder. It assumes the client forgot; no threats."""

from __future__ import annotations

from reportlab.platypus import Flowable

from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterKind
from debiteur_desk.letters.kinds.base import KindSpec


class Reminder(KindSpec):
    kind = LetterKind.REMINDER

    def story(self, b: LetterBuilder) -> list[Flowable]:
        return self.standard_story(b)
