"""Disputes from the client's invoice list: mark one disputed, then resolve it; and the
two dialogs on their own."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from debiteur_desk.domain import clock
from debiteur_desk.domain.disputes import DisputeOutcome, DisputeReason
from debiteur_desk.domain.invoice_status import InvoiceStatus
from debiteur_desk.services.client_detail import client_detail
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.disputes import open_dispute_of
from debiteur_desk.services.reports import InvoiceRow
from debiteur_desk.services.worklist import client_work
from debiteur_desk.store.models import CreditNote, Invoice
from debiteur_desk.ui.client_view import ClientView
from debiteur_desk.ui.dialogs.dispute_dialog import (
    DisputeDialog,
    DisputeValue,
    ResolveDisputeDialog,
    ResolveValue,
)
from debiteur_desk.ui.operations import Operations
from tests.ui.dialog_fill import accept_with

TODAY = clock.today()


@pytest.fixture
def book(db):
    fill_demo(db, clients=12, invoices=160, seed=5, today=TODAY)
    return db


@pytest.fixture
def client_id(book):
    """A client with an open invoice that is not disputed yet."""
    for cid in range(1, 13):
        rows = client_detail(book, cid, TODAY).open_invoices
        if any(r.status is not InvoiceStatus.DISPUTED for r in rows):
            return cid
    raise AssertionError("the demo book has no client with an undisputed open invoice")


@pytest.fixture
def view(qtbot, book, client_id, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"warning {args}"))
    ops = Operations("en")
    widget = ClientView(ops, book, client_id, TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    yield widget
    ops.wait()


def test_dispute_then_resolve_with_a_credit_note_from_the_invoice_list(
    qtbot, view, book, client_id, monkeypatch
):
    """The app's rule (domain/escalation.py, domain/letter_rules.py): a disputed invoice
    leaves the worklist until the dispute is resolved; upheld, a credit note takes away
    exactly what is open."""
    row = next(
        r
        for r in client_detail(book, client_id, TODAY).open_invoices
        if r.status is not InvoiceStatus.DISPUTED
    )

    def fill_dispute(dialog: DisputeDialog):
        assert not dialog.ok_button.isEnabled()  # no reason chosen yet
        dialog.reason.setCurrentIndex(dialog.reason.findData("amount"))
        qtbot.keyClicks(dialog.note.line_edit, "Uurtarief klopt niet")

    accept_with(monkeypatch, DisputeDialog, fill_dispute)
    assert view.invoices.select_number(row.number)
    assert view.invoices.dispute_button.isVisible() and view.invoices.dispute_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.invoices.dispute_button, Qt.MouseButton.LeftButton)
    dispute = open_dispute_of(book, row.id)
    assert (dispute.opened_on, dispute.reason, dispute.note) == (
        TODAY, DisputeReason.AMOUNT, "Uurtarief klopt niet",
    )  # fmt: skip
    assert not [s for s in client_work(book, client_id, TODAY)
                if row.id in s.invoice_ids and s.action != "resolve-dispute"]  # fmt: skip
    assert any(e.kind == "dispute_opened" and e.title == row.number for e in view.events)

    assert view.invoices.select_number(row.number)
    assert view.invoices.resolve_button.isVisible() and not view.invoices.dispute_button.isVisible()

    def fill_resolve(dialog: ResolveDisputeDialog):
        assert "Disputed since" in dialog.about.text()
        dialog.credit_choice.setChecked(True)
        assert not dialog.ok_button.isEnabled()  # the credit note needs its number
        qtbot.keyClicks(dialog.credit_number.line_edit, "CN-D1")
        qtbot.keyClicks(dialog.note.line_edit, "Korting")

    accept_with(monkeypatch, ResolveDisputeDialog, fill_resolve)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.invoices.resolve_button, Qt.MouseButton.LeftButton)
    with book.reading() as s:
        invoice = s.get(Invoice, row.id)
        note = s.query(CreditNote).filter_by(number="CN-D1").one()
        assert (invoice.open_cents, invoice.disputed) == (0, False)
        assert Decimal(note.amount_cents) / 100 == row.open
    assert any(e.kind == "dispute_resolved" for e in view.events)
    assert open_dispute_of(book, row.id) is None


def invoice(open_="400.00", status=InvoiceStatus.DISPUTED):
    return InvoiceRow(
        5, "2026-005", 7, "Garage Laat", "business", date(2026, 9, 1), date(2026, 9, 15),
        Decimal("1250.00"), Decimal(open_), status,
    )  # fmt: skip


def test_the_dispute_dialog_needs_a_reason_and_a_date_in_range(qtbot):
    dialog = DisputeDialog(None, invoice(status=InvoiceStatus.OPEN))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findData("not_ordered"))
    assert dialog.ok_button.isEnabled()
    dialog.opened_on.set_date(TODAY + timedelta(days=1))
    assert not dialog.ok_button.isEnabled()
    dialog.opened_on.set_date(date(2026, 9, 10))
    assert dialog.value == DisputeValue(date(2026, 9, 10), DisputeReason.NOT_ORDERED, "")


def test_the_resolve_dialog_asks_what_each_outcome_needs(qtbot):
    dialog = ResolveDisputeDialog(None, invoice(), date(2026, 10, 1), DisputeReason.QUALITY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()  # no outcome chosen
    dialog.write_off_choice.setChecked(True)
    assert not dialog.ok_button.isEnabled() and not dialog.credit_number.isEnabled()
    assert "reason for the write-off" in dialog.note_hint.text()
    qtbot.keyClicks(dialog.note.line_edit, "Coulance")
    assert dialog.ok_button.isEnabled()
    assert dialog.value == ResolveValue(TODAY, DisputeOutcome.UPHELD_WRITE_OFF, "Coulance", None)
    dialog.rejected_choice.setChecked(True)
    assert dialog.ok_button.isEnabled()
    dialog.resolved_on.set_date(date(2026, 9, 30))  # before the dispute began
    assert not dialog.ok_button.isEnabled()


def test_nothing_open_can_only_be_rejected(qtbot):
    dialog = ResolveDisputeDialog(None, invoice("0.00"))
    qtbot.addWidget(dialog)
    assert not dialog.credit_choice.isEnabled() and not dialog.write_off_choice.isEnabled()
    assert dialog.rejected_choice.isEnabled()
