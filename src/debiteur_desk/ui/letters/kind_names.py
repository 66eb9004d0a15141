"""What each letter kind is called on screen (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debiteur_desk.letters import LetterKind

_NAMES = {
    LetterKind.REMINDER: "Reminder",
    LetterKind.SECOND_REMINDER: "Second reminder",
    LetterKind.AGREEMENT_CONFIRMATION: "Confirmation of phone agreement",
    LetterKind.PAYMENT_PLAN: "Payment plan agreement",
    LetterKind.FOURTEEN_DAY_LETTER: "14-day letter (consumers)",
    LetterKind.FINAL_DEMAND: "Final demand (sommatie)",
}


def kind_name(kind: LetterKind) -> str:
    return QCoreApplication.translate("LetterKind", _NAMES[kind])
