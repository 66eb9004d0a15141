"""After a plan is made: record the signed copy (draft -> active) or the break (vervalclausule)."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from debiteur_desk.domain import clock
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    client_plans,
    create_payment_plan,
)
from debiteur_desk.ui.dialogs.date_dialog import DateDialog
from debiteur_desk.ui.plan_actions import ask_plan_broken, ask_plan_signed

from ..integration.factories import client, invoice
from .gui_thread_guard import on_a_worker

TODAY = clock.today()


@pytest.fixture
def plan(db):
    cid = client(db)
    inv = invoice(
        db,
        cid,
        "F-1",
        "300.00",
        invoice_date=TODAY - timedelta(days=60),
        due=TODAY - timedelta(days=30),
    )
    plan_id = create_payment_plan(
        db, PaymentPlanInput(cid, (inv,), Frequency.MONTHLY, TODAY + timedelta(days=7), count=3)
    )
    return cid, plan_id


def answer(monkeypatch, accepted, on=TODAY, note=""):
    code = QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected
    monkeypatch.setattr(DateDialog, "exec", lambda d: code)
    monkeypatch.setattr(DateDialog, "value", property(lambda d: on))
    monkeypatch.setattr(DateDialog, "note", property(lambda d: note))


def test_signed_copy_makes_the_plan_active(qtbot, db, plan, monkeypatch):
    cid, plan_id = plan
    assert client_plans(db, cid, TODAY)[0].status == "draft"
    answer(monkeypatch, accepted=False)
    assert ask_plan_signed(None, db, plan_id, TODAY) is None
    answer(monkeypatch, accepted=True, on=TODAY - timedelta(days=1))
    on_a_worker(ask_plan_signed(None, db, plan_id, TODAY))
    [view] = client_plans(db, cid, TODAY)
    assert view.status == "active"


def test_a_broken_plan_is_recorded_with_its_note(qtbot, db, plan, monkeypatch):
    cid, plan_id = plan
    answer(monkeypatch, accepted=True, note="Termijn 1 niet betaald na herinnering")
    on_a_worker(ask_plan_broken(None, db, plan_id, TODAY))
    assert client_plans(db, cid, TODAY)[0].status == "broken"


def test_the_date_cannot_be_in_the_future(qtbot):
    dialog = DateDialog(None, "x", "y", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.value == TODAY and dialog.ok_button.isEnabled()
    dialog.date.line_edit.clear()
    qtbot.keyClicks(dialog.date.line_edit, (TODAY + timedelta(days=5)).strftime("%d-%m-%Y"))
    assert not dialog.ok_button.isEnabled()
    assert dialog.date.error.startswith("De datum mag niet na")
    dialog.date.line_edit.clear()
    qtbot.keyClicks(dialog.date.line_edit, (TODAY - timedelta(days=3)).strftime("%d/%m/%Y"))
    assert dialog.ok_button.isEnabled() and dialog.value == TODAY - timedelta(days=3)


def test_renegotiating_from_the_client_view_keeps_the_old_plan_as_replaced(
    qtbot, db, plan, monkeypatch
):
    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.services.payment_plans import PaymentPlanInput as Input
    from debiteur_desk.ui.client_view import ClientView
    from debiteur_desk.ui.dialogs.payment_plan import PaymentPlanDialog
    from debiteur_desk.ui.operations import Operations

    cid, plan_id = plan
    ops = Operations("nl")
    view = ClientView(ops, db, cid, TODAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    old_invoices = client_plans(db, cid, TODAY)[0].invoice_ids
    value = Input(cid, old_invoices, Frequency.WEEKLY, TODAY + timedelta(days=3), count=6)
    monkeypatch.setattr(PaymentPlanDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PaymentPlanDialog, "value", property(lambda d: value))
    letters = []
    monkeypatch.setattr(ClientView, "make_letter", lambda self, kind: letters.append(kind))
    view.renegotiate_plan(plan_id)
    qtbot.waitUntil(lambda: len(client_plans(db, cid, TODAY)) == 2, timeout=10_000)
    ops.wait()
    qtbot.waitUntil(lambda: bool(letters), timeout=10_000)
    assert letters == [LetterKind.PAYMENT_PLAN]  # the new agreement, to be signed
    new, old = client_plans(db, cid, TODAY)
    assert (old.id, old.status) == (plan_id, "replaced")
    assert new.replaces_id == plan_id and new.status == "draft" and len(new.instalments) == 6


def test_what_each_event_offers():
    from debiteur_desk.services.timeline import TimelineEvent
    from debiteur_desk.ui.event_box import EventChoice, _choices

    def event(ref_kind, title):
        return TimelineEvent(TODAY, "x", title, None, "", ref_kind, 1)

    assert [c for c, _ in _choices(event("payment", ""))] == [EventChoice.DELETE_PAYMENT]
    assert [c for c, _ in _choices(event("payment_plan", "draft"))] == [
        EventChoice.PLAN_SIGNED,
        EventChoice.PLAN_RENEGOTIATE,
        EventChoice.PLAN_BROKEN,
    ]
    assert [c for c, _ in _choices(event("payment_plan", "replaced"))] == []
    assert _choices(event("letter", "reminder")) == []
