"""Reading a bank statement from the File menu and going through the payments it could not
book, as a shop owner does (issue 12): the file is read and matched on the worker with a
progress dialog, the review dialog opens with what is left, and each decision (book as
proposed, split over invoices, keep as credit, ignore) is saved at once."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from debiteur_desk.services.bank_review import review_lines
from debiteur_desk.services.timeline import client_timeline
from debiteur_desk.ui import import_commands
from debiteur_desk.ui.dialogs import bank_review_dialog
from debiteur_desk.ui.dialogs.bank_review_dialog import BankReviewDialog
from debiteur_desk.ui.main_window import MainWindow
from tests.integration.sample_year import DATA, sample_year_book
from tests.ui.status_log import status_log, told
from tests.ui.translation import dutch


@pytest.fixture(autouse=True)
def _dutch(qapp):
    with dutch(qapp):
        yield


@pytest.fixture
def window(qtbot, db):
    sample_year_book(db)
    win = MainWindow(db, "nl")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.show()
    yield win
    win.ops.wait()


@pytest.fixture
def opened(monkeypatch):
    """The review dialog as ``ask`` would show it, but not modal: the test clicks in it."""
    shown: list[QDialog] = []

    def show(dialog):
        shown.append(dialog)
        dialog.show()
        return False

    monkeypatch.setattr(import_commands, "ask", show)
    return shown


def _read(qtbot, window, monkeypatch, path: Path, opened) -> BankReviewDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.said = status_log(window)
    window.imports.import_statement.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def _decide(qtbot, dialog, button) -> None:
    before = len(dialog.lines)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        button.click()
    assert len(dialog.lines) == before - 1


def test_the_file_menu_reads_a_statement_and_the_review_books_and_learns(
    qtbot, window, db, monkeypatch, opened
):
    assert window.imports.import_statement in window.window_actions.file_menu.actions()
    dialog = _read(qtbot, window, monkeypatch, DATA / "camt053-2026.xml", opened)
    assert len(dialog.lines) == 34 == len(review_lines(db))
    assert told(window.said, "33 betalingen geboekt")
    # The first line with a proposal: booked as proposed, and shown on the timeline.
    row = next(i for i, line in enumerate(dialog.lines) if line.offers)
    line = dialog.lines[row]
    dialog.table.selectRow(row)
    assert dialog.offers.count() == len(line.offers) and dialog.book_button.isEnabled()
    _decide(qtbot, dialog, dialog.book_button)
    client_id = line.offers[0].client_id
    paid = [e for e in client_timeline(db, client_id) if e.kind == "payment"]
    assert any(dict(e.details).get("matched_by") == "confirmed" for e in paid)
    # A line that pays nothing: ignored.
    dialog.table.selectRow(0)
    _decide(qtbot, dialog, dialog.ignore_button)
    assert len(review_lines(db)) == 32


def test_a_payment_split_over_a_clients_invoices(qtbot, window, db, monkeypatch, opened):
    dialog = _read(qtbot, window, monkeypatch, DATA / "camt053-2026.xml", opened)
    row = next(i for i, line in enumerate(dialog.lines) if line.offers)
    line = dialog.lines[row]
    dialog.table.selectRow(row)
    chosen: list = []

    def accept_split(split_dialog):
        chosen.append(split_dialog.allocations)
        return True

    monkeypatch.setattr(bank_review_dialog, "ask", accept_split)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.split_button.click()
    [allocations] = chosen
    assert 0 < sum(cents for _, cents in allocations) <= line.amount_cents
    assert line.id not in {x.id for x in review_lines(db)}


def test_a_broken_statement_says_so_and_changes_nothing(
    qtbot, window, db, monkeypatch, opened, tmp_path
):
    broken = tmp_path / "afschrift.xml"
    broken.write_bytes((DATA / "camt053-2026.xml").read_bytes()[:5000])
    errors: list[str] = []
    monkeypatch.setattr(
        window.ops, "show_error", lambda error, parent=None: errors.append(
            window.ops.message_for(error))
    )  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window.imports.import_statement.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert not opened and review_lines(db) == []
    [message] = errors
    assert "Traceback" not in message and message.strip()


def test_a_line_without_a_proposal_names_no_client(qtbot, window, monkeypatch, opened):
    """Keeping money as credit must go to a client the user chose, not the first in the list."""
    dialog = _read(qtbot, window, monkeypatch, DATA / "camt053-2026.xml", opened)
    row = next(i for i, line in enumerate(dialog.lines) if not line.offers)
    dialog.table.selectRow(row)
    assert dialog.client.currentIndex() == -1 and dialog.client.currentText() == ""
    assert not dialog.credit_button.isEnabled() and not dialog.split_button.isEnabled()
    assert dialog.ignore_button.isEnabled()
    dialog.client.setCurrentIndex(2)
    assert dialog.credit_button.isEnabled() and dialog.split_button.isEnabled()


def test_past_imports_are_in_the_file_menu(qtbot, window, monkeypatch):
    from debiteur_desk.ui.dialogs.imports_dialog import ImportsDialog

    shown: list = []
    monkeypatch.setattr(import_commands, "ask", lambda dialog: shown.append(dialog))
    assert window.imports.past_imports in window.window_actions.file_menu.actions()
    window.imports.past_imports.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ImportsDialog)
    qtbot.waitSignal(dialog.settled, timeout=10_000).wait()


def test_back_up_now_from_the_file_menu(qtbot, window, db, monkeypatch, tmp_path):
    """Issue 14: File › Back up now… writes one ZIP where the user chose (on the worker)."""
    from debiteur_desk.services.backup import inspect_backup

    target = tmp_path / "usb" / "kopie"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.backups.make in window.window_actions.file_menu.actions()
    said = status_log(window)
    window.backups.make.trigger()
    made = target.with_suffix(".zip")
    qtbot.waitUntil(made.exists, timeout=10_000)
    qtbot.waitUntil(lambda: told(said, "Back-up gemaakt"), timeout=10_000)
    assert inspect_backup(made).invoices == 63


def test_the_days_first_start_keeps_a_backup(qtbot, window, db_path):
    """Issue 14: once the window is usable, the day's backup is made on the worker."""
    folder = db_path.parent / "backups"
    qtbot.waitUntil(lambda: any(folder.glob("*-daily.zip")), timeout=10_000)


def test_while_the_review_list_is_read_it_says_so_not_that_all_is_dealt_with(qtbot, window, db):
    """Found by using the app: after a 40,000-line statement the review list takes seconds
    to read, and meanwhile the dialog said "every payment has been dealt with"."""
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.services.statement_import import import_statement

    run_to_end(import_statement(db, DATA / "camt053-2026.xml"))
    dialog = BankReviewDialog(window, window.ops, db, "nl", [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and "afgehandeld" not in dialog.empty.text()
    assert "gelezen" in dialog.empty.text()
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        pass
    assert dialog.model.rowCount() > 0 and not dialog.empty.isVisible()


def test_a_long_list_is_shown_again_in_one_change_not_cell_by_cell(qtbot, window, db):
    """A year's statement can leave thousands of payments to review, and the list is read
    again after every decision. Filled cell by cell into a table widget, every cell told
    the view it changed and the view measured its columns again over all rows: 2,000
    lines took 24 s on the third fill (seen when timing the dialog). As a model, each
    fill is one reset."""
    from datetime import date, timedelta

    from debiteur_desk.services.bank_review import ReviewLine

    lines = [
        ReviewLine(n, date(2026, 1, 1) + timedelta(days=n % 300), 1000 + n, f"Betaler {n}",
                   "NL91ABNA0417164300", f"Betaling factuur {n}", "", ())
        for n in range(1, 401)
    ]  # fmt: skip
    dialog = BankReviewDialog(window, window.ops, db, "nl", [])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.show()
    shown = dialog.table.model()
    cells_changed, resets = [], []
    shown.dataChanged.connect(lambda *_: cells_changed.append(1))
    shown.modelReset.connect(lambda: resets.append(1))
    for _ in range(3):
        dialog._show(lines)
    assert (len(cells_changed), len(resets)) == (0, 3)
    assert shown.rowCount() == 400 and dialog.selected() == lines[0]
    assert shown.index(399, 3).data() == "Betaling factuur 400"
