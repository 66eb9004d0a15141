"""What the worklist's detail buttons do: confirm or correct how invoices went out before
the first reminder, snooze a step, lift a snooze. Dialogs ask; the services run on the
worker (``ui/lazy.py``) and announce what changed, so the list reads itself again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from debiteur_desk.domain import clock
from debiteur_desk.services.worklist_items import WorkItem
from debiteur_desk.text.formatting import format_date
from debiteur_desk.ui.changes import Change
from debiteur_desk.ui.labels import ACTIONS, label
from debiteur_desk.ui.lazy import late, lazy_module
from debiteur_desk.ui.modal import ask

if TYPE_CHECKING:
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.worklist_view import WorklistView

invoices = lazy_module("debiteur_desk.services.invoices")
reports = lazy_module("debiteur_desk.services.reports")
worklist_actions = lazy_module("debiteur_desk.services.worklist_actions")

# A snooze or a check changes what is to do, as a promise does (the worklist, the next
# actions, the client's timeline); a corrected invoice is an invoice change.
SNOOZED = Change.PLANS
CHECKED = Change.INVOICES


def step_title(item: WorkItem) -> str:
    """How the snooze dialog names the step: "Herinnering sturen – Bakkerij De Zwaan"."""
    return f"{label(ACTIONS, item.shown_action)} – {item.client_name}"


class WorklistCommands(QObject):
    def __init__(self, window: QWidget, book: BookContext, view: WorklistView) -> None:
        super().__init__(window)
        self.window = window
        self.book = book
        detail = view.detail
        detail.confirm_sent.connect(self.confirm_sent)
        detail.correct_invoice.connect(self.correct_invoice)
        detail.snooze.connect(self.snooze)
        detail.lift.connect(self.lift)

    def _run(self, action: Any, done: str, changes: Change) -> None:
        self.book.ops.run(
            action,
            parent=self.window,
            on_success=lambda _r: self.book.notify(done),
            changes=changes,
        )

    def confirm_sent(self, item: WorkItem) -> None:
        ids = [line.invoice_id for line in item.sending if line.flags]
        db, today = self.book.db, clock.today()
        self._run(
            lambda: worklist_actions.confirm_sent(db, ids, today),
            self.tr("Sending of %n invoice(s) checked: the reminder can go out.", "", len(ids)),
            CHECKED,
        )

    def correct_invoice(self, invoice_id: int) -> None:
        db = self.book.db
        self.book.ops.run(
            lambda: (invoices.invoice_input_of(db, invoice_id), reports.list_clients(db)),
            parent=self.window,
            on_success=lambda found: self._edit(invoice_id, *found),
        )

    def _edit(self, invoice_id: int, initial: Any, clients: list[Any]) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.invoice_dialog", "InvoiceDialog")
        dialog = dialog_class(self.window, [(c.id, c.name) for c in clients], initial)
        if ask(dialog):
            value, db = dialog.value, self.book.db
            self._run(
                lambda: invoices.update_invoice(db, invoice_id, value, based_on=initial),
                self.tr("Invoice {number} changed.").format(number=value.number),
                CHECKED,
            )

    def snooze(self, item: WorkItem) -> None:
        dialog_class = late("debiteur_desk.ui.dialogs.snooze_dialog", "SnoozeDialog")
        today = clock.today()
        dialog = dialog_class(self.window, step_title(item), today)
        if not ask(dialog):
            return
        until, reason, db = dialog.until_day, dialog.reason_text, self.book.db

        def snooze() -> int:  # on the worker: the service module loads there
            data = worklist_actions.SnoozeInput(
                item.client_id, item.action, until, reason, item.invoice_ids
            )
            return int(worklist_actions.snooze_step(db, data, today))

        self._run(
            snooze,
            self.tr("Step snoozed until {day}.").format(day=format_date(until, self.book.language)),
            SNOOZED,
        )

    def lift(self, snooze_id: int) -> None:
        db, today = self.book.db, clock.today()
        self._run(
            lambda: worklist_actions.lift_snooze(db, snooze_id, today),
            self.tr("Snooze lifted: the step is back in the list."),
            SNOOZED,
        )
