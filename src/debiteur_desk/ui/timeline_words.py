"""The words for a timeline event: what happened, and its details, never a code.

Events come from ``services/timeline.py`` with codes (``agreement-confirmation``,
``monthly``, ``draft``); the user reads them here in Dutch or English. The English source
texts are marked with ``QT_TRANSLATE_NOOP("Timeline", …)`` so that lupdate finds them.
A code no table knows is still shown as words (``cash_flow`` → "cash flow"), never with
its underscores or hyphens.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.ui.labels import ACTIONS, label

if TYPE_CHECKING:
    from debiteur_desk.services.timeline import TimelineEvent

DOWN_PAYMENT = "0"  # the instalment number of a plan's down payment

# kind: what happened, in English with {title} (translated when shown)
KIND_TEXTS = {
    "invoice_made": QT_TRANSLATE_NOOP("Timeline", "Invoice {title} made"),
    "invoice_sent": QT_TRANSLATE_NOOP("Timeline", "Invoice {title} sent"),
    "credit_note": QT_TRANSLATE_NOOP("Timeline", "Credit note {title}"),
    "write_off": QT_TRANSLATE_NOOP("Timeline", "Invoice {title} written off"),
    "payment": QT_TRANSLATE_NOOP("Timeline", "Payment received"),
    "payment_reversed": QT_TRANSLATE_NOOP("Timeline", "Payment taken back by the bank"),
    "letter": QT_TRANSLATE_NOOP("Timeline", "Letter: {title}"),
    "phone": QT_TRANSLATE_NOOP("Timeline", "Phone call"),
    "email": QT_TRANSLATE_NOOP("Timeline", "Email"),
    "letter_contact": QT_TRANSLATE_NOOP("Timeline", "Letter (noted)"),
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visit"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note"),
    "handover": QT_TRANSLATE_NOOP("Timeline", "Handed over for collection"),
    "agreement_made": QT_TRANSLATE_NOOP("Timeline", "Promise to pay by {title}"),
    "agreement_kept": QT_TRANSLATE_NOOP("Timeline", "Promise kept"),
    "agreement_broken": QT_TRANSLATE_NOOP("Timeline", "Promise broken"),
    "agreement_cancelled": QT_TRANSLATE_NOOP("Timeline", "Promise cancelled"),
    "plan_made": QT_TRANSLATE_NOOP("Timeline", "Payment plan made"),
    "instalment_due": QT_TRANSLATE_NOOP("Timeline", "Instalment {title} due"),
    "instalment_paid": QT_TRANSLATE_NOOP("Timeline", "Instalment {title} paid"),
    "dispute_opened": QT_TRANSLATE_NOOP("Timeline", "Invoice {title} disputed"),
    "dispute_resolved": QT_TRANSLATE_NOOP("Timeline", "Dispute about invoice {title} resolved"),
    "step_snoozed": QT_TRANSLATE_NOOP("Timeline", "Step snoozed until {title}"),
    "snooze_lifted": QT_TRANSLATE_NOOP("Timeline", "Snooze lifted early"),
}
DOWN_PAYMENT_TEXTS = {
    "instalment_due": QT_TRANSLATE_NOOP("Timeline", "Down payment due"),
    "instalment_paid": QT_TRANSLATE_NOOP("Timeline", "Down payment paid"),
}

# The codes inside events, per kind of code.
CODES: dict[str, dict[str, str]] = {
    "letter": {
        LetterKind.REMINDER: QT_TRANSLATE_NOOP("Timeline", "reminder"),
        LetterKind.SECOND_REMINDER: QT_TRANSLATE_NOOP("Timeline", "second reminder"),
        LetterKind.AGREEMENT_CONFIRMATION: QT_TRANSLATE_NOOP(
            "Timeline", "confirmation of agreement"
        ),
        LetterKind.PAYMENT_PLAN: QT_TRANSLATE_NOOP("Timeline", "payment plan agreement"),
        LetterKind.FOURTEEN_DAY_LETTER: QT_TRANSLATE_NOOP("Timeline", "14-day letter"),
        LetterKind.FINAL_DEMAND: QT_TRANSLATE_NOOP("Timeline", "final demand"),
    },
    "outcome": {
        "reached": QT_TRANSLATE_NOOP("Timeline", "reached"),
        "not_reached": QT_TRANSLATE_NOOP("Timeline", "not reached"),
        "voicemail": QT_TRANSLATE_NOOP("Timeline", "voicemail"),
        "wrong_number": QT_TRANSLATE_NOOP("Timeline", "wrong number"),
    },
    "sent_via": {
        "email": QT_TRANSLATE_NOOP("Timeline", "email"),
        "post": QT_TRANSLATE_NOOP("Timeline", "post"),
        "registered": QT_TRANSLATE_NOOP("Timeline", "registered post"),
        "portal": QT_TRANSLATE_NOOP("Timeline", "portal"),
        "hand": QT_TRANSLATE_NOOP("Timeline", "by hand"),
    },
    "matched_by": {
        "reference": QT_TRANSLATE_NOOP("Timeline", "payment reference"),
        "invoice_number": QT_TRANSLATE_NOOP("Timeline", "invoice number in the description"),
        "known_payer": QT_TRANSLATE_NOOP("Timeline", "payer and amount"),
        "mistyped_number": QT_TRANSLATE_NOOP(
            "Timeline", "invoice number with a typing error, amount agrees"
        ),
        "confirmed": QT_TRANSLATE_NOOP("Timeline", "confirmed by you"),
    },
    "method": {
        "bank": QT_TRANSLATE_NOOP("Timeline", "bank transfer"),
        "cash": QT_TRANSLATE_NOOP("Timeline", "cash"),
        "card": QT_TRANSLATE_NOOP("Timeline", "debit card"),
        "other": QT_TRANSLATE_NOOP("Timeline", "other"),
        "opening": QT_TRANSLATE_NOOP("Timeline", "paid before the import (opening balance)"),
    },
    "reason": {
        "forgot": QT_TRANSLATE_NOOP("Timeline", "forgot"),
        "not_received": QT_TRANSLATE_NOOP("Timeline", "did not receive the invoice"),
        "dispute": QT_TRANSLATE_NOOP("Timeline", "dispute about the goods or service"),
        "cash_flow": QT_TRANSLATE_NOOP("Timeline", "cash-flow problems"),
        "waiting_for_customer": QT_TRANSLATE_NOOP("Timeline", "waiting for their own customer"),
        "bankruptcy": QT_TRANSLATE_NOOP("Timeline", "bankruptcy looming"),
        "other": QT_TRANSLATE_NOOP("Timeline", "other"),
    },
    "frequency": {
        "weekly": QT_TRANSLATE_NOOP("Timeline", "weekly"),
        "biweekly": QT_TRANSLATE_NOOP("Timeline", "every two weeks"),
        "monthly": QT_TRANSLATE_NOOP("Timeline", "monthly"),
    },
    "plan_status": {
        "draft": QT_TRANSLATE_NOOP("Timeline", "waiting for the signed copy"),
        "active": QT_TRANSLATE_NOOP("Timeline", "running"),
        "completed": QT_TRANSLATE_NOOP("Timeline", "paid in full"),
        "broken": QT_TRANSLATE_NOOP("Timeline", "broken: the rest is due at once"),
        "replaced": QT_TRANSLATE_NOOP("Timeline", "replaced by a new plan"),
    },
    "promise_status": {
        "open": QT_TRANSLATE_NOOP("Timeline", "open"),
        "kept": QT_TRANSLATE_NOOP("Timeline", "kept"),
        "broken": QT_TRANSLATE_NOOP("Timeline", "not kept"),
        "cancelled": QT_TRANSLATE_NOOP("Timeline", "cancelled"),
    },
    "dispute_reason": {
        "not_received": QT_TRANSLATE_NOOP("Timeline", "goods or service not received"),
        "quality": QT_TRANSLATE_NOOP("Timeline", "quality of the goods or work"),
        "amount": QT_TRANSLATE_NOOP("Timeline", "the amount is wrong"),
        "not_ordered": QT_TRANSLATE_NOOP("Timeline", "not ordered"),
        "other": QT_TRANSLATE_NOOP("Timeline", "other reason"),
    },
    "dispute_outcome": {
        "upheld_credit_note": QT_TRANSLATE_NOOP("Timeline", "upheld, credit note made"),
        "upheld_write_off": QT_TRANSLATE_NOOP("Timeline", "upheld, written off"),
        "rejected": QT_TRANSLATE_NOOP("Timeline", "rejected, back in collection"),
    },
    "party": {
        "collection_agency": QT_TRANSLATE_NOOP("Timeline", "collection agency"),
        "bailiff": QT_TRANSLATE_NOOP("Timeline", "bailiff"),
        "lawyer": QT_TRANSLATE_NOOP("Timeline", "lawyer"),
    },
}

# Detail key: the label in the details box.
DETAIL_KEYS = {
    "invoice_date": QT_TRANSLATE_NOOP("Timeline", "Invoice date"),
    "due_date": QT_TRANSLATE_NOOP("Timeline", "Due date"),
    "sent_via": QT_TRANSLATE_NOOP("Timeline", "Sent by"),
    "sent_to": QT_TRANSLATE_NOOP("Timeline", "Sent to"),
    "method": QT_TRANSLATE_NOOP("Timeline", "Paid by"),
    "counterparty": QT_TRANSLATE_NOOP("Timeline", "From"),
    "iban": QT_TRANSLATE_NOOP("Timeline", "Account"),
    "matched_by": QT_TRANSLATE_NOOP("Timeline", "Matched by"),
    "return_reason": QT_TRANSLATE_NOOP("Timeline", "Bank's reason code"),
    "invoices": QT_TRANSLATE_NOOP("Timeline", "Invoices"),
    "credit": QT_TRANSLATE_NOOP("Timeline", "Left as credit"),
    "tracking_number": QT_TRANSLATE_NOOP("Timeline", "Tracking number"),
    "file": QT_TRANSLATE_NOOP("Timeline", "File"),
    "time": QT_TRANSLATE_NOOP("Timeline", "Time"),
    "contact": QT_TRANSLATE_NOOP("Timeline", "Spoke to"),
    "phone": QT_TRANSLATE_NOOP("Timeline", "Phone number"),
    "reason": QT_TRANSLATE_NOOP("Timeline", "Reason"),
    "promised_by": QT_TRANSLATE_NOOP("Timeline", "Promised by"),
    "status": QT_TRANSLATE_NOOP("Timeline", "Status"),
    "frequency": QT_TRANSLATE_NOOP("Timeline", "Frequency"),
    "plan_made_on": QT_TRANSLATE_NOOP("Timeline", "Payment plan of"),
    "dispute_reason": QT_TRANSLATE_NOOP("Timeline", "Disputed because"),
    "dispute_outcome": QT_TRANSLATE_NOOP("Timeline", "Outcome"),
    "opened_on": QT_TRANSLATE_NOOP("Timeline", "Disputed since"),
    "step": QT_TRANSLATE_NOOP("Timeline", "Step"),
}
_DATE_KEYS = {"invoice_date", "due_date", "promised_by", "plan_made_on", "opened_on"}
_CODE_KEYS = {
    "sent_via",
    "method",
    "reason",
    "frequency",
    "matched_by",
    "dispute_reason",
    "dispute_outcome",
}  # each its own group in CODES
_STATUS_CODES = {"payment_plan": "plan_status", "agreement": "promise_status"}


def translated(source: str) -> str:
    """The translation of an English text marked with ``QT_TRANSLATE_NOOP("Timeline", …)``."""
    return QCoreApplication.translate("Timeline", source)


def code_text(group: str, code: str) -> str:
    """The words for ``code`` of the kind ``group`` (``"letter"``, ``"reason"``, …)."""
    source = CODES.get(group, {}).get(code)
    return translated(source) if source else code.replace("_", " ").replace("-", " ")


def detail_label(key: str) -> str:
    source = DETAIL_KEYS.get(key)
    return translated(source) if source else key.replace("_", " ").capitalize()


def detail_value(event: TimelineEvent, key: str, value: str, language: str) -> str:
    if key in _DATE_KEYS:
        return format_date(date.fromisoformat(value), language)
    if key == "credit":
        return format_money(Decimal(value), language)
    if key == "status":
        return code_text(_STATUS_CODES.get(event.ref_kind, ""), value)
    if key in _CODE_KEYS:
        return code_text(key, value)
    if key == "step":
        return label(ACTIONS, value)
    return value


def what_happened(event: TimelineEvent, language: str) -> str:
    """One line that says what happened: "Invoice 2026-0000123 sent (email)"."""
    title = event.title
    if event.kind in DOWN_PAYMENT_TEXTS and title == DOWN_PAYMENT:
        return translated(DOWN_PAYMENT_TEXTS[event.kind])
    if event.kind in ("agreement_made", "step_snoozed") and title:
        title = format_date(date.fromisoformat(title), language)
    elif event.kind == "letter":
        title = code_text("letter", title)
    source = KIND_TEXTS.get(event.kind)
    text = translated(source).format(title=title) if source else code_text("", title)
    extra = dict(event.details)
    if event.kind == "invoice_sent" and extra.get("sent_via"):
        text += f" ({code_text('sent_via', extra['sent_via'])})"
    elif event.kind == "payment":
        text += " " + (
            QCoreApplication.translate("Timeline", "for {invoices}").format(invoices=event.title)
            if event.title
            else QCoreApplication.translate("Timeline", "(credit)")
        )
    elif event.kind == "credit_note" and extra.get("invoices"):
        on_invoice = QCoreApplication.translate("Timeline", "on invoice {number}")
        text += " " + on_invoice.format(number=extra["invoices"])
    elif event.kind == "phone" and event.title:
        text += f": {code_text('outcome', event.title)}"
    elif event.kind in ("email", "visit") and event.title:
        text += f": {event.title}"  # typed by the user
    elif event.kind == "dispute_opened" and extra.get("dispute_reason"):
        text += f": {code_text('dispute_reason', extra['dispute_reason'])}"
    elif event.kind == "dispute_resolved" and extra.get("dispute_outcome"):
        text += f": {code_text('dispute_outcome', extra['dispute_outcome'])}"
    elif event.kind in ("step_snoozed", "snooze_lifted") and extra.get("step"):
        text += f": {label(ACTIONS, extra['step'])}"
    elif event.kind == "handover" and extra.get("contact"):
        text += f": {extra['contact']} ({code_text('party', event.title)})"
    return text
