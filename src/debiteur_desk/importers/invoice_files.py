"""An invoice file's rows, whatever it is: a UBL e-invoice (one invoice or credit note),
or a CSV/Excel export read with a column mapping (guessed from its header unless given)."""

from __future__ import annotations

from debiteur_desk.importers import ubl
from debiteur_desk.importers.invoice_rows import FIELDS, ImportedInvoice, guess_mapping
from debiteur_desk.importers.invoice_table import Table, invoices_from_table, read_table
from debiteur_desk.importers.statement import ImportRefused


def mapping_for(table: Table, columns: dict[str, str] | None = None) -> dict[int, str]:
    """The guessed mapping (column index → field), with ``columns`` (field → header, as
    the user chose them) taking precedence."""
    mapping = guess_mapping(table.headers)
    for field, header in (columns or {}).items():
        if field not in FIELDS:
            raise ImportRefused("import_field_unknown", field=field, fields=", ".join(FIELDS))
        if header not in table.headers:
            raise ImportRefused("import_header_unknown", header=header)
        mapping = {i: f for i, f in mapping.items() if f != field}
        mapping[table.headers.index(header)] = field
    return mapping


def read_invoices(
    data: bytes, suffix: str, columns: dict[str, str] | None = None
) -> list[ImportedInvoice]:
    if ubl.looks_like(data):
        return [ubl.read_ubl(data)]
    table = read_table(data, suffix)
    return invoices_from_table(table, mapping_for(table, columns))
