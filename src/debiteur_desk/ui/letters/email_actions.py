"""E-mailing a filed letter from the user's own mail program, or through the mail server.

Without a mail server in Settings the letter becomes an e-mail draft (``.eml`` beside the
PDF) that opens in the default mail program, ready to send; with one, the user may also
send it at once. A draft counts as sent only when the user says so afterwards; a letter
sent through the server is recorded as sent by e-mail by the service itself. The
services run on the worker; this module shows, asks and opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.lazy import lazy_module
from debiteur_desk.ui.modal import box_parent

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.services.email_draft import EmailDraft
    from debiteur_desk.services.smtp_send import SentEmail, SmtpSettings
    from debiteur_desk.ui.operations import Operations

email_draft = lazy_module("debiteur_desk.services.email_draft")  # on the worker
smtp_send = lazy_module("debiteur_desk.services.smtp_send")
letters = lazy_module("debiteur_desk.services.letters")

DRAFT, SEND = "draft", "send"


def open_in_mail_program(draft: EmailDraft) -> bool:
    """Hand the draft to the default program for ``.eml`` files (the mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(draft.path)))


class _Words(QObject):
    """The window texts of this module (``tr`` needs a QObject)."""

    def title(self) -> str:
        return self.tr("E-mail")

    def choose_box(self, parent: QWidget, to: str) -> QMessageBox:
        """Send now (the accept role), open as a draft (the action role) or cancel."""
        box = QMessageBox(parent)
        box.setWindowTitle(self.title())
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("Send the letter to %1 now through your mail server, or open it "
                            "as a draft in your mail program?").replace("%1", to))  # fmt: skip
        box.addButton(self.tr("Send now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Open as draft"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        return box

    def choose(self, parent: QWidget, to: str) -> str | None:
        box = self.choose_box(parent, to)
        box.exec()
        clicked = box.clickedButton()
        role = box.buttonRole(clicked) if clicked is not None else None
        box.deleteLater()
        ways = {QMessageBox.ButtonRole.AcceptRole: SEND, QMessageBox.ButtonRole.ActionRole: DRAFT}
        return ways.get(role) if role is not None else None  # Cancel, or the box closed

    def sent_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Has the e-mail been sent?")
        return self.tr("Have the %1 e-mails been sent?").replace("%1", str(count))

    def sent_question(self, parent: QWidget, count: int) -> bool:
        answer = QMessageBox.question(
            box_parent(parent),
            self.title(),
            self.sent_text(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def batch_text(self, count: int) -> str:
        return self.tr(
            "%n e-mail draft(s) saved beside the letters. Open in your mail program now?",
            "",
            count,
        )

    def open_batch(self, parent: QWidget, count: int) -> bool:
        answer = QMessageBox.question(
            box_parent(parent),
            self.title(),
            self.batch_text(count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


def choose_way(parent: QWidget, to: str) -> str | None:
    """With a mail server set up: send now (``SEND``), open a draft (``DRAFT``) or neither."""
    return _Words(parent).choose(parent, to)


def confirm_sent(parent: QWidget, count: int = 1) -> bool:
    """Asked once the drafts are open: only a letter that went out counts."""
    return _Words(parent).sent_question(parent, count)


class LetterEmailer(QObject):
    """The letter window's "E-mail…": the way to send, the draft or the sending, and
    recording it as sent. ``report`` shows a line in the window."""

    def __init__(
        self, parent: QWidget, ops: Operations, db: Database, report: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self._parent, self._ops, self._db, self._report = parent, ops, db, report

    def start(self, letter_id: int, today: date) -> None:
        """Read the mail server settings and the address (worker), then send or draft."""
        db = self._db

        def read() -> tuple[SmtpSettings, str]:
            return smtp_send.read_smtp_settings(db), email_draft.letter_recipient(db, letter_id)

        self._ops.run(
            read,
            parent=self._parent,
            on_success=lambda found: self._chosen(*found, letter_id, today),
        )

    def _chosen(self, settings: SmtpSettings, to: str, letter_id: int, today: date) -> None:
        way = choose_way(self._parent, to) if settings.configured and to else DRAFT
        if way == SEND:
            self._send(letter_id, today)
        elif way == DRAFT:
            self._draft(letter_id, today)

    def _draft(self, letter_id: int, today: date) -> None:
        db = self._db
        self._ops.run(
            lambda: email_draft.write_draft(db, letter_id),
            parent=self._parent,
            on_success=lambda draft: self._opened(draft, today),
        )

    def _opened(self, draft: EmailDraft, today: date) -> None:
        if not open_in_mail_program(draft):
            self._report(self.tr("The draft is saved as %1; open it with your mail program.")
                         .replace("%1", str(draft.path)))  # fmt: skip
            return
        if not draft.to:
            self._report(self.tr("No e-mail address is known for this client: fill it in "
                                 "in your mail program."))  # fmt: skip
        if confirm_sent(self._parent):
            self._mark_sent([draft.letter_id], today)
        else:
            self._report(self.tr("Draft saved as %1. Once it has gone out, mark the letter "
                                 "as sent.").replace("%1", str(draft.path)))  # fmt: skip

    def _mark_sent(self, letter_ids: Sequence[int], today: date) -> None:
        db, ids = self._db, list(letter_ids)
        self._ops.run(
            lambda: letters.mark_letters_sent(db, ids, today, "email"),
            parent=self._parent,
            on_success=lambda _r: self._report(
                self.tr("%n letter(s) marked as sent by e-mail.", "", len(ids))
            ),
            changes=Change.LETTERS,
        )

    def _send(self, letter_id: int, today: date) -> None:
        db = self._db

        def sent(result: SentEmail) -> None:
            self._report(self.tr("Sent by e-mail to %1 and marked as sent.")
                         .replace("%1", result.to))  # fmt: skip

        self._ops.run(
            lambda: smtp_send.send_letter(db, letter_id, today),
            parent=self._parent,
            on_success=sent,
            changes=Change.LETTERS,
        )

    def open_batch(self, drafts: Sequence[EmailDraft], today: date) -> None:
        """After a batch: open the drafts if the user wants, then ask whether they went."""
        if not drafts or not _Words(self._parent).open_batch(self._parent, len(drafts)):
            return
        opened = [draft for draft in drafts if open_in_mail_program(draft)]
        if opened and confirm_sent(self._parent, len(opened)):
            self._mark_sent([draft.letter_id for draft in opened], today)
