"""New/edit invoice: client, number, dates (due not before invoice date), amount, VAT."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.services.invoices import InvoiceInput
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog

pytestmark = pytest.mark.usefixtures("dutch")

CLIENTS = [(1, "Bakkerij De Korenschoof"), (2, "Garage Laat"), (3, "Jan Jansen")]


def make(qtbot, clients=CLIENTS, **kw):
    dialog = InvoiceDialog(None, clients, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot, field, text):
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, text)


def test_a_new_invoice_typed_in_with_mistakes_first(qtbot):
    dialog = make(qtbot, client_id=2)
    assert dialog.windowTitle() == "Nieuwe factuur"
    assert dialog.client.currentText() == "Garage Laat"
    assert dialog.invoice_date.date == clock.today()
    assert dialog.due_date.date == clock.today() + timedelta(days=14)
    assert not dialog.ok_button.isEnabled()

    type_in(qtbot, dialog.number, "2026-0042")
    type_in(qtbot, dialog.invoice_date, "01-11-2026")
    assert dialog.due_date.date == date(2026, 11, 15)  # follows the invoice date
    type_in(qtbot, dialog.amount, "-5")
    assert dialog.amount.error == "Het bedrag mag niet negatief zijn (-5)."
    type_in(qtbot, dialog.amount, "1.210,00")
    assert dialog.ok_button.isEnabled()

    type_in(qtbot, dialog.due_date, "31-10-2026")
    assert dialog.due_date.error == "De vervaldatum ligt voor de factuurdatum."
    assert not dialog.ok_button.isEnabled()
    type_in(qtbot, dialog.due_date, "2026-12-01")
    assert dialog.due_date.error == "" and dialog.ok_button.isEnabled()
    type_in(qtbot, dialog.invoice_date, "05-11-2026")
    assert dialog.due_date.date == date(2026, 12, 1)  # typed by hand: stays

    type_in(qtbot, dialog.vat, "2.000")
    assert dialog.vat.error == "Het btw-bedrag klopt niet (2000.00)."
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.vat_button, Qt.MouseButton.LeftButton)
    assert dialog.vat.amount == Decimal("210.00")

    type_in(qtbot, dialog.kenmerk, "1234")
    assert dialog.kenmerk.error == "'1234' is geen geldig betalingskenmerk."
    type_in(qtbot, dialog.kenmerk, "5000 0000 0000 0042")
    assert not dialog.kenmerk.is_valid  # wrong check digit
    dialog.kenmerk.line_edit.clear()
    qtbot.keyClicks(dialog.description.line_edit, "Reparatie")
    dialog.sent_via.setCurrentIndex(dialog.sent_via.findData("email"))
    type_in(qtbot, dialog.sent_on, "05-11-2026")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.value == InvoiceInput(
        number="2026-0042",
        client_id=2,
        invoice_date=date(2026, 11, 5),
        due_date=date(2026, 12, 1),
        amount=Decimal("1210.00"),
        vat=Decimal("210.00"),
        description="Reparatie",
        kenmerk=None,
        sent_on=date(2026, 11, 5),
        sent_via="email",
    )


def test_the_client_payment_term_sets_the_due_date(qtbot):
    dialog = make(qtbot, client_id=1, payment_terms={1: 30})
    type_in(qtbot, dialog.invoice_date, "01-11-2026")
    assert dialog.due_date.date == date(2026, 12, 1)
    dialog.client.setCurrentIndex(2)  # Jan Jansen: no term known -> 14 days
    assert dialog.due_date.date == date(2026, 11, 15)


def test_a_client_must_be_chosen_from_the_list(qtbot):
    dialog = make(qtbot)
    type_in(qtbot, dialog.number, "A-1")
    type_in(qtbot, dialog.amount, "10")
    assert dialog.client_id is None and not dialog.ok_button.isEnabled()
    assert dialog.client_error.message == "Kies een klant uit de lijst."
    qtbot.keyClicks(dialog.client.lineEdit(), "Garage Laat")
    assert dialog.client_id == 2 and dialog.ok_button.isEnabled()
    assert dialog.client_error.message == ""
    dialog.client.lineEdit().setText("Garage")
    assert dialog.client_id is None and not dialog.ok_button.isEnabled()


def test_editing_keeps_the_invoice_as_it_was(qtbot):
    initial = InvoiceInput(
        number="2026-0007",
        client_id=3,
        invoice_date=date(2026, 3, 1),
        due_date=date(2026, 3, 31),
        amount=Decimal("99.95"),
        vat=Decimal("17.35"),
        description="Onderhoud",
        kenmerk="4000000000000041",
        sent_on=date(2026, 3, 2),
        sent_via="post",
        sent_to="Dorpsstraat 1",
    )
    dialog = make(qtbot, initial=initial)
    assert dialog.windowTitle() == "Factuur wijzigen"
    assert dialog.amount.text() == "99,95" and dialog.invoice_date.text() == "01-03-2026"
    assert dialog.ok_button.isEnabled()
    assert dialog.value == initial
    type_in(qtbot, dialog.invoice_date, "15-03-2026")
    assert dialog.due_date.date == date(2026, 3, 31)  # an existing due date is not moved


def test_a_new_invoice_gets_the_suggested_number_and_an_edit_keeps_its_own(qtbot):
    dialog = make(qtbot, client_id=1, suggested_number="2026-0043")
    assert dialog.number.text() == "2026-0043"
    type_in(qtbot, dialog.amount, "121")
    assert dialog.ok_button.isEnabled() and dialog.value.number == "2026-0043"
    initial = InvoiceInput("2026-0007", 1, date(2026, 11, 1), date(2026, 11, 15), Decimal(121))
    edit = make(qtbot, initial=initial, suggested_number="2026-0043")
    assert edit.number.text() == "2026-0007"


def test_the_vat_button_says_what_it_does(qtbot):
    dialog = make(qtbot, client_id=1)
    assert dialog.vat_button.text() == "Btw berekenen (21% inbegrepen)"
    assert "21/121" in dialog.vat_button.toolTip()
    type_in(qtbot, dialog.amount, "121,00")
    qtbot.mouseClick(dialog.vat_button, Qt.MouseButton.LeftButton)
    assert dialog.vat.amount == Decimal("21.00")


def test_the_client_is_found_without_its_accents(qtbot):
    dialog = make(qtbot, clients=[*CLIENTS, (4, "Julia Çelik"), (5, "Zoë de Boer")])
    qtbot.keyClicks(dialog.client.lineEdit(), "celik")
    names = dialog.client_names
    assert [names.index(r, 0).data() for r in range(names.rowCount())] == ["Julia Çelik"]
    popup = dialog.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(dialog.client.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.client_id == 4
