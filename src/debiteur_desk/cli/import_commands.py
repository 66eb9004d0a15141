"""``debiteur-desk import statement FILE… [--dry-run] [--json]`` and
``debiteur-desk import undo BATCH_ID``: bank statements in, and a whole import back out.

A file that cannot be imported exits 1 with one line on stderr and changes nothing;
with several files, each is imported in its own transaction (its own batch)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.book import open_book
from debiteur_desk.services.import_batches import undo_import
from debiteur_desk.services.statement_import import ImportedLine, StatementImport, import_statement
from debiteur_desk.text.formatting import format_date, format_money


def _line_json(imported: ImportedLine) -> dict[str, Any]:
    line = imported.line
    return {
        "key": line.key,
        "date": line.booking_date.isoformat(),
        "amount_cents": line.amount_cents,
        "payer": line.counterparty_name,
        "iban": line.counterparty_iban,
        "text": line.remittance,
        "reference": line.reference,
        "reversal": line.reversal,
        "payment_id": imported.payment_id,
        "bank_line_id": imported.bank_line_id,
        "skipped_because": imported.skipped_because or None,
        "matches": [
            {
                "client_id": offer.client_id,
                "invoices": [{"number": n, "amount_cents": c} for n, c in offer.invoices],
                "reason": offer.reason,
                "confidence": round(offer.confidence, 2),
            }
            for offer in imported.offers
        ],
    }


def statement_json(results: list[StatementImport]) -> dict[str, Any]:
    """The public ``--json`` shape (issue 12); ``batch_id`` is the last file's batch (null
    for a dry run), ``batch_ids`` all of them."""
    ids = [r.batch_id for r in results if r.batch_id is not None]
    return {
        "booked": [_line_json(x) for r in results for x in r.booked],
        "review": [_line_json(x) for r in results for x in r.review],
        "skipped": [_line_json(x) for r in results for x in r.skipped],
        "reversals": [
            {**_line_json(x), "reverses_bank_line_id": x.reverses}
            for r in results
            for x in r.reversals
        ],
        "dry_run": any(r.dry_run for r in results),
        "batch_id": ids[-1] if ids else None,
        "batch_ids": ids,
    }


def _print_text(results: list[StatementImport], lang: str) -> None:
    def row(imported: ImportedLine) -> str:
        line = imported.line
        amount = format_money(from_cents(line.amount_cents), lang)
        what = ", ".join(n for offer in imported.offers[:1] for n, _ in offer.invoices)
        day = format_date(line.booking_date, lang)
        return f"  {day}  {amount:>12}  {line.counterparty_name}  {what}"

    nl = lang != "en"
    for title, lines in (
        ("Geboekt" if nl else "Booked", [x for r in results for x in r.booked]),
        ("Na te kijken" if nl else "To review", [x for r in results for x in r.review]),
    ):
        print(f"{title}: {len(lines)}")
        for imported in lines:
            print(row(imported))
    skipped = sum(len(r.skipped) for r in results)
    print(
        (
            "Overgeslagen (geld uit of al ingelezen): "
            if nl
            else "Skipped (money out or already imported): "
        )
        + str(skipped)
    )


def cmd_import_statement(args: argparse.Namespace) -> None:
    contents = []
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            raise InvalidInput("file_not_found", path=str(path))
        contents.append(path.read_bytes())
    db = open_book(args.db, create=False).database
    results = [
        run_to_end(import_statement(db, data, file_name=name, dry_run=args.dry_run))
        for name, data in zip(args.files, contents, strict=True)
    ]
    if args.json:
        json.dump(statement_json(results), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_text(results, args.lang)


def cmd_import_undo(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    undo_import(db, args.batch_id)
    nl = args.lang != "en"
    print(f"Import {args.batch_id} " + ("is teruggedraaid." if nl else "has been undone."))
