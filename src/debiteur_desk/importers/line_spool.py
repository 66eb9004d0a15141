"""Items kept in a temporary file while an import works through them: a statement's
lines (``LineSpool``), or an invoice export's credit notes, booked after its invoices.

Why: the import goes over a file's lines twice (first what they ask for, to index only
those open invoices; then matching and booking), and a key can only be made once the
whole file has been seen (``statement.FileKeys``). Holding every line in memory made the
import's memory grow with the file (a year of a busy account runs to hundreds of
megabytes); parsing twice would double the time. So the lines are read once and written
here, a thousand at a time with ``marshal`` (our own short-lived file, read back by the
same process: no untrusted data is unmarshalled), and read back one block at a time.
Each kind of item says how it becomes what ``marshal`` writes (plain tuples and texts).
"""

from __future__ import annotations

import marshal
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Generic, TypeVar

from debiteur_desk.importers.statement import StatementLine

BLOCK = 1000
T = TypeVar("T")


def _row(line: StatementLine) -> tuple[Any, ...]:
    value_date = line.value_date.toordinal() if line.value_date else None
    return (line.account_iban, line.booking_date.toordinal(), value_date, line.amount_cents,
            line.counterparty_name, line.counterparty_iban, line.remittance, line.reference,
            line.end_to_end_id, line.mandate_id, line.bank_reference, line.reversal,
            line.return_reason, line.key)  # fmt: skip


def _line(row: tuple[Any, ...]) -> StatementLine:
    (account, booked, valued, cents, name, iban, remittance, reference, e2e, mandate,
     bank_reference, reversal, reason, key) = row  # fmt: skip
    return StatementLine(
        account, date.fromordinal(booked), date.fromordinal(valued) if valued else None,
        cents, name, iban, remittance, reference, e2e, mandate, bank_reference, reversal,
        reason, key,
    )  # fmt: skip


class Spool(Generic[T]):
    """Items added in order, then read back in that order as often as asked; ``dump``
    makes an item what ``marshal`` writes, ``load`` makes it an item again."""

    def __init__(self, dump: Callable[[T], Any], load: Callable[[Any], T]) -> None:
        self._dump, self._load = dump, load
        self._file = tempfile.TemporaryFile(prefix="debiteur-desk-spool-")  # noqa: SIM115
        self._block: list[Any] = []
        self.count = 0

    def add(self, item: T) -> None:
        self._block.append(self._dump(item))
        self.count += 1
        if len(self._block) >= BLOCK:
            self._write()

    def _write(self) -> None:
        if self._block:
            marshal.dump(self._block, self._file)
            self._block = []

    def __iter__(self) -> Iterator[T]:
        self._write()
        self._file.seek(0)
        end = self._file.seek(0, 2)
        position = 0
        while position < end:
            self._file.seek(position)
            block = marshal.load(self._file)
            position = self._file.tell()
            yield from map(self._load, block)

    def close(self) -> None:
        self._file.close()


class LineSpool(Spool[StatementLine]):
    """A statement's lines."""

    def __init__(self) -> None:
        super().__init__(_row, _line)
