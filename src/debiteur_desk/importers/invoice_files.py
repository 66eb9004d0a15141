"""The column mapping of an invoice export: guessed from its header, with the user's
choices (field → header) taking precedence."""

from __future__ import annotations

from debiteur_desk.importers.invoice_rows import FIELDS, guess_mapping
from debiteur_desk.importers.invoice_table import Table
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
