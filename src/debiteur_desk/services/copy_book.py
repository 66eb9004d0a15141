"""``debiteur-desk migrate-to URL``: the whole book copied to another database — an SQLite
book to a PostgreSQL server for a shop with several PCs, or back (issue 14).

The target is made at the current schema (it must hold no book yet: no clients, invoices
or letters), every table copied with its ids, in the order the foreign keys need, and then
checked against the source: the same number of rows and the same money (every ``*_cents``
column added up) per table. All of it is one transaction on the target: a difference, an
error or a stop leaves the target as it was. The source is only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, func, insert, select

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.progress import Progress, ProgressJob
from debiteur_desk.store.bulk import advance_id_sequences
from debiteur_desk.store.database import Database
from debiteur_desk.store.lifecycle import open_database
from debiteur_desk.store.models import Base

CHUNK = 5_000
# A target holding any of these already has a book of its own: never overwritten.
BOOK_TABLES = ("clients", "invoices", "letters")


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    cents: dict[str, int]  # column -> its total


def _tables() -> Sequence[Table]:
    return Base.metadata.sorted_tables  # parents before the tables that point at them


def _summary(connection: Connection, table: Table) -> TableCopy:
    money = [c for c in table.columns if c.name.endswith("_cents")]
    row = connection.execute(
        select(func.count(), *(func.coalesce(func.sum(c), 0) for c in money)).select_from(table)
    ).one()
    totals = {c.name: int(v) for c, v in zip(money, row[1:], strict=True)}
    return TableCopy(table.name, int(row[0]), totals)


def copy_book(source: Database, target_url: str) -> ProgressJob[list[TableCopy]]:
    """Copy the book at ``source`` to the (new or empty) database at ``target_url``."""
    if target_url == source.url:
        raise InvalidInput("copy_to_itself")
    target = open_database(target_url, create=True).database
    tables = _tables()
    try:
        with source.reading() as reading, target.transaction() as writing:
            read, write = reading.connection(), writing.connection()
            for name in BOOK_TABLES:
                if write.execute(
                    select(func.count()).select_from(Base.metadata.tables[name])
                ).scalar():
                    raise InvalidInput("copy_target_not_empty", url=target.display_name)
            for table in reversed(tables):  # what creating the target put in (rates, settings)
                write.execute(delete(table))
            copied: list[TableCopy] = []
            for done, table in enumerate(tables):
                yield Progress(done, len(tables), table.name)
                rows = read.execute(select(table).order_by(*table.primary_key.columns))
                while batch := rows.fetchmany(CHUNK):
                    write.execute(insert(table), [dict(r._mapping) for r in batch])
                expected, found = _summary(read, table), _summary(write, table)
                if expected != found:
                    raise InvalidInput("copy_differs", table=table.name)
                copied.append(found)
            advance_id_sequences(write, [t for t in tables if "id" in t.columns])
            yield Progress(len(tables), len(tables))
    finally:
        target.close()
    return copied
