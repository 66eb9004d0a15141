"""What each letter kind is called on screen (translated)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from debiteur_desk.letters import LetterKind

_NAMES = {
    LetterKind.REMINDER: QT_TRANSLATE_NOOP("LetterKind", "Reminder"),
    LetterKind.SECOND_REMINDER: QT_TRANSLATE_NOOP("LetterKind", "Second reminder"),
    LetterKind.AGREEMENT_CONFIRMATION: QT_TRANSLATE_NOOP(
        "LetterKind", "Confirmation of phone agreement"
    ),
    LetterKind.PAYMENT_PLAN: QT_TRANSLATE_NOOP("LetterKind", "Payment plan agreement"),
    LetterKind.FOURTEEN_DAY_LETTER: QT_TRANSLATE_NOOP("LetterKind", "14-day letter (consumers)"),
    LetterKind.FINAL_DEMAND: QT_TRANSLATE_NOOP("LetterKind", "Final demand (sommatie)"),
}


def kind_name(kind: LetterKind) -> str:
    return QCoreApplication.translate("LetterKind", _NAMES[kind])
