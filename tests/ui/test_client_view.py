"""The client view on a demo book: details, behaviour, invoices, timeline, and the actions."""

import importlib
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from debiteur_desk.domain import clock
from debiteur_desk.services.client_detail import client_detail
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.invoices import add_credit_note
from debiteur_desk.services.timeline import client_timeline
from debiteur_desk.ui.client_view import (
    LETTER,
    PAYMENT_PLAN,
    PHONE_CALL,
    ClientView,
)
from debiteur_desk.ui.dialogs.credit_note_dialog import CreditNoteDialog
from debiteur_desk.ui.dialogs.invoice_dialog import InvoiceDialog
from debiteur_desk.ui.dialogs.payment_dialog import PaymentDialog
from debiteur_desk.ui.dialogs.write_off_dialog import WriteOffDialog
from debiteur_desk.ui.models.client_invoices_model import ClientInvoicesModel
from debiteur_desk.ui.models.timeline_model import TimelineModel
from debiteur_desk.ui.operations import Operations
from tests.ui.dialog_fill import accept_with

from .gui_thread_guard import on_a_worker

pytestmark = pytest.mark.usefixtures("dutch")

TODAY = clock.today()


def plain(text):
    return text.replace("\xa0", " ")


@pytest.fixture
def book(db):
    fill_demo(db, clients=12, invoices=160, seed=5, today=TODAY)
    return db


@pytest.fixture
def client_id(book):
    """A client with at least two open invoices."""
    for cid in range(1, 13):
        if len(client_detail(book, cid, TODAY).open_invoices) >= 2:
            return cid
    raise AssertionError("the demo book has no client with two open invoices")


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def view(qtbot, book, client_id, warnings):
    ops = Operations("nl")
    widget = ClientView(ops, book, client_id, TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    yield widget
    ops.wait()


def test_the_view_shows_details_behaviour_invoices_and_timeline(view, book, client_id):
    detail = client_detail(book, client_id, TODAY)
    assert detail.client.name in view.title.text()
    totals = plain(view.totals.text())
    assert "Open" in totals and "waarvan vervallen" in totals and "tegoed" in totals
    assert view.details.label.text().count(detail.client.email) == 1
    assert "Betaald:" in view.behaviour.figures.text()
    assert view.invoices.proxy.rowCount() == len(detail.open_invoices)
    view.invoices.show_combo.setCurrentIndex(2)  # all invoices
    assert view.invoices.proxy.rowCount() == len(detail.invoices)
    assert view.timeline.model.rowCount() == len(client_timeline(book, client_id))
    assert view.timeline.count.text().endswith("gebeurtenissen")


def test_the_timeline_filters_by_kind(view):
    everything = view.timeline.model.rowCount()
    payments = sum(1 for e in view.events if e.kind == "payment")
    assert payments and payments < everything
    view.timeline.buttons["payments"].setChecked(False)
    shown = view.timeline.visible_events()
    assert len(shown) == everything - payments
    assert all(e.kind != "payment" for e in shown)
    assert view.timeline.count.text() == f"{everything - payments} van {everything} gebeurtenissen"
    view.timeline.show_groups({"payments"})
    assert {e.kind for e in view.timeline.visible_events()} == {"payment"}


def test_record_a_partial_payment_and_see_totals_and_timeline_change(
    qtbot, view, book, client_id, monkeypatch
):
    before = client_detail(book, client_id, TODAY)
    oldest = before.open_invoices[0]
    part = (oldest.open / 2).quantize(Decimal("0.01"))

    def fill(dialog: PaymentDialog):
        qtbot.keyClicks(dialog.amount.line_edit, f"{part}".replace(".", ","))
        assert dialog.table.editors[0].text() == f"{part}".replace(".", ",")
        dialog.description.setText("Deelbetaling")

    accept_with(monkeypatch, PaymentDialog, fill)
    events_before = view.timeline.model.rowCount()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.payment_button, Qt.MouseButton.LeftButton)

    after = client_detail(book, client_id, TODAY)
    assert after.open_total == before.open_total - part
    assert f"{after.open_total:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in (
        plain(view.totals.text())
    )
    assert view.timeline.model.rowCount() == events_before + 1
    newest = view.timeline.model.row(0)
    assert (newest.kind, newest.when, newest.amount) == ("payment", TODAY, part)
    assert newest.title == oldest.number and newest.note == "Deelbetaling"
    text = view.timeline.model.index(0, 1).data()
    assert text == f"Betaling ontvangen voor {oldest.number}"
    assert view.invoices.proxy.rowCount() == len(before.open_invoices)  # still open, partly


def test_double_click_an_invoice_event_opens_it_for_editing(qtbot, view, monkeypatch):
    row = next(
        r for r in range(view.timeline.proxy.rowCount())
        if view.timeline.visible_events()[r].ref_kind == "invoice"
    )  # fmt: skip
    event = view.timeline.visible_events()[row]
    seen = {}

    def fill(dialog: InvoiceDialog):
        seen["number"] = dialog.number.text()
        dialog.description.setText("Aangepast in de klantkaart")

    accept_with(monkeypatch, InvoiceDialog, fill)
    index = view.timeline.proxy.index(row, 1)
    rect = view.timeline.table.visualRect(index)
    viewport = view.timeline.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["number"] == event.title
    changed = [e for e in view.events if e.ref_kind == "invoice" and e.ref_id == event.ref_id]
    assert changed[-1].note == "Aangepast in de klantkaart"


def test_other_events_show_their_details_read_only(view, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    payment = next(e for e in view.events if e.kind == "payment")
    view.open_event(payment)
    assert "Betaling ontvangen" in shown[0] and "Bedrag" in shown[0]


def test_credit_note_and_write_off_from_the_invoice_list(qtbot, view, book, client_id, monkeypatch):
    invoices = client_detail(book, client_id, TODAY).open_invoices
    first, second = invoices[0], invoices[1]

    def credit(dialog: CreditNoteDialog):
        qtbot.keyClicks(dialog.number.line_edit, "CN-1")
        qtbot.keyClicks(dialog.amount.line_edit, "1,00")

    accept_with(monkeypatch, CreditNoteDialog, credit)
    assert view.invoices.select_number(first.number)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.invoices.credit_button, Qt.MouseButton.LeftButton)
    assert any(e.kind == "credit_note" and e.title == "CN-1" for e in view.events)

    accept_with(monkeypatch, WriteOffDialog, lambda d: d.reason.setCurrentIndex(1))
    assert view.invoices.select_number(second.number)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.invoices.write_off_button, Qt.MouseButton.LeftButton)
    off = [e for e in view.events if e.kind == "write_off"]
    assert off and off[0].note == "Faillissement" and off[0].amount == second.open
    assert client_detail(book, client_id, TODAY).open_total == (
        sum(i.open for i in invoices) - Decimal("1.00") - second.open
    )


def test_a_refused_change_is_explained_and_nothing_changes(
    qtbot, view, book, monkeypatch, warnings
):
    first = client_detail(book, view.client_id, TODAY).open_invoices[0]
    # meanwhile, elsewhere, the invoice is credited in full: the view's row is stale
    add_credit_note(book, first.id, "ELDERS-1", TODAY, first.open, "elders")
    accept_with(
        monkeypatch,
        CreditNoteDialog,
        lambda d: (d.number.setText("CN-9"), d.amount.setText("1,00")),
    )
    view.credit_note(first)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == [f"De creditnota is hoger dan wat er op factuur {first.number} openstaat."]
    assert not any(e.title == "CN-9" for e in client_timeline(book, view.client_id))


def test_a_client_changed_in_another_window_meanwhile_is_not_overwritten(
    qtbot, view, book, monkeypatch, warnings
):
    """Issue 14: the page was read, then another PC changed the e-mail address; this
    window's save (a phone number) is refused in words and the page shows the new address."""
    from dataclasses import replace

    from debiteur_desk.services.clients import client_input_of, update_client
    from debiteur_desk.store.database import Database
    from debiteur_desk.ui.dialogs.client_dialog import ClientDialog

    other_pc = Database(book.url)
    seen = client_input_of(book, view.client_id)
    update_client(other_pc, view.client_id, replace(seen, email="nieuw@voorbeeld.nl"))
    other_pc.close()
    accept_with(monkeypatch, ClientDialog, lambda d: d.phone.setText("030 765 43 21"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.edit_client()
    assert len(warnings) == 1 and "niet opgeslagen" in warnings[0] and "e-mail" in warnings[0]
    assert view.detail is not None and view.detail.client.email == "nieuw@voorbeeld.nl"
    assert client_input_of(book, view.client_id).phone == seen.phone


@pytest.mark.parametrize(
    ("button", "module", "dialog"),
    [
        ("call_button", PHONE_CALL, "PhoneCallDialog"),
        ("plan_button", PAYMENT_PLAN, "PaymentPlanDialog"),
        ("letter_button", LETTER, "LetterWindow"),
    ],
)
def test_call_plan_and_letter_buttons_open_their_dialog(
    qtbot, view, monkeypatch, button, module, dialog
):
    widget = getattr(view, button)
    opened = []
    cls = getattr(importlib.import_module(module), dialog)
    monkeypatch.setattr(cls, "exec", lambda d: opened.append(d) or QDialog.DialogCode.Rejected)
    assert widget.isEnabled()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert isinstance(opened[0], cls)


def test_models_pass_the_model_tester(qtmodeltester, book, client_id):
    detail = client_detail(book, client_id, TODAY)
    invoices = ClientInvoicesModel("nl")
    invoices.set_invoices(detail.invoices, detail.paid_on, TODAY)
    qtmodeltester.check(invoices)
    timeline = TimelineModel("nl")
    timeline.set_events(client_timeline(book, client_id), TODAY)
    qtmodeltester.check(timeline)
    assert timeline.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_a_promise_made_on_the_phone_opens_its_confirmation_letter(
    qtbot, view, book, client_id, monkeypatch
):
    """The seeds' advice: confirm the new deadline in writing, straight after the call."""
    from datetime import datetime, timedelta

    from debiteur_desk.domain.letter_kinds import LetterKind
    from debiteur_desk.domain.promises import CallOutcome, CallReason
    from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput
    from debiteur_desk.ui.dialogs.phone_call import PhoneCallDialog
    from debiteur_desk.ui.letters.letter_window import LetterWindow

    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    first = view.detail.open_invoices[0]
    value = PhoneCallInput(
        client_id, datetime.now(), CallOutcome.REACHED, reason=CallReason.FORGOT,
        invoice_ids=(first.id,),
        promise=PromiseInput((first.id,), first.open, TODAY + timedelta(days=7)),
    )  # fmt: skip
    monkeypatch.setattr(PhoneCallDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PhoneCallDialog, "value", property(lambda d: value))
    monkeypatch.setattr(PhoneCallDialog, "wants_payment_plan", property(lambda d: False))
    kinds = []
    monkeypatch.setattr(
        LetterWindow, "exec",
        lambda w: kinds.append(w.request().kind) or QDialog.DialogCode.Rejected,
    )  # fmt: skip
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(kinds), timeout=10_000)
    assert kinds == [LetterKind.AGREEMENT_CONFIRMATION]


def test_delete_a_payment_from_the_timeline_and_undo_it(qtbot, view, book, monkeypatch):
    from debiteur_desk.services.ledger import check_ledger

    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)
    payments = [e for e in client_timeline(book, view.client_id) if e.ref_kind == "payment"]
    assert payments, "the demo client has payments"
    event = payments[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    offered = []
    view.undo_offered.connect(lambda text, undo, done: offered.append(undo))
    view.delete_payment(event)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    view.ops.wait()
    ids = {e.ref_id for e in client_timeline(book, view.client_id) if e.ref_kind == "payment"}
    assert event.ref_id not in ids
    on_a_worker(offered[0])
    after = [e for e in client_timeline(book, view.client_id) if e.ref_kind == "payment"]
    assert len(after) == len(payments) and check_ledger(book) == []


def test_credit_is_used_for_the_open_invoices_after_asking(
    qtbot, book, client_id, warnings, monkeypatch
):
    from debiteur_desk.services.payments import PaymentInput, record_payment
    from debiteur_desk.text.formatting import format_money

    before = client_detail(book, client_id, TODAY)
    oldest = min(before.open_invoices, key=lambda row: (row.due_date, row.id))
    record_payment(book, PaymentInput(TODAY, Decimal("10.00"), client_id, keep_as_credit=True))
    ops = Operations("nl")
    view = ClientView(ops, book, client_id, TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    button = view.invoices.apply_credit_button
    assert button.isVisible() and button.text() == "Tegoed gebruiken…"
    asked = []

    def answer(parent, title, text):
        asked.append(plain(text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ops.wait()
    credit = before.credit + Decimal("10.00")
    assert plain(format_money(credit, "nl")) in asked[0]
    after = client_detail(book, client_id, TODAY)
    assert after.credit == max(Decimal("0.00"), credit - before.open_total)
    paid_down = {row.id: row.open for row in after.invoices}[oldest.id]
    assert paid_down == oldest.open - min(credit, oldest.open)
    assert button.isVisible() == (after.credit > 0 and after.open_total > 0)


def test_hand_over_records_it_and_the_timeline_shows_who_has_the_file(
    qtbot, view, book, client_id, monkeypatch, tmp_path
):
    from debiteur_desk.ui.dialogs.handover_dialog import HandoverDialog

    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    dossiers = []  # the dossier made after the hand-over (test_collectability_and_dossier.py)
    view.dossier.made = dossiers.append

    assert view.detail.overdue_total > 0
    button = view.invoices.handover_button
    assert button.isEnabled() and button.text() == "Uit handen geven…"

    def fill(dialog):
        dialog.party_kind.setCurrentIndex(0)
        dialog.party_name.line_edit.setText("Incassobureau Noord B.V.")

    accept_with(monkeypatch, HandoverDialog, fill)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view.ops.wait()
    events = [e for e in client_timeline(book, client_id) if e.kind == "handover"]
    assert [(e.when, e.title) for e in events] == [(TODAY, "collection_agency")]
    model = view.timeline.model
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert "Uit handen gegeven: Incassobureau Noord B.V. (incassobureau)" in texts
    qtbot.waitUntil(lambda: bool(dossiers), timeout=10_000)
    assert dossiers[0].path.is_relative_to(tmp_path / "letters")


def test_the_invoices_show_the_last_day_before_prescription(view, book, client_id):
    from debiteur_desk.domain.prescription import prescribes_soon

    detail = client_detail(book, client_id, TODAY)
    model = view.invoices.model
    column = next(i for i, c in enumerate(model.columns) if c.key == "last_day")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Verjaart na"
    for row in range(model.rowCount()):
        invoice = model.row(row)
        cell = model.index(row, column)
        if invoice.open > 0:
            last = detail.last_days[invoice.id]
            assert cell.data() == last.strftime("%d-%m-%Y")
            assert "verjaren" in cell.data(Qt.ItemDataRole.ToolTipRole)
            red = cell.data(Qt.ItemDataRole.ForegroundRole) is not None
            assert red == prescribes_soon(last, TODAY)
        else:
            assert cell.data() == ""


def test_the_advice_fits_the_age_of_the_debt(qtbot):
    """Found by a user: 'Voor het eerst te laat… een vriendelijk telefoontje' for a debt
    179 days late. Months overdue is no slip: the advice says so."""
    from decimal import Decimal

    from debiteur_desk.domain.payment_behaviour import PaymentBehaviour, Verdict
    from debiteur_desk.ui.client_summary import BehaviourBox

    box = BehaviourBox("nl")  # the window's Dutch translation is installed here
    qtbot.addWidget(box)
    first = PaymentBehaviour(3, 0, Decimal("0.0"), 1, Verdict.FIRST_TIME)
    box.show_behaviour(first, days_late=5)
    assert "vriendelijk telefoontje" in box.hint.text()
    box.show_behaviour(first, days_late=179)
    assert "vriendelijk" not in box.hint.text() and "179 dagen te laat" in box.hint.text()
    assert "schriftelijke aanmaning" in box.hint.text()


def test_a_narrow_client_page_is_never_wider_than_the_room_it_has(qtbot, view):
    """Found by looking at 1024x768: beside the lists the client page was ~45 px wider than
    its room, and the details, a button and a column were cut off at the right."""
    from debiteur_desk.ui.client_page import ClientPage

    page = view.findChild(ClientPage)
    view.resize(445, 560)
    qtbot.waitUntil(lambda: page.narrow, timeout=5_000)
    qtbot.wait(50)
    assert page.widget().width() <= page.viewport().width()


def test_behaviour_and_details_sit_side_by_side_only_where_both_fit(qtbot, view):
    """Above the tables the two boxes share a row where they fit, and go one under the
    other, each shown whole, where they do not; back and forth, as the width alone says."""
    page, behaviour, details = view.page, view.behaviour, view.details
    left = page.body.widget(0)

    def side_by_side() -> bool:
        return details.x() >= behaviour.geometry().right() and details.y() == behaviour.y()

    for width, across in ((900, True), (445, False), (900, True), (445, False)):
        view.resize(width, 560)
        qtbot.waitUntil(lambda across=across: side_by_side() == across, timeout=5_000)
        qtbot.waitUntil(lambda: left.height() >= left.heightForWidth(left.width()), timeout=5_000)
        assert details.geometry().right() < page.viewport().width()
        if not across:
            assert details.y() > behaviour.geometry().bottom()
