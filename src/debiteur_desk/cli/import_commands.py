"""``debiteur-desk import statement FILE… [--dry-run] [--json]``,
``debiteur-desk import invoices FILE… [--column F=H] [--business] [--apply-changes]
[--dry-run] [--json]`` and ``debiteur-desk import undo BATCH_ID``: bank statements and
invoices in, and a whole import back out.

A file that cannot be imported exits 1 with one line on stderr and changes nothing;
with several files, each is imported in its own transaction (its own batch)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from debiteur_desk.cli.invoice_report import InvoiceReport
from debiteur_desk.cli.statement_report import StatementReport
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers import ubl
from debiteur_desk.importers.invoice_files import mapping_for
from debiteur_desk.importers.invoice_rows import ImportedInvoice
from debiteur_desk.importers.invoice_table import Table, invoices_from_table, read_table
from debiteur_desk.importers.statement import HEAD_BYTES
from debiteur_desk.services.backup import auto_backup
from debiteur_desk.services.book import Database, open_book
from debiteur_desk.services.import_batches import undo_import
from debiteur_desk.services.invoice_import import (
    import_invoices,
    remember_columns,
    remembered_columns,
)
from debiteur_desk.services.statement_import import import_statement


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


class _Export:
    """One invoice file to read: a UBL e-invoice, or an export read through its mapping
    (remembered for it, or saved under ``--mapping``, the header's guess for the rest, and
    ``--column`` over all)."""

    def __init__(self, db: Database, path: Path, args: argparse.Namespace) -> None:
        self.path = path
        with path.open("rb") as stream:
            self.ubl = ubl.looks_like(stream.read(HEAD_BYTES))
        self.table: Table | None = None
        self.mapping: dict[int, str] = {}
        if not self.ubl:
            self.table = read_table(path, path.suffix)
            headers = self.table.headers
            columns = {**remembered_columns(db, headers, args.mapping), **_columns(args.column)}
            self.mapping = mapping_for(self.table, columns)
            invoices_from_table(self.table, self.mapping)  # a mapping that lacks a field: now

    def rows(self) -> Iterator[ImportedInvoice]:
        if self.table is None:
            return iter([ubl.read_ubl(self.path.read_bytes())])
        return invoices_from_table(self.table, self.mapping)

    def remember(self, db: Database, name: str | None) -> None:
        """The mapping that worked, for next time (and under ``name``)."""
        if self.table is not None:
            used = {field: self.table.headers[i] for i, field in self.mapping.items()}
            remember_columns(db, self.table.headers, used, name)


def cmd_import_invoices(args: argparse.Namespace) -> None:
    sources = _invoice_sources(args.files)
    db = open_book(args.db).database  # a shop's first step may be its invoices into a new book
    exports = [_Export(db, path, args) for path in sources]
    if not args.dry_run:
        auto_backup(db, "before-import")
    report = InvoiceReport()
    try:
        result = run_to_end(import_invoices(
            db, chain.from_iterable(export.rows() for export in exports),
            file_name=", ".join(p.name for p in sources)[:260],
            total=sum(e.table.lines if e.table is not None else 1 for e in exports),
            unknown_kind=ClientKind.BUSINESS if args.business else ClientKind.CONSUMER,
            apply_changes=args.apply_changes, dry_run=args.dry_run, on_row=report,
        ))  # fmt: skip
        if not args.dry_run:
            for export in exports:
                export.remember(db, args.save_mapping)
        if args.json:
            report.write_json(sys.stdout, result)
        else:
            report.write_text(sys.stdout, result, args.lang, args.apply_changes)
    finally:
        report.close()


def cmd_import_undo(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    undo_import(db, args.batch_id)
    nl = args.lang != "en"
    print(f"Import {args.batch_id} " + ("is teruggedraaid." if nl else "has been undone."))
