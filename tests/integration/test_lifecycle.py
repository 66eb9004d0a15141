"""Start-up owns the schema: create at head, back up then upgrade, refuse what is not ours."""

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from debiteur_desk.domain.errors import DatabaseProblem
from debiteur_desk.services.book import open_book
from debiteur_desk.store import migrate
from debiteur_desk.store.models import Base
from debiteur_desk.store.schema import SCHEMA_HEAD


def test_new_database_is_created_at_head_with_rates(db_path):
    result = open_book(db_path)
    assert result.created and result.upgraded_from is None and result.backup is None
    with result.database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        rates = connection.execute(text("SELECT count(*) FROM interest_rates")).scalar()
    assert rates >= 18
    result.database.close()


def test_reopening_changes_nothing(db_path):
    open_book(db_path).database.close()
    again = open_book(db_path)
    assert not again.created and again.backup is None and again.upgraded_from is None
    again.database.close()
    assert not (db_path.parent / "backups").exists()


@pytest.mark.sqlite_only(reason="SQLite's PRAGMAs")
def test_sqlite_connection_settings(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 15000


def test_old_database_is_backed_up_then_upgraded(db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.execute(
            text(
                "INSERT INTO clients (name, kind, contact_person, phone, email, street, postcode,"
                " city, country, kvk, btw_id, iban, payment_term_days, language, notes,"
                " created_at, updated_at) VALUES ('Bakkerij Jansen', 'business', '', '', '', '',"
                " '', '', 'NL', '', '', '', 14, 'nl', '', '2026-01-01 00:00:00.000000',"
                " '2026-01-01 00:00:00.000000')"
            )
        )
    engine.dispose()
    result = open_book(db_path)
    assert result.upgraded_from == "0001"
    assert result.backup is not None and result.backup.exists()
    backup = sqlite3.connect(result.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT name FROM clients").fetchall() == [("Bakkerij Jansen",)]
    backup.close()
    with result.database.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert connection.execute(text("SELECT name FROM clients")).scalar() == "Bakkerij Jansen"
    result.database.close()


def test_database_from_newer_version_is_refused_untouched(db_path):
    open_book(db_path).database.close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem) as info:
        open_book(db_path)
    assert info.value.code == "db_too_new"
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_foreign_sqlite_database_is_refused(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem) as info:
        open_book(db_path)
    assert info.value.code == "db_not_ours"


def test_text_file_is_refused(db_path):
    db_path.write_text("not a database at all\n")
    with pytest.raises(DatabaseProblem) as info:
        open_book(db_path)
    assert info.value.code == "db_not_ours"
    assert db_path.read_text() == "not a database at all\n"


def test_missing_file_is_not_created_when_create_is_false(tmp_path):
    target = tmp_path / "absent.sqlite"
    with pytest.raises(DatabaseProblem) as info:
        open_book(target, create=False)
    assert info.value.code == "db_missing"
    assert not target.exists()


def test_migrations_build_exactly_the_models_schema(tmp_path):
    """The shipped migrations and the models must not drift apart."""
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "head")
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_schema_head_constant_is_the_migrations_head():
    assert migrate.head_revision() == SCHEMA_HEAD
