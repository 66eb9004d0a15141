"""The payment-plan dialog filled in like a user does: the schedule follows every keystroke,
impossible plans are named next to the field, and what it collects makes the plan."""

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from debiteur_desk.domain import clock
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    create_payment_plan,
    plan_additions,
    plan_view,
)
from debiteur_desk.services.reports import list_invoices
from debiteur_desk.services.settings import change_setting
from debiteur_desk.ui.dialogs.payment_plan import PaymentPlanDialog

from ..integration.factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


def make(qtbot, db, kind=ClientKind.BUSINESS):
    cid = client(db, kind=kind)
    invoice(db, cid, "F-1", "600.00", invoice_date=days(-60), due=days(-30))
    invoice(db, cid, "F-2", "400.00", invoice_date=days(-40), due=days(-10))
    rows = list_invoices(db, client_id=cid)
    additions = plan_additions(db, tuple(r.id for r in rows), TODAY)
    dialog = PaymentPlanDialog(None, cid, kind.value, rows, additions)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def retype(qtbot, field, text):
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, text)


def schedule(dialog):
    table = dialog.schedule_table
    return [
        tuple(table.item(row, column).text() for column in range(3))
        for row in range(table.rowCount())
    ]


def test_count_gives_a_live_schedule_with_the_remainder_last(qtbot, db):
    dialog = make(qtbot, db)
    assert not dialog.ok_button.isEnabled() and schedule(dialog) == []
    qtbot.keyClicks(dialog.count.line_edit, "3")
    first = dialog.first_due.date
    assert [row[2] for row in schedule(dialog)] == ["€\xa0333,33", "€\xa0333,33", "€\xa0333,34"]
    assert schedule(dialog)[0][:2] == ("1", first.strftime("%d-%m-%Y"))
    assert "€\xa0333,34" in dialog.summary.text()
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.count.line_edit, "0")  # 30 instalments
    assert len(schedule(dialog)) == 30 and schedule(dialog)[-1][2] == "€\xa033,43"
    dialog.frequency.setCurrentIndex(dialog.frequency.findData(Frequency.WEEKLY))
    assert schedule(dialog)[1][1] == (first + timedelta(weeks=1)).strftime("%d-%m-%Y")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("0", "Kies 1 tot 120 termijnen."),
        ("121", "Kies 1 tot 120 termijnen."),
        ("drie", "Kies 1 tot 120 termijnen."),
    ],
)
def test_impossible_counts_are_named_next_to_the_field(qtbot, db, text, error):
    dialog = make(qtbot, db)
    qtbot.keyClicks(dialog.count.line_edit, text)
    assert dialog.count.error == error
    assert not dialog.ok_button.isEnabled() and schedule(dialog) == []


def test_amount_per_instalment_refuses_never_ending_plans_and_zero(qtbot, db):
    dialog = make(qtbot, db)
    qtbot.mouseClick(dialog.by_amount, Qt.MouseButton.LeftButton)
    assert not dialog.count.isEnabled() and dialog.instalment.isEnabled()
    qtbot.keyClicks(dialog.instalment.line_edit, "5")
    assert dialog.instalment.error == (
        "Met dit termijnbedrag duurt de regeling 200 termijnen (maximaal 120)."
    )
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, dialog.instalment, "0")
    assert dialog.instalment.error == "Een termijn moet meer dan € 0,00 zijn."
    retype(qtbot, dialog.instalment, "1.000,5")  # Dutch input: 1000,50 covers it at once
    assert dialog.instalment.error == "" and len(schedule(dialog)) == 1
    retype(qtbot, dialog.instalment, "250")
    assert [row[2] for row in schedule(dialog)] == ["€\xa0250,00"] * 4
    assert dialog.ok_button.isEnabled()


def test_down_payment_must_be_less_than_the_total(qtbot, db):
    dialog = make(qtbot, db)
    qtbot.keyClicks(dialog.count.line_edit, "2")
    qtbot.keyClicks(dialog.down_payment.line_edit, "1.000")
    assert dialog.down_payment.error == "De aanbetaling moet kleiner zijn dan het totaal."
    assert not dialog.ok_button.isEnabled()
    retype(qtbot, dialog.down_payment, "200")
    qtbot.keyClicks(dialog.down_payment_date.line_edit, dialog.first_due.text()[:-4] + "2099")
    assert dialog.down_payment_date.error == (
        "De aanbetaling moet uiterlijk op de eerste termijndatum vallen."
    )
    retype(qtbot, dialog.down_payment_date, days(3).strftime("%d-%m-%Y"))
    down = dialog.tr("Down payment")  # "Aanbetaling" once the Dutch .qm has it
    assert schedule(dialog)[0] == (down, days(3).strftime("%d-%m-%Y"), "€\xa0200,00")
    assert [row[2] for row in schedule(dialog)[1:]] == ["€\xa0400,00", "€\xa0400,00"]
    assert dialog.ok_button.isEnabled()


def test_first_due_date_must_be_a_date(qtbot, db):
    dialog = make(qtbot, db)
    qtbot.keyClicks(dialog.count.line_edit, "2")
    retype(qtbot, dialog.first_due, "30-02-2027")
    assert dialog.first_due.error == "De datum 30-02-2027 bestaat niet."
    assert not dialog.ok_button.isEnabled()


def test_additions_change_the_total_and_make_the_plan(qtbot, db):
    dialog = make(qtbot, db)
    additions = dialog.additions
    qtbot.keyClicks(dialog.count.line_edit, "4")
    for box in (dialog.additions_box.interest, dialog.additions_box.costs):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    total = Decimal("1000.00") + additions.interest + additions.costs
    shown = sum(
        Decimal(row[2].replace("€\xa0", "").replace(".", "").replace(",", "."))
        for row in schedule(dialog)
    )
    assert shown == total
    breakdown = dialog.additions_box.interest_breakdown.text()
    assert breakdown.startswith("F-1: ") and "<br>F-2: " in breakdown
    assert "15%" in dialog.additions_box.costs_breakdown.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    value = dialog.value
    assert (value.count, value.add_interest, value.add_costs) == (4, True, True)
    assert value.additions_as_of == TODAY and value.frequency is Frequency.MONTHLY
    view = plan_view(db, create_payment_plan(db, value), TODAY)
    assert view.total == total and len(view.instalments) == 4


def test_a_consumer_without_a_fourteen_day_letter_owes_no_costs(qtbot, db):
    """Art. 6:96 lid 6 BW; interest only from default (art. 6:119, 6:83 sub a BW)."""
    change_setting(db, "rules.payment_term_agreed", True)
    dialog = make(qtbot, db, ClientKind.CONSUMER)
    assert not dialog.additions_box.costs.isEnabled()
    assert dialog.additions_box.interest.isEnabled()
    assert dialog.additions_box.costs_breakdown.text() == dialog.additions_box.tr(
        "A consumer owes collection costs only after the term of a 14-day letter "
        "about these invoices has run."
    )


def test_a_consumer_not_in_default_owes_no_interest_yet(qtbot, db):
    """Art. 6:82 BW: without a fatal term, default (and interest) only after a demand's
    term ran out; the dialog says so instead of adding interest from the due date."""
    dialog = make(qtbot, db, ClientKind.CONSUMER)
    assert not dialog.additions_box.interest.isEnabled()
    assert "F-1" in dialog.additions_box.interest_breakdown.text()
    assert "verzuim" in dialog.additions_box.interest_breakdown.text() or "default" in (
        dialog.additions_box.interest_breakdown.text()
    )


def test_renegotiation_starts_from_the_old_terms(qtbot, db):
    cid = client(db)
    invoice(db, cid, "F-1", "900.00", invoice_date=days(-60), due=days(-30))
    rows = list_invoices(db, client_id=cid)
    ids = tuple(r.id for r in rows)
    old = PaymentPlanInput(
        cid, ids, Frequency.BIWEEKLY, days(21), instalment=Decimal("150"), add_interest=True
    )
    dialog = PaymentPlanDialog(
        None, cid, "business", rows, plan_additions(db, ids, TODAY), initial=old
    )
    qtbot.addWidget(dialog)
    assert dialog.by_amount.isChecked() and dialog.instalment.text() == "150,00"
    assert dialog.additions_box.interest.isChecked() and dialog.ok_button.isEnabled()
    value = dialog.value
    assert (value.frequency, value.first_due, value.instalment) == (
        Frequency.BIWEEKLY,
        days(21),
        Decimal("150.00"),
    )


def test_an_unverified_rate_is_named_before_it_is_added(qtbot, db):
    """Found by a user: the plan added interest at an unverified rate without a word (the
    letter window did warn); both now say the same."""
    dialog = make(qtbot, db)  # a business: commercial interest in 2026, not yet verified
    warnings = dialog.additions.rate_warnings
    assert warnings and dialog.additions_box.rate_warning.isVisibleTo(dialog)
    assert "niet geverifieerd" in dialog.additions_box.rate_warning.text() or (
        "not verified" in dialog.additions_box.rate_warning.text()
    )
