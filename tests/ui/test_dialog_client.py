"""New/edit client: filled in like a user does, wrong values first."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import TEXT_LIMITS, ClientInput
from debiteur_desk.ui.dialogs.client_dialog import ClientDialog

pytestmark = pytest.mark.usefixtures("dutch")


def make(qtbot, initial=None):
    dialog = ClientDialog(None, initial)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_ok_waits_for_a_name_and_valid_numbers(qtbot):
    dialog = make(qtbot)
    assert dialog.windowTitle() == "Nieuwe klant"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name.line_edit, "Bakkerij De Korenschoof")
    assert dialog.ok_button.isEnabled()

    qtbot.keyClicks(dialog.iban.line_edit, "NL91ABNA0417164301")
    assert not dialog.ok_button.isEnabled()
    assert dialog.iban.error == "'NL91ABNA0417164301' is geen geldig IBAN."
    dialog.iban.line_edit.clear()
    qtbot.keyClicks(dialog.iban.line_edit, "nl91 abna 0417 1643 00")
    assert dialog.iban.error == "" and dialog.ok_button.isEnabled()

    qtbot.keyClicks(dialog.postcode.line_edit, "12345")
    assert dialog.postcode.error == "'12345' is geen geldige postcode."
    assert not dialog.ok_button.isEnabled()
    dialog.postcode.line_edit.clear()
    qtbot.keyClicks(dialog.postcode.line_edit, "3512ak")

    qtbot.keyClicks(dialog.kvk.line_edit, "1234567")
    assert dialog.kvk.error == "Een KvK-nummer heeft 8 cijfers ('1234567')."
    qtbot.keyClicks(dialog.kvk.line_edit, "8")
    qtbot.keyClicks(dialog.btw_id.line_edit, "NL004495446B01")
    assert dialog.btw_id.error == "'NL004495446B01' is geen geldig btw-id."
    dialog.btw_id.line_edit.clear()
    qtbot.keyClicks(dialog.btw_id.line_edit, "nl004495445b01")
    qtbot.keyClicks(dialog.email.line_edit, "info@")
    assert dialog.email.error == "'info@' is geen geldig e-mailadres."
    qtbot.keyClicks(dialog.email.line_edit, "korenschoof.nl")
    qtbot.keyClicks(dialog.city.line_edit, "Utrecht")
    dialog.payment_term.setValue(30)
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    value = dialog.value
    assert value == ClientInput(
        name="Bakkerij De Korenschoof",
        kind=ClientKind.BUSINESS,
        email="info@korenschoof.nl",
        postcode="3512 AK",
        city="Utrecht",
        country="NL",
        kvk="12345678",
        btw_id="NL004495445B01",
        iban="NL91ABNA0417164300",
        payment_term_days=30,
    )


def test_a_postcode_abroad_is_not_checked_as_dutch(qtbot):
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.name.line_edit, "Brasserie Anvers")
    qtbot.keyClicks(dialog.postcode.line_edit, "2000")
    assert not dialog.ok_button.isEnabled()
    dialog.country.line_edit.clear()
    qtbot.keyClicks(dialog.country.line_edit, "be")
    assert dialog.postcode.error == "" and dialog.ok_button.isEnabled()
    assert (dialog.value.country, dialog.value.postcode) == ("BE", "2000")
    dialog.country.line_edit.clear()
    qtbot.keyClicks(dialog.country.line_edit, "B")
    assert dialog.country.error == "Gebruik een landcode van twee letters, zoals NL of BE."
    assert not dialog.ok_button.isEnabled()


def test_a_consumer_has_no_kvk_or_vat_number(qtbot):
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.name.line_edit, "Jan Jansen")
    qtbot.keyClicks(dialog.kvk.line_edit, "123")
    assert not dialog.ok_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ClientKind.CONSUMER))
    assert not dialog.kvk.isEnabled() and dialog.kvk.error == ""
    assert dialog.ok_button.isEnabled()
    assert dialog.value.kind is ClientKind.CONSUMER and dialog.value.kvk == ""


def test_editing_shows_what_is_there(qtbot):
    initial = ClientInput(
        name="Garage Laat",
        kind=ClientKind.CONSUMER,
        contact_person="Piet",
        iban="NL91ABNA0417164300",
        payment_term_days=21,
        language="en",
        notes="Belt liever 's avonds",
    )
    dialog = make(qtbot, initial)
    assert dialog.windowTitle() == "Klant wijzigen"
    assert dialog.ok_button.isEnabled()
    assert dialog.value == initial
    dialog.name.line_edit.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.name.error == "Vul de naam van de klant in."


def test_every_text_field_takes_no_more_than_the_service_allows(qtbot):
    dialog = make(qtbot)
    for name, limit in TEXT_LIMITS.items():
        if name != "notes":
            assert getattr(dialog, name).line_edit.maxLength() == limit.maximum, name
    QApplication.clipboard().setText("Fietsenmakerij De Snelle Spaak " * 170)
    dialog.name.line_edit.setFocus()
    qtbot.keySequence(dialog.name.line_edit, QKeySequence.StandardKey.Paste)
    assert len(dialog.name.text()) == limits.NAME.maximum
    assert dialog.ok_button.isEnabled()
    assert dialog.value.name == dialog.name.text().strip()


def test_notes_that_are_too_long_say_so_and_keep_ok_disabled(qtbot):
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.name.line_edit, "Jan Jansen")
    dialog.notes.setPlainText("x" * (limits.NOTES.maximum + 1))
    assert not dialog.ok_button.isEnabled()
    assert dialog.notes_error.message == "De notitie is te lang: 4001 tekens, maximaal 4000."
    dialog.notes.setPlainText("Belt liever 's avonds")
    assert dialog.ok_button.isEnabled() and dialog.notes_error.message == ""
