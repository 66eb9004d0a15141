"""Is the last bank statement recent enough to send reminders on? (issue 13, Worklist)

A reminder about an invoice that was paid yesterday costs goodwill; whether it was paid
shows only once the statement is read. More than three working days since the last
statement (weekends and the public holidays of the Algemene termijnenwet do not count)
is too long to send reminders without looking first.
"""

from __future__ import annotations

from datetime import date, timedelta

from debiteur_desk.domain.termijnen import is_free_day

STALE_AFTER_WORKING_DAYS = 3


def working_days_since(day: date, today: date) -> int:
    """Working days after ``day`` up to and including ``today`` (0 when ``day`` is today
    or later): a statement read on Friday is one working day old on Monday."""
    count, current = 0, day + timedelta(days=1)
    while current <= today:
        count += not is_free_day(current)
        current += timedelta(days=1)
    return count


def statement_is_stale(last_statement: date | None, today: date) -> bool:
    """No statement read yet, or the last one more than three working days ago."""
    if last_statement is None:
        return True
    return working_days_since(last_statement, today) > STALE_AFTER_WORKING_DAYS
