"""The letters of the Dutch collection path, in the order they are usually sent."""

from __future__ import annotations

from enum import StrEnum


class LetterKind(StrEnum):
    REMINDER = "reminder"
    SECOND_REMINDER = "second-reminder"
    AGREEMENT_CONFIRMATION = "agreement-confirmation"
    PAYMENT_PLAN = "payment-plan"
    FOURTEEN_DAY_LETTER = "fourteen-day-letter"
    FINAL_DEMAND = "final-demand"
