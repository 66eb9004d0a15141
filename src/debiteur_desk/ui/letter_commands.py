"""The Letters menu of the main window: a letter for the selected client, the batch of
due first reminders, and the letter texts. The letter modules load on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from debiteur_desk.domain import clock
from debiteur_desk.domain.escalation import letter_for
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.services.letter_batch import BatchLine, BatchResult
    from debiteur_desk.services.letters import UnsentLetter
    from debiteur_desk.services.statement_age import StatementAge
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.selection import Selection

letter_batch = lazy_module("debiteur_desk.services.letter_batch")
letters = lazy_module("debiteur_desk.services.letters")
statement_age = lazy_module("debiteur_desk.services.statement_age")
worklist_actions = lazy_module("debiteur_desk.services.worklist_actions")


def _late(module: str, name: str) -> Any:
    return late(f"debiteur_desk.ui.letters.{module}", name)


class LetterCommands(QObject):
    def __init__(self, window: QMainWindow, book: BookContext, selection: Selection) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        self.selection = selection
        self.make_letter = QAction(self.tr("&Make a letter…"), window)
        self.make_letter.setObjectName("make_letter")
        self.make_letter.setShortcut(QKeySequence("Ctrl+L"))
        self.make_letter.setStatusTip(self.tr("A letter to the selected client (Ctrl+L)"))
        self.reminder_batch = QAction(self.tr("All due &first reminders…"), window)
        self.reminder_batch.setObjectName("reminder_batch")
        self.reminder_batch.setStatusTip(
            self.tr("Make every first reminder that is due today, and one PDF to print")
        )
        self.mark_sent = QAction(self.tr("Mark letters as &sent…"), window)
        self.mark_sent.setObjectName("mark_sent")
        self.mark_sent.setStatusTip(
            self.tr("Letters that went out (a printed batch): only a sent letter counts")
        )
        self.letter_texts = QAction(self.tr("Letter &texts…"), window)
        self.letter_texts.setObjectName("letter_texts")
        menu = QMenu(self.tr("&Letters"), window)
        menu.addActions([self.make_letter, self.reminder_batch, self.mark_sent])
        menu.addSeparator()
        menu.addAction(self.letter_texts)
        bar = window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, menu) if help_menu else bar.addMenu(menu)
        self.make_letter.triggered.connect(self.letter_for_selected)
        self.reminder_batch.triggered.connect(self.first_reminders)
        self.mark_sent.triggered.connect(self.mark_letters_sent)
        self.letter_texts.triggered.connect(self.edit_texts)

    def letter_for_selected(self) -> None:
        client_id = self.selection.client_in_view()
        if client_id is None:
            self.book.notify(self.tr("Select a client first."))
            return
        # The letter the client's next step asks for; otherwise the window works it out.
        step = self.selection.next_action(client_id)
        kind = letter_for(step.action) if step else None
        window = _late("letter_window", "LetterWindow")(
            self.book.ops, self.book.db, client_id, kind=kind, parent=self.window
        )
        ask(window)

    def first_reminders(self) -> None:
        """Say when the last bank statement was read if that is long ago; check the due
        first reminders (on the worker), let the user deselect, then make them with
        progress and Stop; the batch can be undone until a letter is sent."""
        db, today = self.book.db, self.book.as_of()
        self.book.ops.run(
            lambda: statement_age.statement_age(db, today),
            parent=self.window,
            on_success=self._statement_checked,
        )

    def _statement_checked(self, age: StatementAge) -> None:
        check = _late("statement_check", "go_on_with_reminders")
        if check(self.window, age, self.book.language):
            self._preview()

    def _preview(self) -> None:
        db, today = self.book.db, self.book.as_of()
        self.book.ops.run_with_progress(
            lambda: letter_batch.preview_reminders(db, today),
            title=self.tr("Reminders"),
            label=self.tr("Checking which first reminders are due…"),
            parent=self.window,
            on_success=self._choose_reminders,
        )

    def _choose_reminders(self, lines: list[BatchLine]) -> None:
        if not lines:
            QMessageBox.information(
                self.window, self.tr("Reminders"), self.tr("No first reminders are due today.")
            )
            return
        dialog = _late("batch_dialog", "ReminderBatchDialog")(
            self.window, lines, self.book.language
        )
        chosen = ask(dialog)
        if dialog.to_confirm:  # "Klopt, verstuurd": record it, then the list again
            self._confirm_sent(dialog.to_confirm)
            return
        if not chosen:
            return
        requests, db, today = dialog.chosen, self.book.db, self.book.as_of()
        drafts = dialog.drafts
        self.book.ops.run_with_progress(
            lambda: letter_batch.make_reminders(db, requests, today, drafts=drafts),
            title=self.tr("Reminders"),
            label=self.tr("Making reminders…"),
            parent=self.window,
            on_success=self._reminders_made,
            changes=Change.LETTERS,
        )

    def _confirm_sent(self, invoice_ids: tuple[int, ...]) -> None:
        """The check the worklist's "Klopt, verstuurd" records, for every invoice at once
        (one transaction, audited); then the batch's list is read again."""
        db, today = self.book.db, clock.today()

        def checked(count: int) -> None:
            self.book.notify(
                self.tr("Sending of %n invoice(s) checked: their reminders are offered.", "",
                        count)
            )  # fmt: skip
            self._preview()

        self.book.ops.run(
            lambda: worklist_actions.confirm_sent(db, invoice_ids, today),
            parent=self.window,
            on_success=checked,
            changes=Change.INVOICES,
        )

    def _reminders_made(self, result: BatchResult) -> None:
        made = len(result.letters)
        text = self.tr("%n reminder(s) made.", "", made)
        if result.combined is not None:
            path = str(result.combined)
            text += "\n" + self.tr("To print them all at once: %1").replace("%1", path)
            text += "\n\n" + self.tr(
                "Once they have gone out, mark them as sent (Letters › Mark letters as sent): "
                "only a sent letter counts."
            )
        if result.refusals:
            reasons = (self.book.ops.message_for(r) for r in result.refusals)
            text += "\n\n" + self.tr("Not made:") + "\n" + "\n".join(reasons)
        if made:
            db = self.book.db
            self.book.undo.offer(
                self.tr("%n reminder(s) made", "", made),
                lambda: letter_batch.undo_batch(db, result),
                self.tr("The reminders were taken back."),
                Change.LETTERS,
            )
        QMessageBox.information(self.window, self.tr("Reminders"), text)
        if result.drafts:
            emailer = _late("email_actions", "LetterEmailer")
            emailer(self.window, self.book.ops, self.book.db, self.book.notify).open_batch(
                result.drafts, self.book.as_of()
            )

    def mark_letters_sent(self) -> None:
        db = self.book.db
        self.book.ops.run(
            lambda: letters.unsent_letters(db),
            parent=self.window,
            on_success=self._ask_sent,
        )

    def _ask_sent(self, unsent: list[UnsentLetter]) -> None:
        if not unsent:
            QMessageBox.information(
                self.window, self.tr("Letters"), self.tr("Every letter has been marked as sent.")
            )
            return
        dialog = _late("unsent_dialog", "MarkSentDialog")(self.window, unsent, self.book.language)
        if not ask(dialog):
            return
        ids, on, via, db = dialog.chosen, dialog.on.date, dialog.via.currentData(), self.book.db
        self.book.ops.run(
            lambda: letters.mark_letters_sent(db, ids, on, via),
            parent=self.window,
            on_success=lambda _r: self.book.notify(
                self.tr("%n letter(s) marked as sent.", "", len(ids))
            ),
            changes=Change.LETTERS,
        )

    def edit_texts(self) -> None:
        ask(_late("template_editor", "TemplateEditor")(self.book.ops, self.book.db, self.window))
