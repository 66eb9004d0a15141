"""The service and store tests run on both backends: their book ``db`` (and so
``company_book``) is ``any_db``, made on SQLite and, when DEBITEUR_DESK_TEST_PG_URL is set,
on PostgreSQL. A test about the SQLite file itself is marked ``sqlite_only``. (tests/ui
keeps the SQLite-only ``db`` of tests/conftest.py.)"""

import pytest


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def book_url(db):
    """What a test gives the command line's ``--db``: the book's URL, on either backend."""
    return db.url
