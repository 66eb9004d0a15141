import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from debiteur_desk.services.book import open_book  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user-data folder."""
    monkeypatch.setenv("DEBITEUR_DESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "book.sqlite"


@pytest.fixture
def db(db_path):
    database = open_book(db_path).database
    yield database
    database.close()
