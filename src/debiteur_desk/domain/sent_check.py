"""Did the invoice really go out? What to check before the first reminder.

Before chasing a client, check your own side first: was the invoice sent at all, to the
right e-mail address, with the payment term that was agreed? A reminder about an invoice
that never arrived, or that states the wrong term, sours the relation for nothing.

:func:`sent_flags` looks at what the book knows about one invoice and its client and
returns what looks wrong, as stable codes (``SentFlag``); the worklist shows them with
the facts, and the user confirms or corrects them before the reminder is made.
:func:`open_flags` is what is still to check on a day: nothing once the user checked it.
The letter rules (``domain/letter_rules.py``) ask it too, so no letter names an invoice
whose check is open.

The payment term toward a business (art. 6:119a BW, commercial transactions only):

- a term of more than 60 days must have been expressly agreed and may not be grossly
  unfair to the creditor (art. 6:119a lid 5 BW);
- a large company paying a small or medium-sized one (the user of this program) may agree
  at most 30 days; a longer term is void and 30 days apply (art. 6:119a lid 6 BW).

A consumer's term is not bound by these articles; its due date is only checked against
the client's agreed term.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.references import validate_email

MAX_TERM_DAYS = 60  # art. 6:119a lid 5 BW: longer only when expressly agreed
MAX_TERM_LARGE_TO_SME_DAYS = 30  # art. 6:119a lid 6 BW: a large company paying an SME
EMAIL = "email"


class SentFlag(StrEnum):
    NEVER_SENT = "never_sent"  # no date of sending recorded
    NO_ADDRESS = "no_address"  # sent by e-mail, but to which address is not recorded
    EMAIL_INVALID = "email_invalid"  # the address it went to is no e-mail address
    EMAIL_DIFFERS = "email_differs"  # not the client's current address
    DUE_NOT_AGREED = "due_not_agreed"  # the due date does not follow the agreed term
    TERM_OVER_60 = "term_over_60"  # art. 6:119a lid 5 BW
    TERM_OVER_30_SME = "term_over_30_sme"  # art. 6:119a lid 6 BW


@dataclass(frozen=True)
class SendingFacts:
    """What the book knows about how one invoice went out, and about its client."""

    invoice_date: date
    due_date: date
    sent_on: date | None
    sent_via: str | None  # email, post, portal, hand
    sent_to: str
    client_email: str
    agreed_term_days: int  # the client's payment term
    business: bool = True
    large_company: bool = False  # the client is a large company (we are an SME)

    @property
    def term_days(self) -> int:
        """The term the invoice states: from its date to its due date."""
        return (self.due_date - self.invoice_date).days

    @property
    def agreed_due_date(self) -> date:
        return self.invoice_date + timedelta(days=self.agreed_term_days)

    def addresses(self) -> list[str]:
        """The addresses it went to (several may be written with ``;`` or ``,``)."""
        return [a.strip() for a in self.sent_to.replace(";", ",").split(",") if a.strip()]


def _is_email(text: str) -> bool:
    try:
        validate_email(text)
    except InvalidInput:
        return False
    return True


def _email_flags(facts: SendingFacts) -> Iterator[SentFlag]:
    addresses = facts.addresses()
    if not addresses:
        yield SentFlag.NO_ADDRESS
        return
    if not all(_is_email(a) for a in addresses):
        yield SentFlag.EMAIL_INVALID
        return
    current = facts.client_email.strip().casefold()
    if current and current not in {a.casefold() for a in addresses}:
        yield SentFlag.EMAIL_DIFFERS


def _term_flags(facts: SendingFacts) -> Iterator[SentFlag]:
    if facts.due_date != facts.agreed_due_date:
        yield SentFlag.DUE_NOT_AGREED
    if not facts.business:
        return
    if facts.large_company and facts.term_days > MAX_TERM_LARGE_TO_SME_DAYS:
        yield SentFlag.TERM_OVER_30_SME
    elif facts.term_days > MAX_TERM_DAYS:
        yield SentFlag.TERM_OVER_60


def sent_flags(facts: SendingFacts) -> tuple[SentFlag, ...]:
    """What looks wrong about how the invoice went out, in the order to check it."""
    flags: list[SentFlag] = []
    if facts.sent_on is None:
        flags.append(SentFlag.NEVER_SENT)
    elif facts.sent_via == EMAIL or (facts.sent_via is None and "@" in facts.sent_to):
        flags.extend(_email_flags(facts))
    flags.extend(_term_flags(facts))
    return tuple(flags)


def open_flags(facts: SendingFacts, checked_on: date | None, on: date) -> tuple[SentFlag, ...]:
    """What is still to check on ``on``: nothing once the user checked it by then; a
    sending recorded for a later day had not happened yet on ``on``."""
    if checked_on is not None and checked_on <= on:
        return ()
    if facts.sent_on is not None and facts.sent_on > on:
        facts = replace(facts, sent_on=None)
    return sent_flags(facts)
