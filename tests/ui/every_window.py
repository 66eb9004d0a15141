"""Every dialog and window a user can open from the main window, filled from a book.

The size tests (test_fits_screen.py) and the screenshot script
(docs/screenshots/make_screenshots.py) both go through this list, so a new dialog added
here is measured and photographed alike. The data are read from the services directly,
as the window's workers would read them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services import privacy
from debiteur_desk.services.agreements import call_info
from debiteur_desk.services.backup import make_backup
from debiteur_desk.services.book_choice import BookPlace, ServerAddress, place_of
from debiteur_desk.services.invoices import suggested_invoice_number
from debiteur_desk.services.letter_batch import preview_reminders
from debiteur_desk.services.payment_plans import plan_additions
from debiteur_desk.services.reports import list_clients
from debiteur_desk.services.settings import read_setting
from debiteur_desk.services.statement_age import StatementAge, statement_age
from debiteur_desk.services.worklist import worklist

Maker = Callable[[], QWidget]
EXPORT = Path(__file__).parents[1] / "data" / "invoices" / "invoices-export.csv"


def message_box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    """What ``QMessageBox.question`` / ``warning`` show, without waiting for an answer."""
    return QMessageBox(icon, title, text, buttons, parent)  # fmt: skip


def closed_client_preview(db: Any) -> Any:
    """What the erase dialog shows for a client with nothing open (the first one found)."""
    for row in list_clients(db):
        if not row.open:
            preview = privacy.erase_preview(db, row.id)
            if not preview.blockers and preview.erased_on is None:
                return preview
    raise LookupError("the book has no closed client")


def client_windows(view: Any, today: date) -> list[tuple[str, Maker]]:
    """What a client's page opens (``view`` is a loaded ClientView with open invoices)."""
    from debiteur_desk.domain.disputes import DisputeReason
    from debiteur_desk.ui.claim_dialog import ClaimDialog
    from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
    from debiteur_desk.ui.dialogs.credit_note_dialog import CreditNoteDialog
    from debiteur_desk.ui.dialogs.dispute_dialog import DisputeDialog, ResolveDisputeDialog
    from debiteur_desk.ui.dialogs.erase_client_dialog import EraseClientDialog
    from debiteur_desk.ui.dialogs.handover_dialog import HandoverDialog
    from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
    from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog
    from debiteur_desk.ui.dialogs.payment_plan import PaymentPlanDialog
    from debiteur_desk.ui.dialogs.phone_call import PhoneCallDialog
    from debiteur_desk.ui.dialogs.split_dialog import SplitDialog
    from debiteur_desk.ui.dialogs.write_off_dialog import WriteOffDialog
    from debiteur_desk.ui.letters.letter_window import LetterWindow

    detail, db, cid = view.detail, view.db, view.client_id
    client, rows = detail.client, detail.open_invoices
    clients = [(c.id, c.name) for c in list_clients(db)]
    number = suggested_invoice_number(db)
    info = call_info(db, cid)
    additions = plan_additions(db, tuple(r.id for r in rows), today)
    erase = closed_client_preview(db)
    return [
        ("dialog-client", lambda: ClientDialog(view, client)),
        (
            "dialog-invoice",
            lambda: InvoiceDialog(view, clients, client_id=cid, suggested_number=number),
        ),
        ("dialog-payment", lambda: PaymentDialog(view, cid, rows, client_name=client.name)),
        ("dialog-phone-call", lambda: PhoneCallDialog(view, info, rows)),
        (
            "dialog-payment-plan",
            lambda: PaymentPlanDialog(view, cid, client.kind.value, rows, additions),
        ),
        ("dialog-credit-note", lambda: CreditNoteDialog(view, rows[0])),
        ("dialog-write-off", lambda: WriteOffDialog(view, rows[0])),
        ("dialog-dispute", lambda: DisputeDialog(view, rows[0])),
        (
            "dialog-resolve-dispute",
            lambda: ResolveDisputeDialog(view, rows[0], today, DisputeReason.NOT_RECEIVED),
        ),
        ("dialog-split-payment", lambda: SplitDialog(view, client.name, detail.open_total, rows)),
        (
            "dialog-handover",
            lambda: HandoverDialog(view, cid, client.name, detail.overdue_total),
        ),
        ("letter-window", lambda: LetterWindow(view.ops, db, cid, today=today, parent=view)),
        (
            "dialog-claim",
            lambda: ClaimDialog(view, view.ops, db, view.language, cid, today),
        ),
        # Privacy (AVG) › Erase client…, for a client with nothing open.
        ("dialog-erase-client", lambda: EraseClientDialog(view, erase, view.language)),
    ]


def main_windows(window: Any, today: date) -> list[tuple[str, Maker]]:
    """What the main window's menus open (``window`` is a MainWindow on a demo book)."""
    from debiteur_desk.ui.book_dialog import BookDialog
    from debiteur_desk.ui.dialogs.bank_review_dialog import BankReviewDialog
    from debiteur_desk.ui.dialogs.imports_dialog import ImportsDialog
    from debiteur_desk.ui.dialogs.invoice_import_dialog import InvoiceImportDialog
    from debiteur_desk.ui.dialogs.retention_dialog import RetentionDialog
    from debiteur_desk.ui.dialogs.snooze_dialog import SnoozeDialog
    from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog
    from debiteur_desk.ui.letters.email_actions import _Words
    from debiteur_desk.ui.letters.statement_check import StatementWarning
    from debiteur_desk.ui.letters.template_editor import TemplateEditor
    from debiteur_desk.ui.rates_dialog import RatesDialog
    from debiteur_desk.ui.settings_dialog import SETTING_KEYS, SettingsDialog
    from debiteur_desk.ui.smtp_dialog import SmtpDialog
    from debiteur_desk.ui.vat_relief_dialog import VatReliefDialog
    from debiteur_desk.ui.worklist_commands import step_title

    db, lang, ops = window.db, window.language, window.ops
    current = {key: read_setting(db, key) for key in SETTING_KEYS}
    place = place_of(db)
    server = ServerAddress("kantoor-pc", "debiteuren", "winkel")
    on_server = BookPlace(server, server.url(""), place.this_pc)
    lines = run_to_end(preview_reminders(db, today))
    clients = list_clients(db)
    names = [(c.id, c.name) for c in clients]
    step = step_title(worklist(db, today)[0])
    # Eight years on, the book's closed clients are past the retention period.
    due = privacy.clients_due(db, today + timedelta(days=8 * 366))
    years = privacy.retention_years(db)
    never_read = statement_age(db, today)
    weeks_ago = StatementAge(today - timedelta(days=15), 11, True)
    to = next(c.email for c in clients if c.email)
    with tempfile.TemporaryDirectory() as folder:  # the backup is read, then goes
        backup = make_backup(db, Path(folder) / "backup.zip")
    words, warning = _Words(window), StatementWarning(window)
    yes_no = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    yes_no_cancel = yes_no | QMessageBox.StandardButton.Cancel
    question, warn = QMessageBox.Icon.Question, QMessageBox.Icon.Warning
    return [
        # At first start it has an introduction on top: its tallest.
        (
            "dialog-settings",
            lambda: SettingsDialog(window, current, lang, first_start=True, place=place),
        ),
        # Settings › Book › Change…: the book on this PC; and a server book.
        ("dialog-book", lambda: BookDialog(window, place, ops)),
        ("dialog-book-server", lambda: BookDialog(window, on_server, ops)),
        ("dialog-rates", lambda: RatesDialog(window, ops, db, lang)),
        ("dialog-reminder-batch", lambda: ReminderBatchDialog(window, lines, lang)),
        ("dialog-vat-relief", lambda: VatReliefDialog(window, ops, db, lang)),
        ("dialog-letter-texts", lambda: TemplateEditor(ops, db, window)),
        ("dialog-bank-review", lambda: BankReviewDialog(window, ops, db, lang, names)),
        ("dialog-invoice-import", lambda: InvoiceImportDialog(window, ops, db, lang, [EXPORT])),
        ("dialog-past-imports", lambda: ImportsDialog(window, ops, db, lang)),
        # To do today › Snooze… on the first step.
        ("dialog-snooze", lambda: SnoozeDialog(window, step, today)),
        # Settings › Mail server…, as at first (no server yet).
        ("dialog-smtp", lambda: SmtpDialog(window, current, ops)),
        ("box-email-choose", lambda: words.choose_box(window, to)),
        (
            "box-email-sent",
            lambda: message_box(window, question, words.title(), words.sent_text(1), yes_no),
        ),  # fmt: skip
        (
            "box-email-batch",
            lambda: message_box(window, question, words.title(), words.batch_text(12), yes_no),
        ),  # fmt: skip
        # Before a reminder batch: the demo book has never read a statement; and an old one.
        (
            "box-statement-never",
            lambda: message_box(
                window, warn, warning.tr("Reminders"), warning.text(never_read, lang), yes_no_cancel
            ),
        ),  # fmt: skip
        (
            "box-statement-old",
            lambda: message_box(
                window, warn, warning.tr("Reminders"), warning.text(weeks_ago, lang), yes_no_cancel
            ),
        ),  # fmt: skip
        ("dialog-retention", lambda: RetentionDialog(window, due, years, lang)),
        ("box-restore", lambda: window.backups.confirm_box(backup)),
    ]
