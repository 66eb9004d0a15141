"""What a change touched, so that each view reads again only what concerns it (as Anki's
``OpChanges``). ``Operations.run(..., changes=...)`` announces it with ``data_changed``."""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    NONE = 0
    CLIENTS = auto()
    INVOICES = auto()  # also credit notes, write-offs, disputes, hand-overs
    PAYMENTS = auto()
    LETTERS = auto()  # made, sent, taken back
    PLANS = auto()  # payment plans, and the phone calls and promises agreed in them
    SETTINGS = auto()  # company details, aging buckets, rates, letter texts
    EVERYTHING = CLIENTS | INVOICES | PAYMENTS | LETTERS | PLANS | SETTINGS
