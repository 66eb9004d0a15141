"""Bulk loading for the demo book and benchmarks: plain tuples straight to the driver.

Rows carry database values, not Python ones: day numbers for :class:`Day`
columns (``date.toordinal()``) and timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff``
text. Skipping the ORM and SQLAlchemy's per-row processing makes a million
invoices a matter of seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnDefault, Table, func, select, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

CHUNK = 20_000


def timestamp_text(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def table_of(model: type[Any]) -> Table:
    """A mapped class's table (``__table__`` is typed as any FromClause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _driver_marker(connection: Connection) -> str:
    """The parameter marker of the driver's own SQL: SQLite's ``?``, psycopg's ``%s``."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def bulk_insert(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[tuple[Any, ...]],
) -> int:
    """Insert ``rows`` (tuples in ``columns`` order) in chunks; returns the count."""
    unknown = set(columns) - set(table.c.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column(s) {sorted(unknown)}")
    marker, quote = _driver_marker(connection), connection.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join([marker] * len(columns))})"
    count = 0
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            connection.exec_driver_sql(sql, batch)
            count += len(batch)
            batch = []
    if batch:
        connection.exec_driver_sql(sql, batch)
        count += len(batch)
    return count


def advance_id_sequences(connection: Connection, tables: Sequence[Table]) -> None:
    """After rows were given explicit ids: let PostgreSQL's id sequences continue past them.

    SQLite needs nothing (a new rowid is always past the largest); PostgreSQL's serial
    sequences do not see explicit ids and would hand out ones already taken.
    """
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )


def _driver_rows(
    dialect: Dialect, table: Table, rows: Sequence[dict[str, Any]], *, defaults: bool = True
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The rows as the driver takes them: each value through its column type's bind
    processor (what SQLAlchemy does to every parameter), and with ``defaults`` the
    Python-side defaults of the columns the rows leave out (a creation time: one for all,
    as one statement)."""
    names = list(rows[0])
    added: dict[str, Any] = {}
    for column in table.columns if defaults else ():
        default = column.default
        if column.key in names or not isinstance(default, ColumnDefault):
            continue
        added[column.key] = default.arg(None) if default.is_callable else default.arg
    processors = [table.c[name].type.bind_processor(dialect) for name in (*names, *added)]
    tail = tuple(added.values())
    values = [
        tuple(value if process is None else process(value)
              for process, value in zip(processors, (*(row[n] for n in names), *tail),
                                        strict=True))
        for row in rows
    ]  # fmt: skip
    return [table.c[name].name for name in (*names, *added)], values


def insert_rows(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert these rows (each with the same columns) into the model's table in the
    session's transaction, straight to the driver: SQLAlchemy's per-row statement work
    took more time than the database for an import's tens of thousands of rows."""
    if not rows:
        return
    session.flush()  # what the session holds goes first, as session.execute would
    connection = session.connection()
    table = table_of(model)
    columns, values = _driver_rows(connection.dialect, table, rows)
    bulk_insert(connection, table, columns, values)


def update_rows(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Update rows by their ``id`` (each dict: the same columns, ``id`` last), straight
    to the driver as ``insert_rows`` inserts."""
    if not rows:
        return
    session.flush()
    connection = session.connection()
    table = table_of(model)
    columns, values = _driver_rows(connection.dialect, table, rows, defaults=False)
    assert columns[-1] == "id"
    marker, quote = _driver_marker(connection), connection.dialect.identifier_preparer.quote
    assignments = ", ".join(f"{quote(name)} = {marker}" for name in columns[:-1])
    connection.exec_driver_sql(f"UPDATE {table.name} SET {assignments} WHERE id = {marker}", values)


def insert_returning_ids(
    session: Session, model: type[Any], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert these rows (each with the same columns) into the model's table, without the
    ORM's per-row work; their new ids in the same order. Through the table, not the ORM's
    bulk insert: that splits rows whose ``None`` columns differ into many small inserts."""
    if not rows:
        return []
    table = table_of(model)
    if session.get_bind().dialect.name != "sqlite":
        # PostgreSQL: the ids are taken from the table's sequence first (safe beside other
        # writers: each value is handed out once), then the rows go in with them; an
        # INSERT ... RETURNING kept in parameter order took four times as long.
        ids = list(session.scalars(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": len(rows)},
        ))  # fmt: skip
        insert_rows(
            session, model, [{**row, "id": new} for row, new in zip(rows, ids, strict=True)]
        )
        return ids
    # SQLite: a plain executemany is several times faster than INSERT ... RETURNING in
    # batches. This transaction holds the one write lock from its first insert on, and a
    # new rowid is one past the largest, so the rows get consecutive ids ending at the
    # connection's last_insert_rowid().
    insert_rows(session, model, rows)
    last = session.scalar(select(func.last_insert_rowid()))
    assert last is not None
    return list(range(last - len(rows) + 1, last + 1))
