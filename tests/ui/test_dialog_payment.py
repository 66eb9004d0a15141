"""Record a payment: spread over open invoices, partial allowed, the rest stays as credit."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services.payments import PaymentInput
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog

pytestmark = pytest.mark.usefixtures("dutch")


def row(id_, number, due, amount, open_):
    return InvoiceRow(
        id_, number, 7, "Garage Laat", "business", due, due,
        Decimal(amount), Decimal(open_), InvoiceStatus.OPEN,
    )  # fmt: skip


OPEN = [
    row(12, "2026-012", date(2026, 10, 1), "300.00", "300.00"),
    row(10, "2026-010", date(2026, 9, 1), "200.00", "150.00"),  # oldest: first in line
]


def make(qtbot, invoices=OPEN):
    dialog = PaymentDialog(None, 7, invoices)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def summary(dialog):
    return dialog.summary.text().replace("\xa0", " ")


def type_in(qtbot, line_edit, text):
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)


def test_the_amount_goes_to_the_oldest_invoice_first(qtbot):
    dialog = make(qtbot)
    assert dialog.windowTitle() == "Betaling boeken van Garage Laat"
    assert [inv.number for inv in dialog.table.invoices] == ["2026-010", "2026-012"]
    assert not dialog.ok_button.isEnabled()
    type_in(qtbot, dialog.amount.line_edit, "200,00")
    assert [e.text() for e in dialog.table.editors] == ["150,00", "50,00"]
    assert summary(dialog) == "Toegewezen: € 200,00"
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    value = dialog.value
    assert value == PaymentInput(
        received_on=clock.today(),
        amount=Decimal("200.00"),
        client_id=7,
        allocations=((10, Decimal("150.00")), (12, Decimal("50.00"))),
    )


def test_a_partial_payment_by_hand_and_an_overpayment_kept_as_credit(qtbot):
    dialog = make(qtbot)
    type_in(qtbot, dialog.received_on.line_edit, "20-11-2026")
    type_in(qtbot, dialog.amount.line_edit, "500")
    # everything open is 450: 50 stays as credit
    assert summary(dialog) == "Toegewezen: € 450,00 · blijft als tegoed: € 50,00"
    assert dialog.ok_button.isEnabled()
    oldest, newest = dialog.table.editors
    type_in(qtbot, oldest, "100")  # pays part of the oldest only
    type_in(qtbot, newest, "")
    assert summary(dialog) == "Toegewezen: € 100,00 · blijft als tegoed: € 400,00"
    type_in(qtbot, dialog.amount.line_edit, "120")  # typed by hand: allocations stay
    assert oldest.text() == "100"
    value = dialog.value
    assert value.received_on == date(2026, 11, 20)
    assert value.amount == Decimal("120.00")
    assert value.allocations == ((10, Decimal("100.00")),)


def test_allocations_above_what_is_open_or_paid_keep_ok_disabled(qtbot):
    dialog = make(qtbot)
    type_in(qtbot, dialog.amount.line_edit, "100")
    oldest, newest = dialog.table.editors
    type_in(qtbot, oldest, "151")
    assert not dialog.ok_button.isEnabled()
    assert summary(dialog) == ("Er staat op factuur 2026-010 minder open dan u wilt toewijzen.")
    type_in(qtbot, oldest, "60")
    type_in(qtbot, newest, "50")
    assert not dialog.ok_button.isEnabled()
    assert summary(dialog) == "U wijst meer toe dan er betaald is."
    type_in(qtbot, newest, "abc")
    assert summary(dialog) == "'abc' is geen bedrag."
    type_in(qtbot, newest, "40")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.spread_button, Qt.MouseButton.LeftButton)
    assert [e.text() for e in dialog.table.editors] == ["100,00", ""]


def test_a_bad_date_amount_or_iban_keeps_ok_disabled(qtbot):
    dialog = make(qtbot)
    type_in(qtbot, dialog.amount.line_edit, "0")
    assert dialog.amount.error == "Het bedrag moet groter zijn dan nul."
    type_in(qtbot, dialog.amount.line_edit, "10")
    type_in(qtbot, dialog.received_on.line_edit, "32-01-2026")
    assert dialog.received_on.error == "De datum 32-01-2026 bestaat niet."
    assert not dialog.ok_button.isEnabled()
    type_in(qtbot, dialog.received_on.line_edit, "01-02-2026")
    type_in(qtbot, dialog.counterparty_iban.line_edit, "NL00BANK")
    assert not dialog.ok_button.isEnabled()
    type_in(qtbot, dialog.counterparty_iban.line_edit, "NL91ABNA0417164300")
    qtbot.keyClicks(dialog.counterparty_name.line_edit, "G. Laat")
    dialog.method.setCurrentIndex(dialog.method.findData("cash"))
    assert dialog.ok_button.isEnabled()
    value = dialog.value
    assert (value.method, value.counterparty_name, value.counterparty_iban) == (
        "cash", "G. Laat", "NL91ABNA0417164300",
    )  # fmt: skip


def test_no_open_invoices_means_all_of_it_is_credit(qtbot):
    dialog = make(qtbot, [])
    type_in(qtbot, dialog.amount.line_edit, "75")
    assert summary(dialog) == "Toegewezen: € 0,00 · blijft als tegoed: € 75,00"
    assert dialog.ok_button.isEnabled()
    assert dialog.value.allocations == ()


def test_keeping_all_of_it_as_credit_allocates_nothing(qtbot):
    dialog = make(qtbot)
    type_in(qtbot, dialog.amount.line_edit, "120,00")
    assert [e.text() for e in dialog.table.editors] == ["120,00", ""]
    dialog.as_credit.setChecked(True)
    assert not dialog.table.isEnabled() and not dialog.spread_button.isEnabled()
    assert summary(dialog) == "Alles blijft als tegoed staan: € 120,00"
    assert dialog.ok_button.isEnabled()
    value = dialog.value
    assert value.keep_as_credit and value.allocations == ()
    dialog.as_credit.setChecked(False)  # back: the spread is there again
    assert dialog.value.allocations == ((10, Decimal("120.00")),)
    assert not dialog.value.keep_as_credit
