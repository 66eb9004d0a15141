"""The invoice number to suggest for a new invoice: the highest one so far, plus one.

"Highest" as a person reads numbers (``2026-0010`` comes after ``2026-0009`` and
``2026-0003`` after ``2025-0100``), not as text. The number keeps its prefix and the width
of its counter (``F-0099`` → ``F-0100``); a counter that runs out of digits grows
(``999`` → ``1000``). Numbers that do not end in digits are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_COUNTER = re.compile(r"^(.*?)(\d+)$")
_DIGIT_RUNS = re.compile(r"(\d+)")


def natural_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key: runs of digits compare as numbers, the rest as text (case-blind)."""
    parts = _DIGIT_RUNS.split(number.strip())
    return tuple(
        (1, int(part), "") if index % 2 else (0, 0, part.casefold())
        for index, part in enumerate(parts)
        if part
    )


def next_invoice_number(existing: Iterable[str]) -> str | None:
    """The number after the highest of ``existing`` that ends in digits; ``None`` if none."""
    numbered = [n.strip() for n in existing if _COUNTER.match(n.strip())]
    if not numbered:
        return None
    highest = max(numbered, key=natural_key)
    match = _COUNTER.match(highest)
    assert match is not None
    prefix, counter = match.groups()
    return f"{prefix}{int(counter) + 1:0{len(counter)}d}"
