"""Past imports, as a shop owner undoes one (issue 12): the list shows each import with its
date, kind, file and counts; Undo asks first and says what will be taken back, then the
book is as before the import and the import shows as undone; an import later work rests on
is refused with the reason shown and nothing changed. Closing the dialog while an undo runs
neither crashes nor loses the undo."""

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers.invoice_rows import guess_mapping
from debiteur_desk.importers.invoice_table import invoices_from_table, read_table
from debiteur_desk.services.book import open_book
from debiteur_desk.services.import_batches import list_imports
from debiteur_desk.services.invoice_import import import_invoices
from debiteur_desk.services.statement_import import import_statement
from debiteur_desk.store.models import Client, Invoice
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.dialogs.imports_dialog import ImportsDialog, local_time
from debiteur_desk.ui.operations import Operations
from tests.integration.sample_year import CAMT, sample_year_book

EXPORT = Path(__file__).parents[1] / "data" / "invoices" / "invoices-export.csv"
UNDO_CHANGES = Change.INVOICES | Change.PAYMENTS | Change.CLIENTS
DATE, KIND, FILE, LINES, BOOKED, STATE = range(6)


@pytest.fixture
def ops(qapp):
    operations = Operations("en")
    yield operations
    operations.wait()


@pytest.fixture
def answers(monkeypatch):
    """The confirmations asked, answered with Yes unless the test puts No in front."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return replies.pop(0) if replies else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


@pytest.fixture
def errors(ops, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(ops, "show_error", lambda error, parent=None: shown.append(error))
    return shown


@pytest.fixture
def changes(ops):
    seen: list[Change] = []
    ops.data_changed.connect(seen.append)
    return seen


def _one_month() -> bytes:
    """The statement's first month alone: no reversal in it, so it can be undone."""
    text = CAMT.decode("utf-8")
    first_end = text.index("</Stmt>") + len("</Stmt>")
    closing = text[text.rindex("</Stmt>") + len("</Stmt>") :]
    return (text[:first_end] + closing).encode("utf-8")


def _open_amounts(db) -> dict[str, int]:
    with db.reading() as s:
        return dict(s.execute(select(Invoice.number, Invoice.open_cents)).all())


def _count(db, model) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def _open(qtbot, ops, db) -> ImportsDialog:
    dialog = ImportsDialog(None, ops, db, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.show()
    return dialog


def _row(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, column).text() for column in range(6)]


def _undo(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.settled, timeout=20_000):
        dialog.undo_button.click()


@pytest.fixture
def month_book(db):
    """The sample year's shop with the first month of its statement read."""
    sample_year_book(db)
    before = _open_amounts(db)
    run_to_end(import_statement(db, _one_month(), file_name="maart.xml"))
    assert _open_amounts(db) != before
    return before


def test_a_statement_is_listed_and_undone_as_a_whole(
    qtbot, ops, db, month_book, answers, errors, changes
):
    asked, _ = answers
    [batch] = list_imports(db)
    dialog = _open(qtbot, ops, db)
    gc.collect()
    assert dialog.table.rowCount() == 1 and not dialog.empty.isVisible()
    date, kind, file, lines, booked, state = _row(dialog, 0)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", date)
    assert date.startswith(local_time(batch.imported_at).strftime("%d/%m/%Y"))
    assert (kind, file, state) == ("Bank statement", "maart.xml", "")
    assert (int(lines), int(booked)) == (batch.lines, batch.booked) and batch.booked > 0
    # The newest import is selected and can be undone.
    assert dialog.selected() == batch and dialog.undo_button.isEnabled()
    dialog.table.clearSelection()
    assert not dialog.undo_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    undone: list[int] = []
    dialog.undone.connect(undone.append)

    _undo(qtbot, dialog)
    assert undone == [batch.id]
    gc.collect()
    [question] = asked
    assert "maart.xml" in question and f"{batch.lines} bank line" in question
    assert f"{batch.booked} payment" in question and "open again" in question
    assert "_" not in question  # no internal codes
    assert errors == [] and changes == [UNDO_CHANGES]
    assert _open_amounts(db) == month_book
    assert _row(dialog, 0)[STATE] == "Undone" and dialog.selected().undone
    assert not dialog.undo_button.isEnabled()
    [after] = list_imports(db)
    assert after.undone and after.id == batch.id


def test_no_to_the_question_changes_nothing(qtbot, ops, db, month_book, answers, changes):
    asked, replies = answers
    after_import = _open_amounts(db)
    dialog = _open(qtbot, ops, db)
    replies.append(QMessageBox.StandardButton.No)
    dialog.undo_button.click()
    assert len(asked) == 1 and not ops.busy and changes == []
    assert dialog.undo_button.isEnabled() and _row(dialog, 0)[STATE] == ""
    assert _open_amounts(db) == after_import and not list_imports(db)[0].undone


def test_an_import_later_work_rests_on_is_refused_and_said_why(
    qtbot, ops, db, answers, errors, changes
):
    """The full year has a reversal: its undo is refused, the reason shown, nothing changed."""
    sample_year_book(db)
    run_to_end(import_statement(db, CAMT, file_name="camt053-2026.xml"))
    after_import = _open_amounts(db)
    dialog = _open(qtbot, ops, db)
    shown_before = _row(dialog, 0)
    _undo(qtbot, dialog)
    gc.collect()
    [error] = errors
    assert isinstance(error, RuleViolation) and error.code == "import_has_dependants"
    message = ops.message_for(error)
    assert message.startswith("This import can no longer be undone")
    assert changes == [] and _open_amounts(db) == after_import
    assert _row(dialog, 0) == shown_before and dialog.undo_button.isEnabled()
    assert not list_imports(db)[0].undone


def test_an_invoice_import_is_undone_with_the_clients_it_brought(
    qtbot, ops, tmp_path, answers, errors, changes
):
    db = open_book(tmp_path / "fresh.sqlite").database
    try:
        data = EXPORT.read_bytes()
        table = read_table(data, EXPORT.suffix)
        rows = invoices_from_table(table, guess_mapping(table.headers))
        run_to_end(import_invoices(db, rows, file_name=EXPORT.name, source=data))
        invoices = _count(db, Invoice)
        assert invoices > 0 and _count(db, Client) > 0
        dialog = _open(qtbot, ops, db)
        date, kind, file, lines, booked, state = _row(dialog, 0)
        assert (kind, file, lines, booked, state) == (
            "Invoices",
            EXPORT.name,
            str(invoices),
            "",
            "",
        )
        _undo(qtbot, dialog)
        gc.collect()
        [question] = answers[0]
        assert f"{invoices} invoice" in question and EXPORT.name in question
        assert errors == [] and changes == [UNDO_CHANGES]
        assert _count(db, Invoice) == 0 and _count(db, Client) == 0
        assert _row(dialog, 0)[STATE] == "Undone" and not dialog.undo_button.isEnabled()
    finally:
        ops.wait()
        db.close()


def test_an_empty_book_says_nothing_was_imported(qtbot, ops, db):
    dialog = _open(qtbot, ops, db)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.undo_button.isEnabled()


def test_closing_the_dialog_while_it_undoes_keeps_the_undo(
    qtbot, ops, db, month_book, answers, errors, changes
):
    dialog = _open(qtbot, ops, db)
    with qtbot.waitSignal(ops.data_changed, timeout=20_000):
        dialog.undo_button.click()
        dialog.close()
        dialog.deleteLater()
        del dialog
        gc.collect()
    gc.collect()
    assert errors == [] and changes == [UNDO_CHANGES]
    assert _open_amounts(db) == month_book and list_imports(db)[0].undone
