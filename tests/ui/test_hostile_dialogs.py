"""The dialogs apply the domain's one rule for each typed value: an absurd amount, a date
far in the past or future, control characters in a text. What they refuse, they say in
the user's language with OK disabled; what they take is what the service stores."""

from __future__ import annotations

from datetime import date

import pytest

from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog

pytestmark = pytest.mark.usefixtures("dutch")


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def invoice_dialog(qtbot):
    dialog = shown(qtbot, InvoiceDialog(None, [(1, "Jansen")], client_id=1))
    dialog.number.setText("2026-1")
    dialog.invoice_date.setText("01-11-2026")
    dialog.amount.setText("121,00")
    assert dialog.ok_button.isEnabled()
    return dialog


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("amount", "10.000.000,01", "meer dan € 10 miljoen"),
        ("amount", "0", "groter zijn dan nul"),
        ("amount", "12,345", "meer dan twee decimalen"),
        ("invoice_date", "01-11-1926", "Controleer het jaar"),
        ("due_date", "31-12-2101", "Controleer het jaar"),
        ("invoice_date", "30-02-2026", "bestaat niet"),
    ],
)
def test_a_bad_value_is_refused_in_words(invoice_dialog, field, typed, message):
    widget = getattr(invoice_dialog, field)
    widget.setText(typed)
    assert message in widget.error
    assert not invoice_dialog.ok_button.isEnabled()


def test_the_invoice_texts_are_taken_as_the_service_stores_them(invoice_dialog):
    invoice_dialog.number.setText("2026\t1\x00")
    invoice_dialog.description.setText("\u202eWerk 🚲 <b>&</b>")
    value = invoice_dialog.value
    assert (value.number, value.description) == ("2026 1", "Werk 🚲 <b>&</b>")


def test_a_client_name_is_cleaned_and_a_long_note_refused(qtbot):
    dialog = shown(qtbot, ClientDialog(None))
    dialog.name.setText("שלום\tJansen\x07")
    assert dialog.name.value == "שלום Jansen" and dialog.name.is_valid
    dialog.name.setText("\x00\x01")
    assert "naam" in dialog.name.error.lower() and not dialog.ok_button.isEnabled()
    dialog.notes.setPlainText("x" * 10_000)
    dialog.name.setText("Jansen")
    assert not dialog.ok_button.isEnabled()


def test_a_payment_of_twenty_million_is_refused(qtbot):
    dialog = shown(qtbot, PaymentDialog(None, 1, [], client_name="Jansen"))
    dialog.amount.setText("20.000.000")
    assert "meer dan € 10 miljoen" in dialog.amount.error
    assert not dialog.ok_button.isEnabled()
    dialog.amount.setText("20,00")
    dialog.received_on.setText("01-01-1989")
    assert "Controleer het jaar" in dialog.received_on.error
    assert not dialog.ok_button.isEnabled()
    dialog.received_on.setText("20-11-2026")
    assert dialog.ok_button.isEnabled() and dialog.value.received_on == date(2026, 11, 20)
