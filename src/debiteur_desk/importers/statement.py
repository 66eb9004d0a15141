"""One line of a bank statement, as every statement reader returns it."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from debiteur_desk.domain.errors import InvalidInput

# How much of a file's start the readers' ``looks_like`` are given to tell the formats
# apart (and the XML reader to find a DOCTYPE, which comes before the root element).
HEAD_BYTES = 65536


class ImportRefused(InvalidInput):
    """A file that cannot be imported: what is wrong, and where (``line`` when known).

    ``code`` names the message (``text/messages_import.py``); ``params`` fill it."""


@dataclass(frozen=True, slots=True)
class StatementLine:
    account_iban: str  # our account the line is on
    booking_date: date
    value_date: date | None
    amount_cents: int  # signed: > 0 money in, < 0 money out
    counterparty_name: str  # "" when the format has none
    counterparty_iban: str  # normalised: upper case, no spaces; "" when unknown
    remittance: str  # the free text, its pieces joined with one space
    reference: str  # a structured reference (betalingskenmerk or RF...), "" if none
    end_to_end_id: str  # "" if none
    mandate_id: str  # SEPA direct debit mandate, "" if none
    bank_reference: str  # the bank's own id of the entry, "" if none
    reversal: bool  # a return or reversal of an earlier entry (RvslInd, RC/RD, retour)
    return_reason: str  # e.g. "MD06", "" if none
    # Stable across re-imports of the same file or an overlapping one: statement id +
    # entry reference where the format has them; otherwise the line's own fields plus
    # its occurrence number among identical lines of the same day (two identical card
    # payments are two payments). "" as a reader yields it: ``FileKeys`` sets it.
    key: str = ""


def fields_digest(
    booking_date: date, amount_cents: int, counterparty_iban: str, remittance: str
) -> str:
    """A line's own fields, for a key when the bank gives no usable entry reference.
    Hashed: the key is stored with the payment (100 characters at most)."""
    text = " ".join(remittance.split()).casefold()
    fields = f"{booking_date.isoformat()}|{amount_cents}|{counterparty_iban}|{text}"
    return hashlib.sha256(fields.encode()).hexdigest()[:32]


def _digest(line: StatementLine) -> str:
    return fields_digest(
        line.booking_date, line.amount_cents, line.counterparty_iban, line.remittance
    )


def _with_key(line: StatementLine, key: str) -> StatementLine:
    # What dataclasses.replace does, spelled out: it costs a tenth, once per line.
    return StatementLine(
        line.account_iban, line.booking_date, line.value_date, line.amount_cents,
        line.counterparty_name, line.counterparty_iban, line.remittance, line.reference,
        line.end_to_end_id, line.mandate_id, line.bank_reference, line.reversal,
        line.return_reason, key,
    )  # fmt: skip


class _Tally:
    """Which names occur more than once among many, counted in a private temporary
    SQLite database: a file's bank references and line digests would otherwise take
    memory in step with the file, while the repeated ones, all that is kept, are few."""

    def __init__(self) -> None:
        # "": private, temporary, on disk once it grows. Used by one import at a time,
        # whichever thread ends it (a stopped job may be dropped on another).
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("CREATE TABLE seen (name TEXT NOT NULL)")
        self._pending: list[tuple[str]] = []

    def add(self, name: str) -> None:
        self._pending.append((name,))
        if len(self._pending) >= 1000:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO seen VALUES (?)", self._pending)
        self._pending = []

    def repeated(self) -> frozenset[str]:
        self._flush()
        query = "SELECT name FROM seen GROUP BY name HAVING COUNT(*) > 1"
        return frozenset(name for (name,) in self._db.execute(query))

    def close(self) -> None:
        self._db.close()


class FileKeys:
    """The keys of one file's lines, stable across imports of the same file or an
    overlapping one, in two passes: ``count`` every line, then ``keyed`` each in file
    order.

    A bank reference the file uses once is the key (account + reference). Without one, or
    with one the file uses twice (it cannot tell those lines apart), the key is the line's
    own fields (``fields_digest``) numbered among identical lines in file order: importing
    the file again gives the same keys, and two identical card payments stay two."""

    def __init__(self) -> None:
        self._tally = _Tally()
        self._repeated: frozenset[str] | None = None
        self._numbers: dict[str, int] = {}  # of repeated digests only: the few

    def count(self, line: StatementLine) -> None:
        if line.bank_reference:
            self._tally.add(f"{line.account_iban}|{line.bank_reference}")
        self._tally.add(_digest(line))

    def again(self) -> FileKeys:
        """The same file's counts, numbering from the start: to key its lines once more."""
        keys = FileKeys.__new__(FileKeys)
        keys._tally, keys._repeated, keys._numbers = self._tally, self._repeated, {}
        return keys

    def keyed(self, line: StatementLine) -> StatementLine:
        if self._repeated is None:
            self._repeated = self._tally.repeated()
        account, reference = line.account_iban, line.bank_reference
        if reference and f"{account}|{reference}" not in self._repeated:
            return _with_key(line, f"{account}|ref|{reference}")
        digest = _digest(line)
        number = 1
        if digest in self._repeated:
            number = self._numbers.get(digest, 0) + 1
            self._numbers[digest] = number
        return _with_key(line, f"{account}|{digest}|{number}")

    def close(self) -> None:
        self._tally.close()


def keyed(lines: Iterable[StatementLine]) -> list[StatementLine]:
    """A whole file's lines with their keys (``FileKeys``), for a file read at once."""
    found = list(lines)
    keys = FileKeys()
    try:
        for line in found:
            keys.count(line)
        return [keys.keyed(line) for line in found]
    finally:
        keys.close()
