"""The numbers an export has given so far, and the line each came from.

Why on disk: a number given twice in one export refuses the file, so every number read
must be remembered until the end; in memory that grew with the file (issue 12: memory
flat in the file size). They are kept in a private temporary SQLite database instead,
asked a block of rows at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

_CHUNK = 500  # keys per query: well under SQLite's limit on parameters


class FileNumbers:
    """Keys (an invoice's number, a credit note's marked as such) met in one file."""

    def __init__(self) -> None:
        # "": private, temporary, on disk once it grows. One import uses it at a time,
        # whichever thread ends it (a stopped job may be dropped on another).
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")

    def add(self, keyed: Sequence[tuple[str, int]]) -> tuple[str, int, int] | None:
        """Remember these (key, line) pairs, in file order; the first whose key came
        before (in this block or an earlier one) as (key, line, first line), and then
        nothing is remembered."""
        earlier: dict[str, int] = {}
        keys = [key for key, _ in keyed]
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            earlier.update(self._db.execute(f"SELECT key, line FROM seen WHERE key IN ({marks})",
                                            chunk))  # fmt: skip
        for key, line in keyed:
            if key in earlier:
                return key, line, earlier[key]
            earlier[key] = line
        self._db.executemany("INSERT INTO seen VALUES (?, ?)", keyed)
        return None

    def __contains__(self, key: str) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE key = ?", (key,)).fetchone() is not None

    def close(self) -> None:
        self._db.close()
