"""Which bank format a statement file is, from its content (never its name), and its lines."""

from __future__ import annotations

from debiteur_desk.importers import bank_csv, camt053, mt940
from debiteur_desk.importers.statement import ImportRefused, StatementLine

# XML and MT940 announce themselves; the CSV layouts are told apart by their header.
READERS = (camt053, mt940, bank_csv)


def read_statement(data: bytes) -> list[StatementLine]:
    if not data.strip():
        raise ImportRefused("import_empty")
    for reader in READERS:
        if reader.looks_like(data):
            return reader.read(data)
    raise ImportRefused("import_unknown_format")
