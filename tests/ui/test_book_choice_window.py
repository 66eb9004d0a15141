"""Settings › Book › Change… (issue 14, "the same app against a PostgreSQL server by URL or
Settings, with a test connection button"), driven as a shop owner would: type the server,
test the connection, copy this book there; the window is then built again on the server
book. A server that does not answer changes nothing, and at start-up it offers the way
back to the book on this PC."""

from PySide6.QtWidgets import QDialog, QMessageBox

from debiteur_desk import app
from debiteur_desk.services.book_choice import ServerAddress
from debiteur_desk.store import book_location
from debiteur_desk.store.database import default_database_path, sqlite_path
from debiteur_desk.ui.book_dialog import BookDialog
from debiteur_desk.ui.settings_dialog import SettingsDialog
from tests.ui.dialog_fill import accept_with


def settings_with(monkeypatch, fill):
    """Settings filled in by ``fill`` and confirmed (it is no FormDialog: OK by its box)."""

    def fake_exec(dialog):
        fill(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)


def type_server(dialog, address):
    dialog.on_server.setChecked(True)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)


def test_the_book_moves_to_the_server_and_the_window_shows_it_there(
    qtbot,
    empty_server,
    host,
    monkeypatch,
):
    address = ServerAddress.of(empty_server)
    said = []

    def fill_book(dialog):
        assert not dialog.test_button.isEnabled()  # nothing typed yet
        type_server(dialog, address)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: "works" in dialog.result.text(), timeout=15_000)
        said.append(dialog.result.text())
        assert dialog.copy_box.isChecked() and dialog.copy_box.isEnabled()

    def fill_settings(dialog):
        dialog.book_button.click()
        said.append(dialog.book_state.text())

    accept_with(monkeypatch, BookDialog, fill_book)
    settings_with(monkeypatch, fill_settings)
    old = host.window
    old.window_actions.settings.trigger()
    qtbot.waitUntil(lambda: host.window is not old, timeout=30_000)
    new = host.window
    assert "The database is empty" in said[0]
    assert said[1] == f"After OK: On the server {address.host}, database {address.database}"
    assert ServerAddress.of(new.db.url) == address
    qtbot.waitUntil(lambda: len(new.overview.clients()) == 8, timeout=10_000)
    assert "copied to the server" in new.statusBar().currentMessage()
    assert ServerAddress.of(book_location.chosen_url()) == address


def test_a_server_that_does_not_answer_leaves_the_window_on_its_book(qtbot, host, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))

    def fill_book(dialog):
        type_server(dialog, ServerAddress("127.0.0.1", "debiteuren", "winkel", 1))

    accept_with(monkeypatch, BookDialog, fill_book)
    settings_with(monkeypatch, lambda dialog: dialog.book_button.click())
    old = host.window
    old.window_actions.settings.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "No connection with the database at" in warned[0]
    assert host.window is old
    assert sqlite_path(old.db.url) is not None
    assert book_location.chosen_url() is None


def test_at_start_a_server_that_does_not_answer_offers_the_book_on_this_pc(monkeypatch, qapp):
    book_location.choose("postgresql+psycopg://winkel@127.0.0.1:1/debiteuren")
    asked = []
    monkeypatch.setattr(app, "_offer_demo", lambda language: False)
    monkeypatch.setattr(
        app, "_ask_server_unreachable", lambda message, language: asked.append(message) or "this_pc"
    )
    opened = app._open_book(None, "nl", smoke_test=False)
    try:
        assert asked and "Geen verbinding met de database op" in asked[0]
        assert sqlite_path(opened.database.url) == default_database_path()
        assert book_location.chosen_url() is None  # the way back is the PC's choice now
    finally:
        opened.database.close()
