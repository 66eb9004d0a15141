"""Snoozing a worklist step: out of the list until a date, then back.

A step is known by its client and its action (``domain/escalation.py``): snoozing "send a
reminder" for a client hides that client's reminder step, not the other tracks (a dispute,
a broken promise) and not the next step once the reminder has gone out. A snooze has a
reason, is shown on the client's timeline, and can be lifted early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from debiteur_desk.domain.errors import InvalidInput


@dataclass(frozen=True)
class Snooze:
    id: int
    client_id: int
    action: str  # the step's action code
    reason: str
    snoozed_on: date
    until: date  # the step is back on this day
    lifted_on: date | None = None  # lifted early

    def hides_on(self, day: date) -> bool:
        """Whether the step was out of the list on ``day`` (an earlier as-of date shows the
        list as it was then: before the snooze was made, or after it was lifted, it shows)."""
        if self.lifted_on is not None and day >= self.lifted_on:
            return False
        return self.snoozed_on <= day < self.until


def check_snooze(reason: str, until: date, today: date) -> str:
    """The reason as stored; raises :class:`InvalidInput` for an empty reason or a date that
    is not after today (a snooze until today would hide nothing)."""
    if not reason.strip():
        raise InvalidInput("snooze_reason_empty")
    if until <= today:
        raise InvalidInput("snooze_until_not_future", date=until)
    return reason.strip()
