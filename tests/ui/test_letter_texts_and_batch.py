"""Editing letter texts in the window, and the batch of first reminders with progress."""

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.templates import is_customised
from debiteur_desk.ui.letters.batch_dialog import run_reminder_batch
from debiteur_desk.ui.letters.template_editor import TemplateEditor
from debiteur_desk.ui.operations import Operations

from ..integration.factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def ops(qtbot):
    operations = Operations("nl")
    yield operations
    operations.wait()


def test_unknown_placeholder_is_shown_and_nothing_saved(qtbot, ops, db):
    editor = TemplateEditor(ops, db)
    qtbot.addWidget(editor)
    intro = editor._editors["intro"]
    intro.setPlainText("Beste {klant},")
    editor._save.click()
    assert "{klant} bestaat niet" in editor._problem.text()
    assert not is_customised(db, LetterKind.REMINDER, Language.NL)


def test_save_then_restore_the_standard_text(qtbot, ops, db):
    editor = TemplateEditor(ops, db)
    qtbot.addWidget(editor)
    editor._kind.setCurrentIndex(list(LetterKind).index(LetterKind.FINAL_DEMAND))
    assert "bik_amount" not in editor._placeholders.text()
    original = editor._editors["intro"].toPlainText()
    editor._editors["intro"].setPlainText("Geachte {client_name}, dit is onze laatste brief.")
    editor._save.click()
    assert editor._problem.text() == ""
    assert is_customised(db, LetterKind.FINAL_DEMAND, Language.NL)
    assert editor._reset.isEnabled()
    editor._reset.click()
    assert editor._editors["intro"].toPlainText() == original
    assert not is_customised(db, LetterKind.FINAL_DEMAND, Language.NL)


def test_batch_makes_every_due_first_reminder(qtbot, ops, db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    for name in ("Anna Bakker", "Bram Visser"):
        cid = client(db, name=name, kind=ClientKind.CONSUMER)
        invoice(
            db,
            cid,
            f"F-{cid}",
            "75.00",
            invoice_date=TODAY - timedelta(days=40),
            due=TODAY - timedelta(days=10),
        )
    changed = []
    ops.data_changed.connect(lambda: changed.append(True))
    made, refusals, combined = run_reminder_batch(None, ops, db, TODAY)
    assert (made, refusals) == (2, []) and changed
    assert combined is not None and len(PdfReader(combined).pages) == 2
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    assert run_reminder_batch(None, ops, db, TODAY) == (0, [], None)
    assert shown  # "no first reminders are due"
