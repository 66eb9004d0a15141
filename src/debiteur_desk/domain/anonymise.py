"""What of a stored text or record stays when a client's personal data are erased
(art. 17 AVG), and what is wiped.

What the bookkeeping must keep for seven years (art. 52 AWR) stays: amounts, dates,
invoice numbers, statuses and reason codes, hashes. Free text and anything that names,
reaches or identifies the person goes. Pure functions, no database: the service
(``services/privacy.py``) applies them to the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

ERASED = "[gewist]"  # what stands where personal data was (the book's language is Dutch)

# Audit payload keys whose values are amounts, dates, invoice numbers or hashes: kept.
VERBATIM_KEYS = frozenset(
    {
        "allocations",  # {invoice number: cents}
        "claim_total",
        "dispute",
        "instalments",
        "invoice",
        "invoices",
        "number",
        "replaces",
        "by",
        "sha256",
        "snooze_id",
        "client_id",
    }
)
# Keys that hold a code ("forgot", "active", "registered") or, now and then, free text:
# kept only when the value looks like a code.
CODE_KEYS = frozenset(
    {"kind", "new", "old", "outcome", "party_kind", "reason", "status", "step", "via"}
)
# Fields of a recorded change (``changes: {field: {"old", "new"}}``) that are no personal
# data: their old and new values stay; every other field's values are wiped.
KEPT_CHANGE_FIELDS = frozenset(
    {
        "amount_cents",
        "client_id",
        "country",
        "currency",
        "due_date",
        "invoice_date",
        "kenmerk",
        "kind",
        "language",
        "large_company",
        "number",
        "payment_term_days",
        "vat_cents",
    }
)
_CODE = re.compile(r"[a-z][a-z0-9_.\-]{0,39}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}([T ][0-9:.]+)?")
_DATE_KEYS = frozenset({"on", "until", "as_of", "at", "promised_by"})
MIN_NEEDLE = 3  # shorter texts (a house number, "NL") are not searched for


def _is_date_key(key: str) -> bool:
    return key in _DATE_KEYS or key.endswith(("_on", "_date", "_by", "_at"))


def _wiped(value: Any) -> Any:
    """Every text in ``value`` replaced by the marker; numbers and the empty text stay."""
    if isinstance(value, str):
        return ERASED if value else value
    if isinstance(value, list):
        return [_wiped(v) for v in value]
    if isinstance(value, dict):
        return {k: _wiped(v) for k, v in value.items()}
    return value


def _value(key: str, value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if key in VERBATIM_KEYS or key.endswith("_cents"):
        return value
    if key == "changes" and isinstance(value, dict):
        return {
            name: change if name in KEPT_CHANGE_FIELDS else _wiped(change)
            for name, change in value.items()
        }
    if isinstance(value, str):
        if key in CODE_KEYS and _CODE.fullmatch(value):
            return value
        if _is_date_key(key) and _ISO_DAY.fullmatch(value):
            return value
        return ERASED if value else value
    if isinstance(value, list):
        return [_value(key, v) for v in value]
    if isinstance(value, dict):
        return {k: _value(k, v) for k, v in value.items()}
    return ERASED


def anonymised_details(details: Mapping[str, Any], needles: Iterable[str] = ()) -> dict[str, Any]:
    """An audit entry's payload with the personal data out and the bookkeeping in; any of
    ``needles`` (the client's name, e-mail, IBAN, …) left in a kept text is wiped too."""
    found = [n for n in needles if len(n) >= MIN_NEEDLE]
    kept = {key: _value(key, value) for key, value in details.items()}
    return _scrubbed_all(kept, found)


def _scrubbed_all(value: Any, needles: list[str]) -> Any:
    if isinstance(value, str):
        return scrubbed(value, needles)
    if isinstance(value, list):
        return [_scrubbed_all(v, needles) for v in value]
    if isinstance(value, dict):
        return {scrubbed(k, needles): _scrubbed_all(v, needles) for k, v in value.items()}
    return value


def _pattern(needle: str) -> str:
    """The needle as a whole word, any case; an IBAN also as it is written in groups of 4."""
    forms = [re.escape(needle)]
    compact = needle.replace(" ", "")
    if len(compact) > 8 and compact.isalnum() and not compact.isalpha():
        forms.append(r"\s?".join(re.escape(compact[i : i + 4]) for i in range(0, len(compact), 4)))
    return r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)"


def scrubbed(text: str, needles: Iterable[str]) -> str:
    """``text`` with every occurrence of a needle (as a word, any case) replaced."""
    for needle in sorted({n.strip() for n in needles if len(n.strip()) >= MIN_NEEDLE}, key=len,
                         reverse=True):  # fmt: skip
        text = re.sub(_pattern(needle), ERASED, text, flags=re.IGNORECASE)
    return text


def erased_letter_data(data: Mapping[str, Any], erased_on: date) -> dict[str, Any]:
    """What stays of the data a letter was made from: its dates, the invoice numbers and
    the costs it claimed or announced (the rules read those, ``letter_facts``); not the
    addressee, the address, the texts."""
    kept: dict[str, Any] = {"erased_on": erased_on.isoformat()}
    for key in ("letter_date", "deadline", "earlier_reminder_date", "earlier_demand_date"):
        if data.get(key) is not None:
            kept[key] = data[key]
    costs = data.get("costs")
    if isinstance(costs, dict):
        kept["costs"] = {k: costs[k] for k in ("amount", "btw", "total") if k in costs}
    invoices = data.get("invoices")
    if isinstance(invoices, list):
        kept["invoices"] = [
            {"number": line.get("number")} for line in invoices if isinstance(line, dict)
        ]
    return kept
