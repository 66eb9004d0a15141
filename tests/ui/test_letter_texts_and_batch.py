"""Editing letter texts in the window, and the batch of first reminders with progress."""

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from debiteur_desk.domain import clock
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.templates import is_customised
from debiteur_desk.ui.letters.template_editor import TemplateEditor
from tests.ui.status_log import status_log, told

from ..integration.factories import client, invoice

TODAY = date(2026, 11, 22)


def _settled(qtbot, editor: TemplateEditor, act=lambda: None) -> None:
    """Reading and saving run on the worker: wait for the editor's answer."""
    with qtbot.waitSignal(editor.settled, timeout=10_000):
        act()


def _opened(qtbot, ops, db) -> TemplateEditor:
    editor = TemplateEditor(ops, db)
    qtbot.addWidget(editor)
    _settled(qtbot, editor)  # the texts are read after the window is up
    return editor


def test_unknown_placeholder_is_shown_and_nothing_saved(qtbot, ops, db):
    editor = _opened(qtbot, ops, db)
    editor._editors["intro"].setPlainText("Beste {klant},")
    _settled(qtbot, editor, editor._save.click)
    assert "{klant} bestaat niet" in editor._problem.text()
    assert not is_customised(db, LetterKind.REMINDER, Language.NL)


def test_save_then_restore_the_standard_text(qtbot, ops, db):
    editor = _opened(qtbot, ops, db)
    _settled(
        qtbot,
        editor,
        lambda: editor._kind.setCurrentIndex(list(LetterKind).index(LetterKind.FINAL_DEMAND)),
    )
    assert "bik_amount" not in editor._placeholders.text()
    original = editor._editors["intro"].toPlainText()
    editor._editors["intro"].setPlainText("Geachte {client_name}, dit is onze laatste brief.")
    _settled(qtbot, editor, editor._save.click)
    assert editor._problem.text() == ""
    assert is_customised(db, LetterKind.FINAL_DEMAND, Language.NL)
    assert editor._reset.isEnabled()
    _settled(qtbot, editor, editor._reset.click)
    assert editor._editors["intro"].toPlainText() == original
    assert not is_customised(db, LetterKind.FINAL_DEMAND, Language.NL)


def test_choosing_another_letter_while_texts_are_read_shows_the_last_choice(qtbot, ops, db):
    """Answers come back in order, but only the letter chosen last is shown."""
    editor = TemplateEditor(ops, db)
    qtbot.addWidget(editor)
    editor._kind.setCurrentIndex(list(LetterKind).index(LetterKind.FINAL_DEMAND))
    qtbot.waitUntil(lambda: editor._save.isEnabled(), timeout=10_000)
    ops.wait()
    qtbot.wait(50)
    assert "bik_amount" not in editor._placeholders.text()
    assert editor.kind is LetterKind.FINAL_DEMAND


def test_batch_shows_the_list_first_then_makes_what_is_ticked_with_undo(
    qtbot, db, tmp_path, monkeypatch, today_is
):
    """Found by a user: the batch made, filed and recorded 20 letters at once. Now the
    list comes first (client, invoices, amount), deselectable; then the letters, on the
    worker with progress; and Undo takes the batch back while none is sent."""
    from debiteur_desk.services.letter_batch import due_reminder_requests
    from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog
    from debiteur_desk.ui.main_window import MainWindow

    today_is(TODAY)
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    for name in ("Anna Bakker", "Bram Visser", "Cor de Wit"):
        cid = client(db, name=name, kind=ClientKind.CONSUMER)
        invoice(db, cid, f"F-{cid}", "75.00", invoice_date=TODAY - timedelta(days=40),
                due=TODAY - timedelta(days=10))  # fmt: skip
    window = MainWindow(db, "nl")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    seen = []

    def untick_the_second(dialog):
        seen.append([dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())])
        dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReminderBatchDialog, "exec", untick_the_second)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    # No statement was ever read: asked to read one first, the user goes on without.
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.No)
    window.letters.reminder_batch.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert seen == [["F-1", "F-2", "F-3"]]
    assert "2 herinneringen gemaakt" in shown[0] or "2 reminder(s) made" in shown[0]
    assert [r.client_id for r in due_reminder_requests(db, TODAY)] == [2]
    assert window.undo.available
    window.undo.undo()
    qtbot.waitUntil(lambda: len(due_reminder_requests(db, TODAY)) == 3, timeout=10_000)


def _sending_unchecked(db, tmp_path, monkeypatch, today_is):
    """Anna: two invoices never marked as sent (no reminder at all); Bram: one checked,
    one never marked as sent (left out of his reminder). Returns the main window, shown."""
    from debiteur_desk.ui.main_window import MainWindow

    today_is(TODAY)
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    overdue = {"invoice_date": TODAY - timedelta(days=44), "due": TODAY - timedelta(days=30)}
    never = client(db, name="Anna Bakker", email="anna@bakker.nl")
    invoice(db, never, "A-1", "75.00", checked=False, **overdue)  # never marked as sent
    invoice(db, never, "A-2", "25.00", checked=False, **overdue)
    both = client(db, name="Bram Visser", email="bram@visser.nl")
    invoice(db, both, "B-1", "75.00", **overdue)  # checked: "Klopt, verstuurd"
    invoice(db, both, "B-2", "50.00", checked=False, **overdue)
    return MainWindow(db, "nl")


def _shown(qtbot, window):
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()


def _offered(dialog) -> list[str]:
    return [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]


def _notes(dialog) -> list[str]:
    return [dialog.not_made.item(r).text() for r in range(dialog.not_made.count())]


def test_batch_lists_invoices_not_checked_as_sent_as_left_out_with_the_rule(
    qtbot, db, tmp_path, monkeypatch, today_is
):
    """Art. 3:37 lid 3 BW: a reminder counts only once the client received the invoice.
    The batch offers no reminder about an invoice the worklist still asks to check; it
    lists it under "Niet gemaakt of weggelaten" with the rule and what to do."""
    from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog

    window = _sending_unchecked(db, tmp_path, monkeypatch, today_is)
    _shown(qtbot, window)
    seen = []

    def look(dialog):
        seen.append((_offered(dialog), _notes(dialog)))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReminderBatchDialog, "exec", look)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.No)
    window.letters.reminder_batch.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    window.ops.wait()
    [(offered, not_made)] = seen
    assert offered == ["B-1"]
    anna, anna_too, bram = not_made
    assert anna.startswith("Anna Bakker: Controleer eerst of de factuur goed is verstuurd")
    assert anna_too.startswith("Anna Bakker: Controleer eerst")  # every invoice held
    assert bram.startswith("Bram Visser: Niet in deze brief: Controleer eerst")
    assert "Factuur A-1 staat niet als verstuurd" in anna and "Factuur A-2" in anna_too
    assert "Factuur B-2" in bram
    for line in (anna, bram):
        assert "art. 3:37 lid 3 BW" in line and "'Klopt, verstuurd'" in line


def test_the_batch_confirms_the_invoices_it_left_out_then_offers_their_reminders(
    qtbot, db, tmp_path, monkeypatch, today_is
):
    """Art. 3:37 lid 3 BW: no reminder about an invoice that may not have reached the
    client. After an opening balance every client waited for its own "Klopt, verstuurd"
    in the worklist; now the batch asks once, for every invoice it left out for that
    reason, records the check (audited) and offers the reminders that were held."""
    from debiteur_desk.store.models import AuditLog, InvoiceSentCheck
    from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog

    window = _sending_unchecked(db, tmp_path, monkeypatch, today_is)
    _shown(qtbot, window)
    seen, asked = [], []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def confirm_all_then_look(dialog):
        seen.append((_offered(dialog), _notes(dialog), not dialog.confirm_button.isHidden()))
        if len(seen) == 1:
            assert dialog.confirm_button.text().endswith(" (3)…")  # Klopt, verstuurd (3)…
            dialog.confirm_button.click()  # nothing selected: every such line
            return dialog.result()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReminderBatchDialog, "exec", confirm_all_then_look)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.No)
    window.letters.reminder_batch.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
    window.ops.wait()
    [text] = asked
    assert "A-1, A-2, B-2" in text
    # Dutch once the lead compiled the translations; the source until then
    assert "3 facturen" in text or "3 invoice(s)" in text
    assert "2 klanten" in text or "2 client(s)" in text
    assert "gecontroleerd" in text or "checked" in text
    (before, _notes_before, button_before), (after, notes_after, button_after) = seen
    assert before == ["B-1"] and button_before
    assert after == ["A-1, A-2", "B-1, B-2"] and notes_after == [] and not button_after
    with db.reading() as s:
        assert s.query(InvoiceSentCheck).filter_by(checked_on=TODAY).count() == 3
        assert s.query(AuditLog).filter_by(action="invoice.sent_checked").count() == 3


def test_the_batch_confirms_only_the_selected_lines_and_a_no_changes_nothing(
    qtbot, db, tmp_path, monkeypatch, today_is
):
    """Art. 3:37 lid 3 BW: the user checks what they looked at. With lines selected, only
    their invoices are confirmed; answering No to the question keeps the window as it was."""
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.services.letter_batch import preview_reminders
    from debiteur_desk.ui.letters.batch_dialog import CONFIRM_SENT, ReminderBatchDialog

    _sending_unchecked(db, tmp_path, monkeypatch, today_is)
    lines = run_to_end(preview_reminders(db, TODAY))
    dialog = ReminderBatchDialog(None, lines, "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    bram = next(r for r, note in enumerate(_notes(dialog)) if note.startswith("Bram"))
    dialog.not_made.item(bram).setSelected(True)
    assert dialog.confirm_button.text().endswith(" (1)…")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    dialog.confirm_button.click()
    assert dialog.isVisible() and dialog.to_confirm == ()
    dialog.confirm_button.click()
    [b2] = [line for line in lines if line.client_name == "Bram Visser"][0].to_check
    assert dialog.to_confirm == (b2,) and dialog.result() == CONFIRM_SENT
    assert not dialog.isVisible()


def test_letters_that_went_out_together_are_marked_sent_at_once(qtbot, db, tmp_path, monkeypatch):
    """Found by using the app: after a batch of 22 reminders each had to be marked as sent
    one by one, and until then none of them counts for the rules."""
    from debiteur_desk.domain.progress import run_to_end
    from debiteur_desk.services.letter_batch import due_reminder_requests, make_reminders
    from debiteur_desk.services.letters import unsent_letters
    from debiteur_desk.ui.letters.unsent_dialog import MarkSentDialog
    from debiteur_desk.ui.main_window import MainWindow

    today = clock.today()  # the letters are made today: those are the ones ticked
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    for name in ("Anna Bakker", "Bram Visser"):
        cid = client(db, name=name, kind=ClientKind.CONSUMER)
        invoice(db, cid, f"F-{cid}", "75.00", invoice_date=today - timedelta(days=40),
                due=today - timedelta(days=10))  # fmt: skip
    run_to_end(make_reminders(db, due_reminder_requests(db, today), today))
    assert len(unsent_letters(db)) == 2
    window = MainWindow(db, "nl")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    monkeypatch.setattr(MarkSentDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    said = status_log(window)
    window.letters.mark_sent.trigger()
    qtbot.waitUntil(lambda: told(said, "2 "), timeout=10_000)
    assert unsent_letters(db) == []
