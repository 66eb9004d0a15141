"""Alembic, driven from code: the scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    command.upgrade(alembic_config(connection), target)


def stamp(connection: Connection, target: str = "head") -> None:
    command.stamp(alembic_config(connection), target)


def upgrade_book(engine: Engine, target: str = "head") -> None:
    """Upgrade a book in one transaction.

    To change a table SQLite makes a new one, copies the rows and drops the old one
    (Alembic's batch mode). With foreign keys on, that drop would refuse, or cascade
    through, every row that points at the table; so, as SQLite's documentation
    prescribes for schema changes, they are off during the upgrade and every reference
    is checked before it commits."""
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            upgrade(connection, target)
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        connection.commit()
        try:
            with connection.begin():
                upgrade(connection, target)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the upgrade broke references: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
