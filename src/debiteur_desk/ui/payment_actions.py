"""Asking before a payment changes after the fact: deleting one entered by mistake, and
setting the client's credit against the open invoices.

Each function asks the user and returns the service call to run (or None when cancelled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from debiteur_desk.services.book import Database
from debiteur_desk.services.payments import DeletedPayment, apply_credit, delete_payment
from debiteur_desk.ui.modal import box_parent

translate = QCoreApplication.translate


def _confirmed(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(box_parent(parent), title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_delete_payment(
    parent: QWidget, db: Database, payment_id: int, amount: str
) -> Callable[[], DeletedPayment] | None:
    """A payment entered by mistake: its invoices open again (the caller offers Undo)."""
    if not _confirmed(
        parent,
        translate("PaymentActions", "Delete payment"),
        translate(
            "PaymentActions",
            "Delete the payment of {amount}? The invoices it paid will be open again. You can undo this right after.",  # noqa: E501 - one literal, so that lupdate finds it
        ).format(amount=amount),
    ):
        return None
    return lambda: delete_payment(db, payment_id)


def ask_apply_credit(
    parent: QWidget, db: Database, client_id: int, credit: str
) -> Callable[[], int] | None:
    """Money kept as credit pays the open invoices, the one due first first."""
    if not _confirmed(
        parent,
        translate("PaymentActions", "Use credit"),
        translate(
            "PaymentActions",
            "Use the credit of {credit} to pay the open invoices, the one due first first?",
        ).format(credit=credit),
    ):
        return None
    return lambda: apply_credit(db, client_id)
