"""The quick way in at start-up (services/quick_open.py): the same first overview as the
usual way, or ``None`` (and the usual way) whenever the book needs anything done."""

import hashlib
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import text

from debiteur_desk.domain import clock
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.overview import client_overview
from debiteur_desk.services.quick_open import QuickOpen
from debiteur_desk.services.settings import change_setting, read_setting
from tests.conftest import PG_URL

pytestmark = pytest.mark.sqlite_only(reason="the quick way in reads the SQLite file itself")


@pytest.fixture
def demo_book(db, db_path):
    fill_demo(db, clients=40, invoices=300, seed=3)
    return db_path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("days_back", [0, 45])
def test_quick_overview_is_the_usual_overview(db, demo_book, days_back):
    """Today, and a day in the past (later payments are added back: the other query)."""
    as_of = clock.today() - timedelta(days=days_back)
    opened = QuickOpen(demo_book, as_of).result()
    assert opened is not None and opened.to_finish
    assert opened.first_overview == client_overview(db, as_of)
    assert opened.first_overview.open_cents > 0
    assert opened.first_start == (not read_setting(db, "app.first_start_done"))


def test_quick_open_reads_settings_it_needs(db, demo_book):
    change_setting(db, "aging.boundaries", [14, 28])
    change_setting(db, "app.first_start_done", True)
    opened = QuickOpen(demo_book, clock.today()).result()
    assert opened is not None
    assert [b.to_days for b in opened.first_overview.buckets] == [0, 14, 28, None]
    assert opened.first_overview == client_overview(db, clock.today())
    assert opened.first_start is False


def test_quick_open_leaves_the_file_alone(db, demo_book):
    db.close()
    before = _digest(demo_book)
    assert QuickOpen(demo_book, clock.today()).result() is not None
    assert _digest(demo_book) == before


def test_the_book_it_hands_over_works_once_finished(demo_book):
    from debiteur_desk.services.book import finish_opening

    opened = QuickOpen(demo_book, clock.today()).result()
    assert opened is not None
    finish_opening(opened.database)
    assert client_overview(opened.database, clock.today()) == opened.first_overview
    opened.database.close()


def test_no_quick_way_for_a_new_file(tmp_path):
    missing = tmp_path / "new.sqlite"
    assert QuickOpen(missing, clock.today()).result() is None
    assert not missing.exists()


def test_no_quick_way_for_a_file_that_is_not_ours(tmp_path):
    foreign = tmp_path / "foreign.sqlite"
    foreign.write_text("geen database")
    assert QuickOpen(foreign, clock.today()).result() is None
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert QuickOpen(empty, clock.today()).result() is None


@pytest.mark.parametrize("revision", ["0001", "9999"])
def test_no_quick_way_for_another_schema(db, demo_book, revision):
    """An older book must be backed up and upgraded, a newer one refused: the usual way."""
    with db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    assert QuickOpen(demo_book, clock.today()).result() is None


def test_no_quick_way_when_a_setting_is_damaged(db, demo_book):
    change_setting(db, "aging.boundaries", [30, 60])
    with db.transaction() as session:  # boundaries out of order: the usual way explains
        session.execute(
            text("UPDATE settings SET value = '[60, 30]' WHERE key = 'aging.boundaries'")
        )
    assert QuickOpen(demo_book, clock.today()).result() is None


@pytest.mark.skipif(not PG_URL, reason="set DEBITEUR_DESK_TEST_PG_URL to run on PostgreSQL")
def test_no_quick_way_for_a_server():
    assert QuickOpen(PG_URL, clock.today()).result() is None


def test_quick_start_loads_no_database_layer(demo_book):
    """The point of it all: the first overview is there before SQLAlchemy is imported."""
    code = (
        "import sys; from datetime import date;"
        "from debiteur_desk.services.quick_open import QuickOpen;"
        f"opened = QuickOpen({str(demo_book)!r}, date.today()).result();"
        "assert opened is not None and opened.first_overview.clients;"
        "opened.database.display_name;"
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=os.environ
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_entry_point_module_is_light():
    """`debiteur-desk` parses its arguments without loading Qt or the database layer."""
    code = (
        "import sys, debiteur_desk.cli; print(sorted({'sqlalchemy','PySide6'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_open_book_still_opens_what_quick_open_declines(tmp_path):
    missing = tmp_path / "new.sqlite"
    assert QuickOpen(missing, clock.today()).result() is None
    opened = open_book(missing)
    assert opened.created
    opened.database.close()
    assert QuickOpen(missing, clock.today()).result() is not None


def test_quick_overview_orders_names_as_the_database_does(db, db_path):
    """The quick read orders its rows itself; names with capitals, accents and twins."""
    from tests.integration import factories

    for name in ("anna", "Zwart", "Çelik", "Émile", "Bakker", "Bakker", "bakker", "Ω-tech"):
        made = factories.client(db, name=name)
        factories.invoice(db, made, f"F-{name}-{made}", "12.50")
    opened = QuickOpen(db_path, clock.today()).result()
    assert opened is not None
    assert opened.first_overview == client_overview(db, clock.today())


def test_quick_open_finds_a_book_whose_path_has_awkward_characters(db, tmp_path):
    fill_demo(db, clients=5, invoices=20, seed=1)
    db.close()
    folder = tmp_path / "Mijn boeken #1 ? (ëxtra) 100%"
    folder.mkdir()
    odd = folder / "boek & co.sqlite"
    odd.write_bytes(next(tmp_path.glob("book.sqlite")).read_bytes())
    opened = QuickOpen(odd, clock.today()).result()
    assert opened is not None and len(opened.first_overview.clients) == 5


def test_a_book_in_a_folder_with_url_characters_opens_that_very_file(tmp_path):
    """'?' ends a URL's path and '%20' is a space in one: neither may lead elsewhere."""
    folder = tmp_path / "Klanten? 100%20 #2"
    folder.mkdir()
    path = folder / "boek.sqlite"
    opened = open_book(path)
    fill_demo(opened.database, clients=3, invoices=10, seed=1)
    assert opened.database.display_name == str(path)
    opened.database.close()
    assert path.exists() and sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
    assert QuickOpen(path, clock.today()).result() is not None
