"""``debiteur-desk migrate-to URL [--json]``: the book copied to another database and
checked table by table (``services/copy_book.py``)."""

from __future__ import annotations

import argparse
import json

from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.book import open_book
from debiteur_desk.services.copy_book import copy_book
from debiteur_desk.store.database import resolve_url


def cmd_migrate_to(args: argparse.Namespace) -> None:
    source = open_book(args.db, create=False).database
    copied = run_to_end(copy_book(source, resolve_url(args.url)))
    if args.json:
        print(json.dumps([{"table": c.table, "rows": c.rows, "cents": c.cents} for c in copied]))
        return
    for c in copied:
        print(f"{c.table:<24} {c.rows:>9}")
    print("Alle tabellen gekopieerd en gecontroleerd: zelfde aantallen en bedragen."
          if args.lang != "en" else
          "Every table copied and checked: the same counts and amounts.")  # fmt: skip
