"""Every dialog and window a user can open from the main window, filled from a book.

The size tests (test_fits_screen.py) and the screenshot script
(docs/screenshots/make_screenshots.py) both go through this list, so a new dialog added
here is measured and photographed alike. The data are read from the services directly,
as the window's workers would read them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.agreements import call_info
from debiteur_desk.services.invoices import suggested_invoice_number
from debiteur_desk.services.letter_batch import preview_reminders
from debiteur_desk.services.payment_plans import plan_additions
from debiteur_desk.services.reports import list_clients
from debiteur_desk.services.settings import read_setting

Maker = Callable[[], QWidget]
EXPORT = Path(__file__).parents[1] / "data" / "invoices" / "invoices-export.csv"


def client_windows(view: Any, today: date) -> list[tuple[str, Maker]]:
    """What a client's page opens (``view`` is a loaded ClientView with open invoices)."""
    from debiteur_desk.domain.disputes import DisputeReason
    from debiteur_desk.ui.claim_dialog import ClaimDialog
    from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
    from debiteur_desk.ui.dialogs.credit_note_dialog import CreditNoteDialog
    from debiteur_desk.ui.dialogs.dispute_dialog import DisputeDialog, ResolveDisputeDialog
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
    ]


def main_windows(window: Any, today: date) -> list[tuple[str, Maker]]:
    """What the main window's menus open (``window`` is a MainWindow on a demo book)."""
    from debiteur_desk.ui.dialogs.bank_review_dialog import BankReviewDialog
    from debiteur_desk.ui.dialogs.imports_dialog import ImportsDialog
    from debiteur_desk.ui.dialogs.invoice_import_dialog import InvoiceImportDialog
    from debiteur_desk.ui.letters.batch_dialog import ReminderBatchDialog
    from debiteur_desk.ui.letters.template_editor import TemplateEditor
    from debiteur_desk.ui.rates_dialog import RatesDialog
    from debiteur_desk.ui.settings_dialog import SETTING_KEYS, SettingsDialog
    from debiteur_desk.ui.vat_relief_dialog import VatReliefDialog

    db, lang, ops = window.db, window.language, window.ops
    current = {key: read_setting(db, key) for key in SETTING_KEYS}
    lines = run_to_end(preview_reminders(db, today))
    names = [(c.id, c.name) for c in list_clients(db)]
    return [
        # At first start it has an introduction on top: its tallest.
        ("dialog-settings", lambda: SettingsDialog(window, current, lang, first_start=True)),
        ("dialog-rates", lambda: RatesDialog(window, ops, db, lang)),
        ("dialog-reminder-batch", lambda: ReminderBatchDialog(window, lines, lang)),
        ("dialog-vat-relief", lambda: VatReliefDialog(window, ops, db, lang)),
        ("dialog-letter-texts", lambda: TemplateEditor(ops, db, window)),
        ("dialog-bank-review", lambda: BankReviewDialog(window, ops, db, lang, names)),
        ("dialog-invoice-import", lambda: InvoiceImportDialog(window, ops, db, lang, [EXPORT])),
        ("dialog-past-imports", lambda: ImportsDialog(window, ops, db, lang)),
    ]
