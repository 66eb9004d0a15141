import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402

from debiteur_desk.domain import clock  # noqa: E402
from debiteur_desk.services.book import open_book  # noqa: E402
from debiteur_desk.store.models import Base  # noqa: E402

# One date for the whole run, in the app and in the tests: a run that crosses midnight
# must not compare yesterday's expectations with today's answers.
clock.fix(date.today())

# An empty PostgreSQL database (.ci/run starts one); tests that take ``any_db`` run there too.
PG_URL = os.environ.get("DEBITEUR_DESK_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user-data folder."""
    monkeypatch.setenv("DEBITEUR_DESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def today_is():
    """``today_is(day)`` makes the whole app see ``day`` as today, for this test only."""
    session_day = clock.today()
    yield clock.fix
    clock.fix(session_day)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "book.sqlite"


@pytest.fixture
def db(db_path):
    """A fresh SQLite book (tests/ui, tests/unit); tests/integration/conftest.py makes its
    ``db`` on both backends."""
    database = open_book(db_path).database
    yield database
    database.close()


@pytest.fixture
def pg_url():
    """The URL of the empty PostgreSQL database the run was given (or the test skips)."""
    if not PG_URL:
        pytest.skip("set DEBITEUR_DESK_TEST_PG_URL to run on PostgreSQL")
    return PG_URL


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test needs the book as an SQLite file (its path, the file "
        "itself, SQLite's own API); its book is not also made on PostgreSQL",
    )


def pytest_generate_tests(metafunc):
    """``backend``: every test whose book is ``any_db`` (in tests/integration: ``db``) runs
    once per backend, on SQLite only when it is marked ``sqlite_only``."""
    if "backend" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only")
        metafunc.parametrize("backend", BACKENDS[:1] if only_sqlite else BACKENDS)


def drop_book(database) -> None:
    """Leave the PostgreSQL database empty again, as the next test expects it."""
    Base.metadata.drop_all(database.engine)
    with database.engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


@pytest.fixture
def empty_server(pg_url):
    """The run's PostgreSQL database as the server a PC's book moves to (Settings › Book):
    emptied again afterwards, and this PC's choice with it."""
    from debiteur_desk.store import book_location

    yield pg_url
    book_location.choose(None)
    database = open_book(pg_url).database
    drop_book(database)
    database.close()


@pytest.fixture
def any_db(backend, db_path):
    """A fresh book on SQLite, and on PostgreSQL when DEBITEUR_DESK_TEST_PG_URL is set."""
    if backend == "postgresql" and not PG_URL:
        pytest.skip("set DEBITEUR_DESK_TEST_PG_URL to run on PostgreSQL")
    database = open_book(db_path if backend == "sqlite" else PG_URL).database
    yield database
    if backend == "postgresql":
        drop_book(database)
    database.close()


def pytest_terminal_summary(terminalreporter):
    """One line saying which database backends the store's tests ran on, and how many each
    (a run without the PostgreSQL server shows its tests as skipped, not as passed)."""
    counts: dict[str, dict[str, int]] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            params = report.nodeid.partition("[")[2]
            for backend in ("sqlite", "postgresql"):
                if backend in params.replace("]", "-").split("-"):
                    tally = counts.setdefault(backend, {})
                    tally[outcome] = tally.get(outcome, 0) + 1
    if counts:
        parts = [
            f"{backend} " + ", ".join(f"{n} {outcome}" for outcome, n in sorted(tally.items()))
            for backend, tally in sorted(counts.items())
        ]
        terminalreporter.write_line("database backends: " + "; ".join(parts))


@pytest.fixture
def company_book(db, tmp_path, monkeypatch):
    """A book with the demo company's details (letters need them), its letters filed in
    the test's own folder."""
    from debiteur_desk.services.demo import DEMO_COMPANY
    from debiteur_desk.services.settings import change_setting

    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    return db


@pytest.fixture
def vault():
    """An in-memory system keyring for the mail server's password (never the real one)."""
    import keyring

    from tests.integration.fake_mail import no_keyring, use_memory_keyring

    backend = use_memory_keyring()
    yield backend
    keyring.set_keyring(no_keyring())


@pytest.fixture
def server():
    """A fake SMTP server on 127.0.0.1 that keeps what it is sent."""
    from tests.integration.fake_mail import FakeSmtpServer

    fake = FakeSmtpServer()
    yield fake
    fake.close()
