"""Write off what is open, with a reason (required) and a date."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.write_off_dialog import WriteOffDialog, WriteOffValue

pytestmark = pytest.mark.usefixtures("dutch")


def invoice(open_):
    return InvoiceRow(
        5, "2026-005", 7, "Garage Laat", "business", date(2026, 9, 1), date(2026, 9, 15),
        Decimal("1250.00"), Decimal(open_), InvoiceStatus.OPEN,
    )  # fmt: skip


def make(qtbot, open_="400.00"):
    dialog = WriteOffDialog(None, invoice(open_))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_reason_is_required(qtbot):
    dialog = make(qtbot)
    assert dialog.what.text().replace("\xa0", " ") == "Af te boeken: € 400,00"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason.lineEdit(), "  ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason_error.isVisible()
    assert dialog.reason_error.text() == "Geef een reden voor het afboeken."
    dialog.reason.lineEdit().clear()
    qtbot.keyClicks(dialog.reason.lineEdit(), "Failliet verklaard")
    assert dialog.ok_button.isEnabled() and not dialog.reason_error.isVisible()
    dialog.on.line_edit.clear()
    qtbot.keyClicks(dialog.on.line_edit, "2026-11-30")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.value == WriteOffValue(date(2026, 11, 30), "Failliet verklaard")


def test_a_reason_from_the_list_and_a_bad_date(qtbot):
    dialog = make(qtbot)
    dialog.reason.setCurrentIndex(1)
    assert dialog.value.reason == "Faillissement"
    assert dialog.ok_button.isEnabled()
    dialog.on.line_edit.clear()
    qtbot.keyClicks(dialog.on.line_edit, "gisteren")
    assert dialog.on.error == "'gisteren' is geen datum; gebruik DD-MM-JJJJ of JJJJ-MM-DD."
    assert not dialog.ok_button.isEnabled()


def test_nothing_open_nothing_to_write_off(qtbot):
    dialog = make(qtbot, "0.00")
    assert dialog.what.text() == "Op factuur 2026-005 staat niets meer open."
    dialog.reason.setCurrentIndex(1)
    assert not dialog.ok_button.isEnabled()
