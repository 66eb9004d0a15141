"""A credit note: number, date, amount not above what is open, reason."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.credit_note_dialog import CreditNoteDialog, CreditNoteValue

pytestmark = pytest.mark.usefixtures("dutch")

INVOICE = InvoiceRow(
    5, "2026-005", 7, "Garage Laat", "business", date(2026, 9, 1), date(2026, 9, 15),
    Decimal("1250.00"), Decimal("400.00"), InvoiceStatus.PARTLY_PAID,
)  # fmt: skip


def make(qtbot):
    dialog = CreditNoteDialog(None, INVOICE)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_credit_note_filled_in_with_mistakes_first(qtbot):
    dialog = make(qtbot)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.number.line_edit, "C-2026-01")
    qtbot.keyClicks(dialog.amount.line_edit, "400,01")
    assert dialog.amount.error == (
        "De creditnota is hoger dan wat er op factuur 2026-005 openstaat."
    )
    assert not dialog.ok_button.isEnabled()
    dialog.amount.line_edit.clear()
    qtbot.keyClicks(dialog.amount.line_edit, "150")
    assert dialog.amount.error == "" and dialog.ok_button.isEnabled()
    dialog.issued_on.line_edit.clear()
    qtbot.keyClicks(dialog.issued_on.line_edit, "1-10-2026")
    qtbot.keyClicks(dialog.reason.line_edit, "Korting op de reparatie")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.value == CreditNoteValue(
        "C-2026-01", date(2026, 10, 1), Decimal("150.00"), "Korting op de reparatie"
    )


def test_everything_open_fills_the_open_amount(qtbot):
    dialog = make(qtbot)
    qtbot.mouseClick(dialog.whole_button, Qt.MouseButton.LeftButton)
    assert dialog.amount.amount == Decimal("400.00") and dialog.amount.text() == "400,00"
    assert not dialog.ok_button.isEnabled()  # the number is still missing
    qtbot.keyClicks(dialog.number.line_edit, "C-1")
    dialog.number.line_edit.backspace()
    dialog.number.line_edit.backspace()
    dialog.number.line_edit.backspace()
    assert dialog.number.error == "Vul een nummer voor de creditnota in."
    qtbot.keyClicks(dialog.number.line_edit, "C-1")
    assert dialog.ok_button.isEnabled()
    assert dialog.value.amount == Decimal("400.00")
