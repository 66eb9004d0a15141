"""Which book this PC opens (issue 14, "Several PCs: PostgreSQL ... by URL or Settings, with
a test connection button"): the choice is this PC's, kept beside the default book without
the password (that goes to the system keyring), followed by the window and the command
line alike; moving to a server opens (or first copies to) the book there and only then
records the choice."""

import json
import os
import stat

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.book_choice import ServerAddress, move_to, place_of, probe
from debiteur_desk.store import book_location
from debiteur_desk.store.database import default_database_path, resolve_url, shown_url
from debiteur_desk.store.models import Client
from debiteur_desk.text.messages import describe
from tests.integration.factories import client

SERVER = "postgresql+psycopg://winkel:geheim@kantoor-pc:5432/debiteuren"
# The book on this PC is a file; the run's PostgreSQL database is the server it moves to.
pytestmark = pytest.mark.sqlite_only("this PC's book is a file; the server is the other book")


def clients_in(database):
    with database.reading() as session:
        return session.scalar(select(func.count(Client.id)))


def test_without_a_choice_this_pc_opens_the_file_in_its_data_folder():
    assert book_location.chosen_url() is None
    assert resolve_url(None) == f"sqlite:///{default_database_path()}"


def test_the_choice_is_kept_without_its_password_which_goes_to_the_keyring(vault):
    book_location.choose(SERVER)
    path = book_location.location_file()
    kept = path.read_text(encoding="utf-8")
    assert "geheim" not in kept
    assert json.loads(kept)["url"] == "postgresql+psycopg://winkel@kantoor-pc:5432/debiteuren"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert book_location.chosen_url() == SERVER
    assert resolve_url(None) == SERVER  # the command line opens the same book
    book_location.choose(None)
    assert resolve_url(None) == f"sqlite:///{default_database_path()}"


def test_a_server_without_a_password_needs_no_keyring():
    url = "postgresql+psycopg://postgres@/debiteuren?host=%2Ftmp%2Fpg&port=5432"
    book_location.choose(url)
    assert book_location.chosen_url() == url


def test_a_damaged_choice_is_said_not_silently_replaced_by_this_pcs_file():
    """Silently opening this PC's file instead of the shop's shared book would have the user
    book payments where the other PCs never see them."""
    book_location.location_file().parent.mkdir(parents=True, exist_ok=True)
    book_location.location_file().write_text("{not json", encoding="utf-8")
    with pytest.raises(DebiteurError) as refused:
        resolve_url(None)
    assert refused.value.code == "book_location_unreadable"
    assert "Instellingen" in describe(refused.value, "nl")


def test_a_server_is_typed_as_parts_and_its_password_may_hold_any_character():
    address = ServerAddress("kantoor-pc", "debiteuren", "winkel", 5433)
    url = address.url("p@ss:w/rd%")
    assert ServerAddress.of(url) == address
    assert make_url(url).password == "p@ss:w/rd%"


@pytest.mark.parametrize(
    ("address", "code"),
    [
        (ServerAddress("", "debiteuren"), "server_host_empty"),
        (ServerAddress("kantoor-pc", " "), "server_database_empty"),
    ],
)
def test_a_server_without_its_name_or_database_is_refused(address, code):
    with pytest.raises(DebiteurError) as refused:
        address.url("")
    assert refused.value.code == code


def test_a_server_that_does_not_answer_is_said_in_words_without_the_password():
    url = "postgresql+psycopg://winkel:geheim@127.0.0.1:1/debiteuren"
    with pytest.raises(DebiteurError) as refused:
        probe(url)
    assert refused.value.code == "server_unreachable"
    message = describe(refused.value, "nl")
    assert "127.0.0.1" in message and "geheim" not in message


def test_moving_to_a_server_that_does_not_answer_keeps_this_pc_on_its_book(db):
    with pytest.raises(DebiteurError):
        run_to_end(move_to("postgresql+psycopg://winkel@127.0.0.1:1/debiteuren", copy_from=db))
    assert book_location.chosen_url() is None


def test_the_connection_test_says_whether_the_server_holds_a_book(empty_server, db):
    assert probe(empty_server).clients is None  # an empty database: nothing made there
    assert probe(empty_server).clients is None
    client(db, name="Bakkerij De Korenschoof")
    client(db, name="Fietsenmaker Spaak")
    moved = run_to_end(move_to(empty_server, copy_from=db))
    moved.close()
    assert probe(empty_server).clients == 2


def test_this_book_moves_to_an_empty_server_and_this_pc_opens_it_from_then_on(empty_server, db):
    client(db, name="Bakkerij De Korenschoof")
    server_book = run_to_end(move_to(empty_server, copy_from=db))
    try:
        assert clients_in(server_book) == 1
        assert place_of(server_book).server == ServerAddress.of(empty_server)
        assert make_url(book_location.chosen_url()) == make_url(empty_server)
    finally:
        server_book.close()
    back = run_to_end(move_to(None))  # and back to this PC's own file
    try:
        assert place_of(back).server is None
        assert book_location.chosen_url() is None
    finally:
        back.close()


def test_a_server_book_is_never_overwritten_by_a_copy(empty_server, db):
    client(db, name="Bakkerij De Korenschoof")
    run_to_end(move_to(empty_server, copy_from=db)).close()
    book_location.choose(None)
    client(db, name="Alleen op deze pc")
    with pytest.raises(DebiteurError) as refused:
        run_to_end(move_to(empty_server, copy_from=db))
    assert refused.value.code == "copy_target_not_empty"
    assert book_location.chosen_url() is None
    assert probe(empty_server).clients == 1


def test_a_server_book_is_shown_as_user_server_and_database_never_its_password():
    """What the status bar and the messages show (no driver name, no URL query)."""
    shown = shown_url("postgresql+psycopg://winkel:geheim@kantoor-pc:5432/debiteuren")
    assert shown == "winkel@kantoor-pc:5432/debiteuren"
    socket = "postgresql+psycopg://postgres@/debiteuren?host=%2Ftmp%2Fpg&port=54329"
    assert shown_url(socket) == "postgres@/tmp/pg:54329/debiteuren"
