"""Who the debtor is decides which rules apply."""

from __future__ import annotations

from enum import StrEnum


class ClientKind(StrEnum):
    CONSUMER = "consumer"
    BUSINESS = "business"
