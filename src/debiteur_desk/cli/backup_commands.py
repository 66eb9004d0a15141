"""``debiteur-desk backup [--to PATH]`` and ``debiteur-desk restore PATH [--yes]``.

A backup is one ZIP (the book and its letters, see ``services/backup.py``). Restoring
says what the backup holds and asks before it replaces the book (``--yes`` does not ask);
the current book is kept as a backup first."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services import backup
from debiteur_desk.services.book import open_book
from debiteur_desk.store.database import resolve_url, sqlite_path
from debiteur_desk.text.formatting import format_money


def _describe(info: backup.BackupInfo, lang: str) -> str:
    when = info.made_at.strftime("%d-%m-%Y %H:%M" if lang != "en" else "%d/%m/%Y %H:%M")
    total = format_money(from_cents(info.open_cents), lang)
    if lang == "en":
        return (f"Backup of {when}: {info.clients} clients, {info.invoices} invoices, "
                f"{total} open, {info.letters} letters.")  # fmt: skip
    return (f"Back-up van {when}: {info.clients} klanten, {info.invoices} facturen, "
            f"{total} open, {info.letters} brieven.")  # fmt: skip


def cmd_backup(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    place = backup.backup_place(db)
    assert place is not None  # opened without create: the book is there
    folder, stem = place
    name = f"{stem}-{datetime.now():%Y%m%d-%H%M%S}-manual.zip"
    target = Path(args.to) if args.to else folder / name
    if target.is_dir():  # a folder (a USB stick): the usual name in it
        target = target / name
    info = backup.make_backup(db, target)
    print(_describe(info, args.lang))
    print(str(target))


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.path)
    if not source.is_file():
        raise InvalidInput("file_not_found", path=str(source))
    book = sqlite_path(resolve_url(args.db))
    if book is None:
        raise InvalidInput("backup_not_sqlite")
    info = backup.inspect_backup(source)
    print(_describe(info, args.lang))
    if not args.yes:
        question = ("Replace the book with this backup? [y/N] " if args.lang == "en"
                    else "Het boek vervangen door deze back-up? [j/N] ")  # fmt: skip
        if input(question).strip().lower() not in ("j", "ja", "y", "yes"):
            print("Nothing changed." if args.lang == "en" else "Er is niets veranderd.")
            return 1
    _, kept = backup.restore_backup(book, source)
    open_book(book, create=False).database.close()  # upgrades an older schema, checks it
    if kept is not None:
        print(("The previous book was kept as: " if args.lang == "en"
               else "Het vorige boek is bewaard als: ") + str(kept))  # fmt: skip
    return 0
