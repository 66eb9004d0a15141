import pytest
from PySide6.QtWidgets import QMessageBox

from debiteur_desk.ui.i18n import install_translators, remove_translators

from .gui_thread_guard import book_off_the_gui_thread


@pytest.fixture(autouse=True)
def window_keeps_the_book_off_the_gui_thread(request):
    """Every UI test: no code in ``ui/`` opens a database session on the GUI thread
    (issue 11; a query there freezes the window for as long as it takes)."""
    if request.node.get_closest_marker("gui_thread_queries"):
        yield
        return
    with book_off_the_gui_thread() as offences:
        yield
    assert not offences, "database used on the GUI thread:\n" + "\n".join(offences)


@pytest.fixture(scope="package", autouse=True)
def garbage_collected_as_in_the_app(qapp):
    """Cycles collected on the GUI thread only, as the app does (``app.py``): with
    Python's own collection a cycle holding a Qt object of an earlier test could be
    freed on the worker, and the GUI thread crashed later (a segfault in a CI run, in
    tests/ui/test_client_view.py, while the worker read a timeline). Python's own again
    after the last UI test: the other tests run without an event loop."""
    from debiteur_desk.ui.worker import collect_garbage_anywhere, collect_garbage_on_gui_thread

    collect_garbage_on_gui_thread(qapp)
    yield
    collect_garbage_anywhere(qapp)


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """A message box in a test would wait for a click forever: fail with its text instead."""

    def refuse(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture(scope="module")
def dutch(qapp):
    """The app as a Dutch user runs it: the shipped translation installed (English source
    strings otherwise). A test module asks for it with ``usefixtures("dutch")``."""
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def ops(qtbot):
    """The window's background path, in Dutch; waited for when the test ends."""
    from debiteur_desk.ui.operations import Operations

    operations = Operations("nl")
    yield operations
    operations.wait()


@pytest.fixture
def host_demo():
    """The demo book under ``host``: (clients, invoices, seed); a test module may override."""
    return 8, 40, 3


@pytest.fixture
def host(qtbot, qapp, db, host_demo):
    """The main window on a demo book, kept by a WindowHost as the app keeps it (a
    language chosen in Settings, a restored backup or another book rebuilds the window)."""
    from debiteur_desk.services.demo import fill_demo
    from debiteur_desk.ui.main_window import MainWindow
    from debiteur_desk.ui.window_host import WindowHost

    clients, invoices, seed = host_demo
    fill_demo(db, clients=clients, invoices=invoices, seed=seed)
    window = MainWindow(db, "en")
    keeper = WindowHost(qapp, window, [])
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    yield keeper
    keeper.window.ops.wait()
    keeper.window.close()
    keeper.remove_translators()
    if keeper.window.db is not db:  # the window moved to another book
        keeper.window.db.close()
