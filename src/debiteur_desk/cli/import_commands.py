"""``debiteur-desk import statement FILE… [--dry-run] [--json]``,
``debiteur-desk import invoices FILE… [--column F=H] [--business] [--apply-changes]
[--dry-run] [--json]`` and ``debiteur-desk import undo BATCH_ID``: bank statements and
invoices in, and a whole import back out.

A file that cannot be imported exits 1 with one line on stderr and changes nothing;
with several files, each is imported in its own transaction (its own batch)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from debiteur_desk.cli.statement_report import StatementReport
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers import ubl
from debiteur_desk.importers.invoice_files import mapping_for
from debiteur_desk.importers.invoice_rows import ImportedInvoice
from debiteur_desk.importers.invoice_table import invoices_from_table, read_table
from debiteur_desk.services.backup import auto_backup
from debiteur_desk.services.book import Database, open_book
from debiteur_desk.services.import_batches import undo_import
from debiteur_desk.services.invoice_import import (
    InvoiceImport,
    PlannedInvoice,
    import_invoices,
    remember_columns,
    remembered_columns,
)
from debiteur_desk.services.statement_import import import_statement
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages_import import change_word


def cmd_import_statement(args: argparse.Namespace) -> None:
    paths = [Path(name) for name in args.files]
    for path in paths:
        if not path.is_file():
            raise InvalidInput("file_not_found", path=str(path))
    db = open_book(args.db, create=False).database
    if not args.dry_run:
        auto_backup(db, "before-import")
    report = StatementReport()
    try:
        results = [
            run_to_end(import_statement(db, path, file_name=path.name, dry_run=args.dry_run,
                                        on_line=report))
            for path in paths
        ]  # fmt: skip
        if args.json:
            ids = [r.batch_id for r in results if r.batch_id is not None]
            tail = {
                "dry_run": any(r.dry_run for r in results),
                "batch_id": ids[-1] if ids else None,  # the last file's (null: a dry run)
                "batch_ids": ids,
            }
            report.write_json(sys.stdout, tail)
        else:
            report.write_text(sys.stdout, args.lang)
    finally:
        report.close()


def _invoice_sources(names: list[str]) -> list[Path]:
    """The files named, a folder standing for the UBL .xml files in it."""
    paths: list[Path] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            paths += sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml")
        elif path.is_file():
            paths.append(path)
        else:
            raise InvalidInput("file_not_found", path=str(path))
    return paths


def _columns(pairs: list[str]) -> dict[str, str]:
    columns = {}
    for pair in pairs:
        field, _, header = pair.partition("=")
        if not header:
            raise InvalidInput("import_column_option", text=pair)
        columns[field.strip()] = header.strip()
    return columns


def invoices_json(result: InvoiceImport) -> dict[str, Any]:
    """The public ``--json`` shape of ``import invoices`` (issue 12)."""

    def planned(p: PlannedInvoice) -> dict[str, Any]:
        return {
            "number": p.row.number,
            "line": p.row.source_line,
            "status": p.status,
            "client": p.row.client.name,
            "client_id": p.client_id,
            "client_matched_by": p.matched_by,
            "amount_cents": p.row.amount_cents,
            "open_cents": p.row.open_cents,
            "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in p.changes],
        }

    return {
        "new": result.count("new"),
        "same": result.count("same"),
        "changed": result.count("changed"),
        "credit_notes": result.count("credit_note"),
        "clients_created": result.clients_created,
        "dry_run": result.dry_run,
        "batch_id": result.batch_id,
        "invoices": [planned(p) for p in result.planned],
    }


def _read(db: Database, path: Path, args: argparse.Namespace) -> list[ImportedInvoice]:
    """A UBL file as it is; an export with the mapping remembered for it (or saved under
    ``--mapping``), the header's guess for the rest, and ``--column`` over all; a mapping
    that worked is remembered for next time (and under ``--save-mapping``)."""
    data = path.read_bytes()
    if ubl.looks_like(data):
        return [ubl.read_ubl(data)]
    table = read_table(data, path.suffix)
    columns = {**remembered_columns(db, table.headers, args.mapping), **_columns(args.column)}
    mapping = mapping_for(table, columns)
    rows = invoices_from_table(table, mapping)
    if not args.dry_run:
        used = {field: table.headers[i] for i, field in mapping.items()}
        remember_columns(db, table.headers, used, args.save_mapping)
    return rows


def cmd_import_invoices(args: argparse.Namespace) -> None:
    sources = _invoice_sources(args.files)
    db = open_book(args.db).database  # a shop's first step may be its invoices into a new book
    rows = [row for path in sources for row in _read(db, path, args)]
    if not args.dry_run:
        auto_backup(db, "before-import")
    result = run_to_end(import_invoices(
        db, rows, file_name=", ".join(p.name for p in sources)[:260],
        unknown_kind=ClientKind.BUSINESS if args.business else ClientKind.CONSUMER,
        apply_changes=args.apply_changes, dry_run=args.dry_run,
    ))  # fmt: skip
    if args.json:
        json.dump(invoices_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    nl = args.lang != "en"
    print((f"Nieuw: {result.count('new')}, al in het boek: {result.count('same')}, "
           f"gewijzigd: {result.count('changed')}, creditnota's: {result.count('credit_note')}, "
           f"nieuwe klanten: {result.clients_created}") if nl else
          (f"New: {result.count('new')}, already in the book: {result.count('same')}, "
           f"changed: {result.count('changed')}, credit notes: {result.count('credit_note')}, "
           f"new clients: {result.clients_created}"))  # fmt: skip
    if result.count("changed") and not args.apply_changes:
        print("Niet overgenomen (gebruik --apply-changes):" if nl
              else "Not taken over (use --apply-changes):")  # fmt: skip
    for p in result.planned:
        for change in p.changes:
            old, new = (_change_value(change.field, v, args.lang) for v in (change.old, change.new))
            label = change_word(change.field, args.lang)
            print(f"  {p.row.number}: {label} {old} → {new}")


def _change_value(field: str, text: str, lang: str) -> str:
    if field == "amount_cents":
        return format_money(from_cents(int(text)), lang)
    if field in ("invoice_date", "due_date"):
        return format_date(date.fromisoformat(text), lang)
    return text


def cmd_import_undo(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    undo_import(db, args.batch_id)
    nl = args.lang != "en"
    print(f"Import {args.batch_id} " + ("is teruggedraaid." if nl else "has been undone."))
