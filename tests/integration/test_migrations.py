"""Every revision is tested on a database made at the revision before it, full of rows."""

from sqlalchemy import create_engine, inspect, text

from debiteur_desk.store import migrate
from debiteur_desk.store.database import Database, make_engine
from tests.conftest import drop_book


def _fill_every_table(connection):
    """One or two rows in each table that exists at this revision; returns what was written."""
    now = "'2026-01-01 00:00:00.000000'"
    statements = {
        "clients": [
            "INSERT INTO clients VALUES (1, 'Jansen & Zn', 'business', 'Piet', '06', 'p@x.nl',"
            " 'Dorpsstraat 1', '1234 AB', 'Utrecht', 'NL', '12345678', '', '', 30, 'nl', '',"
            f" {now}, {now})",
            "INSERT INTO clients VALUES (2, 'Émile Brontë', 'consumer', '', '', '', '', '', '',"
            f" 'NL', '', '', '', 14, 'en', '', {now}, {now})",
        ],
        "invoices": [
            "INSERT INTO invoices VALUES (1, '2026-001', 1, 739617, 739647, 12100, 2100, 'EUR',"
            f" 'Werk', '5000056789012345', 739617, 'email', 'p@x.nl', 0, 0, NULL, '', 2100, 0,"
            f" 10000, {now}, {now})"
        ],
        "payments": [
            "INSERT INTO payments VALUES (1, 1, 739650, 2100, 'bank', 'Jansen', '', 'deel', NULL,"
            f" 0, {now})"
        ],
        "payment_allocations": ["INSERT INTO payment_allocations VALUES (1, 1, 1, 2100)"],
        "credit_notes": [],
        "settings": [f"INSERT INTO settings VALUES ('company.name', 'Van Dam', {now})"],
        "audit_log": [
            f"INSERT INTO audit_log VALUES (1, {now}, 'tester', 'demo', 'x', NULL, '{{}}')"
        ],
    }
    present = set(inspect(connection).get_table_names())
    written = {}
    for table, rows in statements.items():
        if table in present:
            for sql in rows:
                connection.execute(text(sql))
            written[table] = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
    return written


def test_upgrade_from_first_revision_keeps_every_row(tmp_path):
    revisions = [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]
    assert revisions[0] == "0001" and len(revisions) >= 2
    # The app's own engine: foreign keys on, as when a user's book is upgraded. A table
    # that SQLite must rebuild (invoices in 0003) is dropped and made again meanwhile.
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    with engine.begin() as connection:
        migrate.upgrade(connection, revisions[0])
        written = _fill_every_table(connection)
    assert set(written) >= {"clients", "invoices", "payments", "payment_allocations"}
    for target in revisions[1:]:
        migrate.upgrade_book(engine, target)
        with engine.connect() as connection:
            for table, rows in written.items():
                after = connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
                # Columns may be added, never lost: every old value is still there, in order.
                assert [tuple(r)[: len(rows[0])] for r in after] == [tuple(r) for r in rows], table
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_the_migrated_schema_is_the_models_schema(tmp_path, backend, request):
    """New books come from the models (create_all), old ones from the migrations: the two
    must not drift apart (Alembic's compare_metadata finds any table, column, index or
    type the one has and the other lacks)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from debiteur_desk.store.models import Base

    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'migrated.sqlite'}"
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, "head")
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": False}
            )
            differences = compare_metadata(context, Base.metadata)
        assert differences == []
    finally:
        if backend == "postgresql":
            drop_book(Database(url, engine))
        engine.dispose()
