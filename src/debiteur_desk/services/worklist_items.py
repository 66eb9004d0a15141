"""The worklist's items and how one reads as a sentence: no database code here.

The main window imports these at start-up, before the database layer is loaded; the
queries and rules that make the items are in ``services/worklist.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from debiteur_desk.domain.escalation import Action
from debiteur_desk.domain.prescription import SOON
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages_collection import INVOICE_NOUNS, WORK_REASONS
from debiteur_desk.text.messages_worklist import SENDING, SENT_FLAGS

if TYPE_CHECKING:  # the window starts without the rules' validators
    from debiteur_desk.domain.sent_check import SendingFacts

ACTIONS = tuple(a.value for a in Action)
CHECK_SENT = "check-sent"  # shown instead of the letter step while the check is due


@dataclass(frozen=True)
class InvoiceSending:
    """How one invoice of a letter step went out, one no sent ladder letter named yet, and
    what looks wrong about it (``domain.sent_check.SentFlag`` codes; none once the user has
    checked it)."""

    invoice_id: int
    number: str
    facts: SendingFacts
    flags: tuple[str, ...]
    checked_on: date | None = None


@dataclass(frozen=True)
class SnoozeNote:
    id: int
    snoozed_on: date
    until: date
    reason: str


@dataclass(frozen=True)
class WorkItem:
    client_id: int
    client_name: str
    action: str  # one of ACTIONS
    due_on: date
    reason: str  # a Reason code; describe() makes it a sentence
    invoice_ids: tuple[int, ...]
    amount: Decimal
    # a letter step: how its invoices no sent letter named yet went out (``domain/sent_check.py``)
    sending: tuple[InvoiceSending, ...] = ()
    snooze: SnoozeNote | None = None  # snoozed until a later day: out of the list till then

    @property
    def needs_sent_check(self) -> bool:
        """Something looks wrong about how an invoice went out, and nobody checked it yet."""
        return any(line.flags for line in self.sending)

    @property
    def shown_action(self) -> str:
        """What the list says to do: check the sending first, then the step itself."""
        return CHECK_SENT if self.needs_sent_check else self.action


def _pick(texts: tuple[str, str], language: str) -> str:
    return texts[1] if language == "en" else texts[0]


def describe_flag(line: InvoiceSending, flag: str, language: str = "nl") -> str:
    """One problem with how an invoice went out, as a sentence."""
    facts = line.facts
    return _pick(SENT_FLAGS[flag], language).format(
        number=line.number,
        sent_to=facts.sent_to.strip(),
        client_email=facts.client_email.strip(),
        due_date=format_date(facts.due_date, language),
        agreed_due_date=format_date(facts.agreed_due_date, language),
        term=facts.term_days,
        agreed_term=facts.agreed_term_days,
    )


def describe_sending(line: InvoiceSending, language: str = "nl") -> str:
    """What the book knows: "per e-mail verstuurd op 01-11-2026 aan a@b.nl; betaaltermijn
    14 dagen, te betalen op 15-11-2026"."""
    facts = line.facts
    if facts.sent_on is None:
        how = _pick(SENDING["not_sent"], language)
    else:
        to = facts.sent_to.strip()
        via = "email_no_to" if facts.sent_via == "email" and not to else facts.sent_via or ""
        how = _pick(SENDING.get(via, SENDING[""]), language).format(
            date=format_date(facts.sent_on, language), to=to
        )
    parts = [
        how,
        _pick(SENDING["term"], language).format(
            term=facts.term_days, due_date=format_date(facts.due_date, language)
        ),
    ]
    if line.checked_on is not None:
        parts.append(
            _pick(SENDING["checked"], language).format(date=format_date(line.checked_on, language))
        )
    return "; ".join(parts)


def _check_first(item: WorkItem, language: str) -> str:
    problems = [describe_flag(s, f, language) for s in item.sending for f in s.flags]
    text = _pick(SENDING["check_first"], language).format(problem=problems[0])
    if len(problems) > 1:
        more = _pick(SENDING["more"], language).format(count=len(problems) - 1)
        text = f"{text} {more}"
    return text


def describe(item: WorkItem, language: str = "nl") -> str:
    """The reason as a sentence: "Belofte van € 250,00 voor 01-12-2026 niet nagekomen."."""
    if item.snooze is not None:
        return _pick(SENDING["snoozed"], language).format(
            date=format_date(item.snooze.until, language), reason=item.snooze.reason
        )
    if item.needs_sent_check:
        return _check_first(item, language)
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
