"""What happens to a payment plan after it is made: the signed copy comes back, or it breaks.

Each function asks the user and returns the service call to run (or None when cancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from debiteur_desk.services.book import Database
from debiteur_desk.services.payment_plans import mark_plan_broken, mark_plan_signed
from debiteur_desk.ui.dialogs.date_dialog import DateDialog
from debiteur_desk.ui.modal import ask

translate = QCoreApplication.translate


def ask_plan_signed(
    parent: QWidget, db: Database, plan_id: int, today: date
) -> Callable[[], None] | None:
    """The debtor's signed copy came back: the plan is active from that day."""
    dialog = DateDialog(
        parent,
        translate("PlanActions", "Signed copy received"),
        translate("PlanActions", "On which day did the signed payment plan come back?"),
        today=today,
    )
    if not ask(dialog):
        return None
    on = dialog.value
    return lambda: mark_plan_signed(db, plan_id, on)


def ask_plan_broken(
    parent: QWidget, db: Database, plan_id: int, today: date
) -> Callable[[], None] | None:
    """The vervalclausule: after a missed instalment and a reminder, all of it is due."""
    dialog = DateDialog(
        parent,
        translate("PlanActions", "Payment plan broken"),
        translate(
            "PlanActions",
            "The whole remaining amount becomes due and the invoices go back to the usual collection steps.",  # noqa: E501 - one literal, so that lupdate finds it
        ),
        today=today,
        with_note=True,
    )
    if not ask(dialog):
        return None
    on, note = dialog.value, dialog.note
    return lambda: mark_plan_broken(db, plan_id, on, note)
