"""Dialogs do not move under the mouse: an error coming or going leaves every field and the
OK button where they were, so a click lands where it was aimed."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from debiteur_desk.ui.dialogs.client_dialog import ClientDialog
from debiteur_desk.ui.dialogs.fields import ValidatedLineEdit
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog

pytestmark = pytest.mark.usefixtures("dutch")


def geometry(dialog) -> dict[str, QRect]:
    """Where each field, its line edit and the OK button are, in the dialog."""
    QApplication.processEvents()
    places: dict[str, QRect] = {}
    widgets: list[tuple[str, QWidget]] = [("ok", dialog.ok_button)]
    for name, field in vars(dialog).items():
        if isinstance(field, ValidatedLineEdit):
            widgets += [(name, field), (f"{name}.line_edit", field.line_edit)]
    for name, widget in widgets:
        places[name] = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
    return places


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_client_dialog_fields_stay_put_as_errors_come_and_go(qtbot):
    dialog = shown(qtbot, ClientDialog(None))
    before = geometry(dialog)
    qtbot.keyClicks(dialog.name.line_edit, "Bakkerij De Korenschoof")
    qtbot.keyClicks(dialog.email.line_edit, "info@")
    qtbot.keyClicks(dialog.iban.line_edit, "NL91 ABNA 0417 1643 01")
    qtbot.keyClicks(dialog.postcode.line_edit, "12345")
    assert dialog.email.error and dialog.iban.error and dialog.postcode.error
    assert geometry(dialog) == before
    qtbot.keyClicks(dialog.email.line_edit, "korenschoof.nl")
    dialog.iban.line_edit.clear()
    dialog.postcode.line_edit.clear()
    assert dialog.ok_button.isEnabled()
    assert geometry(dialog) == before


def test_invoice_dialog_fields_stay_put_as_errors_come_and_go(qtbot):
    clients = [(1, "Bakkerij De Korenschoof"), (2, "Garage Laat")]
    dialog = shown(qtbot, InvoiceDialog(None, clients))
    before = geometry(dialog)
    assert dialog.client_error.message  # no client chosen yet
    qtbot.keyClicks(dialog.number.line_edit, "2026-0042")
    qtbot.keyClicks(dialog.amount.line_edit, "-5")
    qtbot.keyClicks(dialog.kenmerk.line_edit, "1234")
    dialog.due_date.line_edit.clear()
    qtbot.keyClicks(dialog.due_date.line_edit, "01-01-2000")
    assert dialog.amount.error and dialog.kenmerk.error and dialog.due_date.error
    assert geometry(dialog) == before
    qtbot.keyClicks(dialog.client.lineEdit(), "Garage Laat")
    dialog.amount.line_edit.clear()
    qtbot.keyClicks(dialog.amount.line_edit, "121")
    dialog.kenmerk.line_edit.clear()
    dialog.due_date.line_edit.clear()
    qtbot.keyClicks(dialog.due_date.line_edit, "01-01-2099")
    assert dialog.ok_button.isEnabled() and not dialog.client_error.message
    assert geometry(dialog) == before


def test_the_line_under_a_field_does_not_repeat_what_was_typed(qtbot):
    dialog = shown(qtbot, ClientDialog(None))
    qtbot.keyClicks(dialog.iban.line_edit, "NL91 ABNA 0417 1643 01")
    assert dialog.iban.error_label.text() == "Geen geldig IBAN."
    assert dialog.iban.error == "'NL91 ABNA 0417 1643 01' is geen geldig IBAN."
    assert dialog.iban.error_label.toolTip() == dialog.iban.error


def test_every_short_message_has_its_full_sentence():
    from debiteur_desk.text.messages import CATALOGUE, SHORT

    assert set(SHORT) <= set(CATALOGUE)
