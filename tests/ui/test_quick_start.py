"""The window started the quick way (app.py, services/quick_open.py): it shows the overview
it is handed without reading it again, then finishes opening the book on the worker
before anything else, and fills in the rest (next actions) as usual."""

import os
import subprocess
import sys
from datetime import date

import pytest

from debiteur_desk.domain import clock
from debiteur_desk.services import book, collection_state
from debiteur_desk.services import overview as overview_service
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.quick_open import QuickOpen
from debiteur_desk.ui.main_window import MainWindow


@pytest.fixture
def demo_path(db, db_path):
    fill_demo(db, clients=30, invoices=240, seed=5)
    db.close()
    return db_path


def test_handed_overview_is_shown_without_a_second_read(qtbot, demo_path, monkeypatch):
    opened = QuickOpen(demo_path, clock.today()).result()
    assert opened is not None and opened.first_overview is not None
    order: list[str] = []
    reads = []
    real_read = overview_service.client_overview
    real_refresh = collection_state.refresh_collection_state
    monkeypatch.setattr(
        overview_service, "client_overview", lambda *a: reads.append(a) or real_read(*a)
    )
    monkeypatch.setattr(
        collection_state,
        "refresh_collection_state",
        lambda *a: order.append("collection state") or real_refresh(*a),
    )

    def opening() -> None:
        order.append("opening")
        book.finish_opening(opened.database)

    window = MainWindow(
        opened.database, "nl", first_overview=opened.first_overview, opening=opening
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.overview.overview is opened.first_overview
    assert window.overview.proxy.rowCount() == len(opened.first_overview.clients)
    owing = next(c.id for c in opened.first_overview.clients if c.overdue)
    model = window.overview.client_model
    qtbot.waitUntil(lambda: model.next_action(owing) is not None, timeout=10_000)
    window.ops.wait()
    assert order == ["opening", "collection state"]
    assert reads == []  # the handed-over overview was not read again
    window.refresh()  # F5 reads the book as usual
    qtbot.waitSignal(window.loaded, timeout=10_000).wait()
    window.ops.wait()
    assert len(reads) == 1
    opened.database.close()


def test_an_overview_of_another_day_is_read_again(qtbot, demo_path):
    """Started just before midnight: the handed-over overview is yesterday's."""
    opened = QuickOpen(demo_path, date(2026, 1, 5)).result()
    assert opened is not None
    window = MainWindow(opened.database, "nl", first_overview=opened.first_overview)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert window.overview.overview.as_of == clock.today()
    window.ops.wait()
    opened.database.close()


def test_the_entry_point_takes_the_quick_way_for_an_up_to_date_book(demo_path):
    """The real start-up (in its own process: an application that has run exec() once
    cannot serve the other tests): no open_book (lifecycle) for a book needing nothing."""
    code = (
        "import sys; from debiteur_desk.services import book;"
        "book.open_book = lambda *a, **k: sys.exit('open_book was called');"
        "from debiteur_desk.cli import main;"
        f"sys.exit(main(['--db', {str(demo_path)!r}]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEBITEUR_DESK_EXIT_AFTER_MS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_closing_hides_the_window_before_waiting_for_the_worker(qtbot, demo_path, monkeypatch):
    opened = QuickOpen(demo_path, clock.today()).result()
    assert opened is not None
    window = MainWindow(opened.database, "nl", first_overview=opened.first_overview)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    seen = []
    real_wait = window.ops.wait
    monkeypatch.setattr(window.ops, "wait", lambda: seen.append(window.isVisible()) or real_wait())
    window.close()
    assert seen and seen[0] is False
    opened.database.close()
