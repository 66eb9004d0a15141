"""The shared field widgets: validate as you type, say what is wrong under the field."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QApplication

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.references import validate_iban
from debiteur_desk.ui.dialogs.fields import (
    AmountField,
    DateField,
    ValidatedLineEdit,
    app_language,
)

pytestmark = pytest.mark.usefixtures("dutch")


@pytest.fixture
def english():
    app = QApplication.instance()
    app.setProperty("language", "en")
    yield
    app.setProperty("language", None)


def test_a_bad_iban_is_named_in_dutch_and_a_good_one_is_kept_compact(qtbot):
    field = ValidatedLineEdit(validate_iban)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line_edit, "NL91 ABNA 0417 1643 01")
    assert not field.is_valid and field.value is None
    assert field.error == "'NL91 ABNA 0417 1643 01' is geen geldig IBAN."
    field.line_edit.backspace()
    qtbot.keyClicks(field.line_edit, "0")
    assert field.is_valid and field.value == "NL91ABNA0417164300"
    assert field.error == ""


def test_errors_follow_the_app_language(qtbot, english):
    assert app_language() == "en"
    field = AmountField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line_edit, "twaalf")
    assert field.error == "'twaalf' is not an amount."


def test_a_required_field_scolds_only_after_it_was_cleared(qtbot):
    field = ValidatedLineEdit(required="client_name_empty")
    qtbot.addWidget(field)
    field.show()
    assert not field.is_valid and field.error == ""
    qtbot.keyClicks(field.line_edit, "x")
    field.line_edit.backspace()
    assert field.error == "Vul de naam van de klant in."


def test_amount_reads_dutch_and_tidies_up(qtbot):
    field = AmountField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line_edit, "1234,5")
    assert field.amount == Decimal("1234.50")
    field.line_edit.editingFinished.emit()
    assert field.text() == "1.234,50"
    field.setText("0")
    assert not field.is_valid and field.error == "Het bedrag moet groter zijn dan nul."
    field.set_amount(Decimal("12.30"))
    assert field.text() == "12,30" and field.is_valid


def test_date_field_reads_both_forms_and_shows_dutch(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.line_edit, "2026-11-22")
    assert field.date == date(2026, 11, 22)
    field.line_edit.editingFinished.emit()
    assert field.text() == "22-11-2026"
    field.setText("31-02-2026")
    assert field.error == "De datum 31-02-2026 bestaat niet."
    field._picked(QDate(2026, 12, 1))
    assert field.date == date(2026, 12, 1) and field.text() == "01-12-2026"


def test_a_problem_from_elsewhere_blocks_the_field(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_date(date(2026, 1, 1))
    field.set_problem(InvalidInput("due_before_invoice_date"))
    assert not field.is_valid
    assert field.error == "De vervaldatum ligt voor de factuurdatum."
    field.set_problem(None)
    assert field.is_valid and field.error == ""
    QCoreApplication.processEvents()
