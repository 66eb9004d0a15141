"""Everything held on one client as one ZIP: the right of access and to data portability
(art. 15 and 20 AVG).

In the ZIP:

* ``gegevens.json``: every row of every table about the client (``client_records``), as
  stored: amounts in cents, dates ISO, the audit entries with their details;
* ``csv/<table>.csv``: the same per table for a spreadsheet (Dutch: ``;`` between cells,
  amounts in euros with a decimal comma; UTF-8 with a BOM; every text cell made safe from
  formulas with ``safe_cell``);
* ``brieven/``: the letter PDFs as filed, their bytes unchanged;
* ``LEESMIJ.txt``: what is in it, in Dutch and English.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from debiteur_desk import __version__
from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.file_names import safe_name
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services import audit
from debiteur_desk.services.client_records import ClientRecords, client_records
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import AuditLog, Base, Letter
from debiteur_desk.store.private_files import create_private_file
from debiteur_desk.text.spreadsheet import safe_cell

KIND = "debiteur-desk-client-export"
JSON_NAME = "gegevens.json"
LETTERS_FOLDER = "brieven"
README = """Gegevens van klant {id}, uit Debiteur Desk, {day} (art. 15 en 20 AVG).

gegevens.json   alles wat over de klant is vastgelegd, per tabel (bedragen in centen)
csv/            dezelfde gegevens per tabel, voor een spreadsheet
brieven/        de verstuurde en gemaakte brieven, precies zoals ze zijn opgeslagen

Data of client {id}, from Debiteur Desk, {day} (art. 15 and 20 GDPR).

gegevens.json   everything recorded about the client, per table (amounts in cents)
csv/            the same per table, for a spreadsheet
brieven/        the letters made and sent, exactly as they were filed
"""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def row_dict(row: Base) -> dict[str, Any]:
    """A row as stored, column by column; the invoices an agreement, plan or letter is
    about by number; an audit entry's details as the JSON they are."""
    values = {attr.key: _plain(getattr(row, attr.key)) for attr in inspect(row).mapper.column_attrs}
    if isinstance(row, AuditLog):
        with contextlib.suppress(json.JSONDecodeError):  # else kept as the text it is
            values["details"] = json.loads(row.details or "{}")
    invoices = getattr(row, "invoices", None)
    if isinstance(invoices, list):
        values["invoice_numbers"] = sorted(i.number for i in invoices)
    return values


def _cell(key: str, value: Any, language: str) -> tuple[str, str]:
    """(header, cell) for a spreadsheet: euros for cents, text made safe."""
    if key.endswith("_cents") and isinstance(value, int):
        text = f"{from_cents(value):.2f}"
        return key.removesuffix("_cents"), text.replace(".", ",") if language == "nl" else text
    if value is None:
        return key, ""
    if isinstance(value, bool):
        return key, "1" if value else "0"
    if isinstance(value, int | float):
        return key, str(value)
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return key, safe_cell(str(value))


def table_csv(rows: Sequence[dict[str, Any]], language: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if language == "nl" else ",")
    for number, row in enumerate(rows):
        cells = [_cell(key, value, language) for key, value in row.items()]
        if number == 0:
            writer.writerow([header for header, _ in cells])
        writer.writerow([cell for _, cell in cells])
    return buffer.getvalue().encode("utf-8-sig")


def _letter_file(letter: Letter) -> tuple[str, bytes] | None:
    """(name in the ZIP, bytes) of a letter's PDF, or None when it is not there."""
    if not letter.file_path:
        return None  # erased (art. 17 AVG): the record alone is left
    path = Path(letter.file_path)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return f"{LETTERS_FOLDER}/{letter.id} {safe_name(path.stem, 'brief')}.pdf", data


def _contents(records: ClientRecords) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    tables = {name: [row_dict(row) for row in rows] for name, rows in records.tables()}
    files: list[tuple[str, bytes]] = []
    for letter, entry in zip(records.letters, tables["letters"], strict=True):
        found = _letter_file(letter)
        entry["file_in_export"] = found[0] if found else None
        if found:
            entry["file_unchanged"] = hashlib.sha256(found[1]).hexdigest() == letter.sha256
            files.append(found)
    return tables, files


def default_export_name(client_id: int, day: date) -> str:
    return f"klant-{client_id}-gegevens-{day.isoformat()}.zip"


def export_client(db: Database, client_id: int, target: Path, *, language: str = "nl") -> Path:
    """Write the client's ZIP to ``target`` (a file, or a folder to put it in); never over
    an existing file. Returns where it is. The export is recorded in the audit log."""
    day = clock.today()
    path = target / default_export_name(client_id, day) if target.is_dir() else target
    if path.exists():
        raise InvalidInput("privacy_export_exists", path=str(path))
    with db.reading() as session:
        records = client_records(session, client_id)
        tables, files = _contents(records)
    document = {
        "kind": KIND,
        "app_version": __version__,
        "exported_on": day.isoformat(),
        "client_id": client_id,
        "tables": tables,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)  # personal data: readable by the user alone
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(JSON_NAME, json.dumps(document, ensure_ascii=False, indent=2))
            for name, rows in tables.items():
                if rows:
                    archive.writestr(f"csv/{name}.csv", table_csv(rows, language))
            for name, data in files:
                archive.writestr(name, data)
            archive.writestr("LEESMIJ.txt", README.format(id=client_id, day=day.isoformat()))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    with db.transaction() as session:
        counts = {name: len(rows) for name, rows in tables.items() if rows}
        audit.record(session, "client.export", "client", client_id, tables=counts)
    return path
