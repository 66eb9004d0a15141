"""Restoring a backup over the book the window has open (File › Restore a backup…).

The window's book is closed first (its connections dropped, the write-ahead log folded
in), the backup checked and put in place by ``backup.restore_backup`` (which keeps the
current book as a backup), and the restored book opened once so that an older schema is
upgraded and checked before the window reads it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from debiteur_desk.services import backup
from debiteur_desk.store.database import Database
from debiteur_desk.store.lifecycle import open_database


@dataclass(frozen=True)
class Restored:
    info: backup.BackupInfo
    kept: Path | None  # the book as it was before, kept as a backup


def restore_into(db: Database, source: Path) -> Restored:
    """Replace the book behind ``db`` by the backup at ``source``; ``db`` stays usable and
    reads the restored book (its engine is made again on the next use). Nothing changes
    when the backup is refused."""
    book = backup.book_file(db)
    db.close()
    info, kept = backup.restore_backup(book, source)
    open_database(book, create=False).database.close()  # upgrades an older schema
    return Restored(info, kept)
