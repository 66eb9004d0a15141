"""Everything fits the smallest supported screen, 1024×768, in Dutch and in English: the
main window with a client open, every dialog and the letter window; and on a laptop and
a large screen the list shows what matters (issue 9, "Fits every screen").

The test platform has no real screen: what is asserted is what a window asks for (its
minimum size) and how it lays itself out when given the screen's size.
"""

import pytest
from PySide6.QtCore import QPoint, QSize

from debiteur_desk.domain import clock
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.ui.i18n import install_translators, remove_translators
from debiteur_desk.ui.main_window import MainWindow
from tests.ui.every_window import client_windows, main_windows

SCREEN = QSize(1024, 768)
# A dialog sits under its title bar, on a screen that has a taskbar: room for both.
DIALOG_ROOM = QSize(1024, 768 - 80)


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def book(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    fill_demo(db, clients=30, invoices=240, seed=5)
    return db


def open_window(qtbot, db, language, size):
    window = MainWindow(db, language)
    qtbot.addWidget(window)
    window.resize(size)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return window


def open_client(qtbot, window):
    window.open_client(window.overview.visible_rows()[0].id)
    view = window.client_tabs.currentWidget()
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    window.ops.wait()
    qtbot.wait(50)
    return view


def within(widget, window) -> bool:
    """The widget is inside the window, whole, and not squeezed below what it asks for."""
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= window.width()


def test_a_client_open_beside_the_list_fits_1024x768(qtbot, book, language):
    window = open_window(qtbot, book, language, SCREEN)
    view = open_client(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height()
    assert window.size() == SCREEN  # the client's page did not force the window wider
    listed, client = window.splitter.sizes()
    assert listed >= 380 and client >= 590  # both usable, neither a strip
    assert len(window.overview.totals.shown_lines()) <= 2
    # Every action, invoice button and timeline filter whole and on screen (no "Fa…en").
    buttons = [view.edit_button, view.letter_button, view.invoices.handover_button]
    for button in [*buttons, *view.timeline.buttons.values()]:
        assert button.width() >= button.sizeHint().width()
        assert within(button, window), button.text()
    for widget in (window.bucket_bar, window.filter_bar.as_of, window.filter_bar.today):
        assert within(widget, window)
    # At least six invoices in view: the page scrolls rather than squeeze them.
    table = view.invoices.table
    assert table.viewport().height() >= 6 * table.verticalHeader().defaultSectionSize()


def test_every_dialog_and_the_letter_window_fit_1024x768(qtbot, book, language):
    window = open_window(qtbot, book, language, SCREEN)
    view = open_client(qtbot, window)
    makers = [*client_windows(view, clock.today()), *main_windows(window, clock.today())]
    assert len(makers) >= 14
    for name, make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        hint = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert hint.width() <= DIALOG_ROOM.width(), name
        assert hint.height() <= DIALOG_ROOM.height(), name
        window.ops.wait()
        dialog.close()


@pytest.mark.parametrize("width", [1366, 1920])
def test_the_next_step_is_whole_on_a_laptop_and_names_on_a_large_screen(
    qtbot, book, language, width
):
    window = open_window(qtbot, book, language, QSize(width * 9 // 10, 700))
    panel = window.overview
    keys = [column.key for column in panel.model.columns]
    step = keys.index("next_action")
    qtbot.waitUntil(lambda: bool(panel.model.index(0, step).data()), timeout=10_000)
    panel.fit_columns()
    header, metrics = panel.view.horizontalHeader(), panel.view.fontMetrics()
    whole = ["next_action", "name"] if width >= 1920 else ["next_action"]
    for key in whole:
        column = keys.index(key)
        texts = [panel.model.index(row, column).data() for row in range(panel.model.rowCount())]
        assert not header.isSectionHidden(column), key
        assert header.sectionSize(column) >= max(map(metrics.horizontalAdvance, texts)), key
    visible = sum(header.sectionSize(i) for i in range(len(keys)) if not header.isSectionHidden(i))
    assert visible <= panel.view.viewport().width()  # no sideways scrolling
