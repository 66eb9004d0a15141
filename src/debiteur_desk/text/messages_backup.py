"""Messages about backups and restoring them (merged into ``messages.CATALOGUE``).

code: (Dutch, English); values in {braces} come from the error's params.
"""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, tuple[str, str]] = {
    "backup_not_sqlite": (
        "Een back-up wordt alleen teruggezet in een boek op deze pc. Voor het boek op de "
        "server: open de back-up als boek op deze pc en kopieer dat met 'debiteur-desk "
        "migrate-to' naar een lege database op de server.",
        "A backup is only put back into a book on this PC. For the book on the server: open "
        "the backup as a book on this PC and copy it with 'debiteur-desk migrate-to' to an "
        "empty database on the server.",
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
