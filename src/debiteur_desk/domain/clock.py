"""Today's date, asked in one place, so that the whole app agrees on what day it is.

Everything that needs "today" (a default date in a dialog, the as-of date, the day a
payment changes a plan's state) calls ``today()``. Tests fix the day once for the whole
run (``tests/conftest.py``), so a run that crosses midnight does not see two dates.
"""

from __future__ import annotations

from datetime import date

_fixed: date | None = None


def today() -> date:
    return _fixed or date.today()


def fix(day: date | None) -> None:
    """Make ``today()`` answer ``day`` (``None``: the calendar again)."""
    global _fixed
    _fixed = day
