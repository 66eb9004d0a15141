"""Messages about backups and restoring them (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, tuple[str, str]] = {
    "backup_not_sqlite": (
        "Alleen een boek in een SQLite-bestand kan hier worden geback-upt; voor PostgreSQL "
        "gebruikt u pg_dump.",
        "Only a book in an SQLite file can be backed up here; for PostgreSQL use pg_dump.",
    ),
    "backup_not_ours": (
        "'{path}' is geen back-up van Debiteur Desk.",
        "'{path}' is not a Debiteur Desk backup.",
    ),
    "backup_damaged": (
        "De back-up '{path}' is beschadigd ({detail}); er is niets teruggezet.",
        "The backup '{path}' is damaged ({detail}); nothing was restored.",
    ),
}
