"""The phone-call dialog filled in like a user does, wrong values first, then saved."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.services.agreements import (
    PromiseInput,
    call_info,
    client_agreements,
    record_phone_call,
)
from debiteur_desk.services.reports import InvoiceFilter, list_invoices
from debiteur_desk.ui.dialogs.fields import date_text
from debiteur_desk.ui.dialogs.phone_call import PhoneCallDialog

from ..integration.factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(db):
    cid = client(db, contact_person="Jan de Vries", phone="030-1234567", email="jan@exmple.nl")
    invoice(
        db, cid, "F-1", "1000.00", invoice_date=TODAY - timedelta(60), due=TODAY - timedelta(30)
    )
    invoice(db, cid, "F-2", "500.00", invoice_date=TODAY - timedelta(40), due=TODAY - timedelta(10))
    return db, cid


def make(qtbot, db, cid):
    rows = list_invoices(db, client_id=cid, status=InvoiceFilter.OPEN)
    dialog = PhoneCallDialog(None, call_info(db, cid), rows)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def retype(qtbot, field, text):
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, text)


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_a_promise_to_pay_wrong_values_first(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    assert dialog.contact_name.text() == "Jan de Vries" and dialog.ok_button.isEnabled()
    choose(dialog.reason, CallReason.CASH_FLOW)
    qtbot.keyClicks(dialog.notes, "Betaalt na de 25e")
    qtbot.mouseClick(dialog.promise_option, Qt.MouseButton.LeftButton)
    assert dialog.promise_amount.text() == "1.500,00"  # what is open on the ticked invoices
    assert dialog.promise_date.date == TODAY + timedelta(days=7)

    retype(qtbot, dialog.promise_amount, "1.500,01")
    assert dialog.promise_amount.error == (
        "Het toegezegde bedrag is hoger dan wat er op de facturen openstaat."
    )
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, dialog.promise_amount, "twaalf")
    assert dialog.promise_amount.error == "'twaalf' is geen bedrag."
    retype(qtbot, dialog.promise_amount, "1.200")

    retype(qtbot, dialog.promise_date, "31-02-2027")
    assert dialog.promise_date.error == "De datum 31-02-2027 bestaat niet."
    retype(qtbot, dialog.promise_date, date_text(TODAY - timedelta(days=1)))
    assert dialog.promise_date.error == "De nieuwe betaaldatum ligt voor de datum van het gesprek."
    assert not dialog.ok_button.isEnabled()
    deadline = TODAY + timedelta(days=10)
    retype(qtbot, dialog.promise_date, deadline.strftime("%d-%m-%Y"))
    assert dialog.ok_button.isEnabled()

    dialog.invoice_list.set_checked(0, False)
    dialog.invoice_list.set_checked(1, False)
    assert dialog.invoice_problem.text() == "Kies de facturen waarvoor de betaling is toegezegd."
    assert not dialog.ok_button.isEnabled()
    dialog.invoice_list.set_checked(0, True)  # F-1 alone: 1.000 open, 1.200 promised
    assert dialog.promise_amount.error.startswith("Het toegezegde bedrag is hoger")
    dialog.invoice_list.set_checked(1, True)
    assert dialog.promise_amount.error == "" and dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    value = dialog.value
    assert (value.outcome, value.reason, value.notes) == (
        CallOutcome.REACHED,
        CallReason.CASH_FLOW,
        "Betaalt na de 25e",
    )
    assert value.occurred_at.date() == TODAY and not dialog.wants_payment_plan
    assert value.promise == PromiseInput(value.invoice_ids, Decimal("1200.00"), deadline, True)
    assert len(value.invoice_ids) == 2 and value.new_email is None

    result = record_phone_call(db, value)
    [agreement] = client_agreements(db, cid)
    assert agreement.id == result.agreement_id and agreement.promised_by == deadline


def test_the_amount_follows_the_ticks_until_typed_by_hand(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    qtbot.mouseClick(dialog.promise_option, Qt.MouseButton.LeftButton)
    dialog.invoice_list.set_checked(1, False)
    assert dialog.promise_amount.text() == "1.000,00"
    retype(qtbot, dialog.promise_amount, "250")
    dialog.invoice_list.set_checked(1, True)
    assert dialog.promise_amount.amount == Decimal("250.00")


def test_not_reached_allows_no_reason_or_agreement(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    qtbot.mouseClick(dialog.promise_option, Qt.MouseButton.LeftButton)
    choose(dialog.outcome, CallOutcome.VOICEMAIL)
    assert not dialog.reason.isEnabled() and not dialog.agreement_box.isEnabled()
    assert dialog.no_agreement.isChecked() and dialog.ok_button.isEnabled()
    value = dialog.value
    assert (value.outcome, value.reason, value.promise) == (CallOutcome.VOICEMAIL, None, None)
    record_phone_call(db, value)


def test_not_received_resend_and_a_corrected_email(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    assert not dialog.not_received_box.isVisible()
    choose(dialog.reason, CallReason.NOT_RECEIVED)
    assert dialog.not_received_box.isVisible()
    qtbot.mouseClick(dialog.resend, Qt.MouseButton.LeftButton)
    retype(qtbot, dialog.email, "jan@")
    assert dialog.email.error == "'jan@' is geen geldig e-mailadres."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.email.line_edit, "example.nl")
    dialog.invoice_list.set_checked(0, False)
    dialog.invoice_list.set_checked(1, False)
    assert dialog.invoice_problem.text() == "Kies de facturen die opnieuw verstuurd worden."
    dialog.invoice_list.set_checked(1, True)
    assert dialog.ok_button.isEnabled()
    value = dialog.value
    assert value.resend_invoices and value.new_email == "jan@example.nl"
    assert len(value.invoice_ids) == 1
    record_phone_call(db, value)
    assert call_info(db, cid).email == "jan@example.nl"


def test_dispute_needs_invoices_and_allows_no_promise(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    choose(dialog.reason, CallReason.DISPUTE)
    assert dialog.dispute_note.isVisible() and not dialog.agreement_box.isEnabled()
    dialog.invoice_list.set_checked(0, False)
    dialog.invoice_list.set_checked(1, False)
    assert not dialog.ok_button.isEnabled()
    assert dialog.invoice_problem.text() == "Kies de facturen waarover het geschil gaat."
    dialog.invoice_list.set_checked(0, True)
    assert dialog.ok_button.isEnabled() and dialog.value.reason is CallReason.DISPUTE


def test_a_payment_plan_is_asked_for_with_the_same_invoices(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    qtbot.mouseClick(dialog.plan_option, Qt.MouseButton.LeftButton)
    dialog.invoice_list.set_checked(0, False)
    assert dialog.wants_payment_plan and dialog.ok_button.isEnabled()
    [only] = [r.id for r in list_invoices(db, client_id=cid) if r.number == "F-2"]
    assert dialog.invoice_ids == (only,)
    assert dialog.value.promise is None


def test_the_call_date_and_time_are_typed(qtbot, book):
    db, cid = book
    dialog = make(qtbot, db, cid)
    retype(qtbot, dialog.call_date, "3-2-20x6")
    assert not dialog.ok_button.isEnabled()
    assert dialog.call_date.error.startswith("'3-2-20x6' is geen datum")
    retype(qtbot, dialog.call_date, "3-2-2026")
    dialog.call_time.setTime(dialog.call_time.time().fromString("09:15", "HH:mm"))
    assert dialog.value.occurred_at == datetime(2026, 2, 3, 9, 15)
