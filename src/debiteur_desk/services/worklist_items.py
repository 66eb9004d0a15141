"""The worklist's items and how one reads as a sentence: no database code here.

The main window imports these at start-up, before the database layer is loaded; the
queries and rules that make the items are in ``services/worklist.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debiteur_desk.domain.escalation import Action
from debiteur_desk.domain.prescription import SOON
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages_collection import INVOICE_NOUNS, WORK_REASONS

ACTIONS = tuple(a.value for a in Action)


@dataclass(frozen=True)
class WorkItem:
    client_id: int
    client_name: str
    action: str  # one of ACTIONS
    due_on: date
    reason: str  # a Reason code; describe() makes it a sentence
    invoice_ids: tuple[int, ...]
    amount: Decimal


def describe(item: WorkItem, language: str = "nl") -> str:
    """The reason as a sentence: "Belofte van € 250,00 voor 01-12-2026 niet nagekomen."."""
    texts = WORK_REASONS.get(item.reason)
    if texts is None:
        return item.reason
    template = texts[1] if language == "en" else texts[0]
    count = len(item.invoice_ids)
    one, more = INVOICE_NOUNS["en" if language == "en" else "nl"]
    return template.format(
        amount=format_money(item.amount, language),
        date=format_date(item.due_on, language),
        count=count,
        invoices=one if count == 1 else more,
        # a prescription step is due SOON before the claim's last day
        last_day=format_date(item.due_on + SOON, language),
    )
