"""The claim dialog (issue 13): the claim as a court computes it, per invoice and per
period, read on the worker, re-read for another day, exported as CSV and printable."""

import csv
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from debiteur_desk.services.claim import client_claim
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.text.formatting import format_money
from debiteur_desk.ui.claim_dialog import ClaimDialog
from debiteur_desk.ui.client_view import ClientView
from debiteur_desk.ui.operations import Operations
from tests.integration.factories import client, invoice

AS_OF = date(2026, 12, 2)
NAME = '=HYPERLINK("http://example.com","Klik")'  # a name a spreadsheet would run


@pytest.fixture
def book(db):
    """A business client: EUR 1,000 due 31-01-2026, EUR 600 of it paid on 01-11-2026."""
    cid = client(db, NAME)
    iid = invoice(db, cid, "2026-001", "1000.00", date(2026, 1, 1), date(2026, 1, 31))
    record_payment(
        db,
        PaymentInput(
            received_on=date(2026, 11, 1),
            amount=Decimal("600.00"),
            client_id=cid,
            allocations=((iid, Decimal("600.00")),),
        ),
    )
    return db, cid


@pytest.fixture
def ops():
    operations = Operations("nl")
    yield operations
    operations.wait()


def shown(qtbot, ops, book, as_of=AS_OF):
    db, cid = book
    dialog = ClaimDialog(None, ops, db, "nl", cid, as_of)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.show()
    return dialog


def test_the_total_shown_is_the_claim_as_the_service_computes_it(qtbot, ops, book):
    db, cid = book
    dialog = shown(qtbot, ops, book)
    report = client_claim(db, cid, AS_OF)
    claim = report.claim
    assert claim.total > report.book_open  # after a partial payment the two differ
    totals = dialog.totals.text()
    assert f"<b>{format_money(claim.total, 'nl')}</b>" in totals
    for amount in (claim.principal_open, claim.interest_open, claim.costs_open, claim.paid):
        assert format_money(amount, "nl") in totals
    assert format_money(report.book_open, "nl") in dialog.notes.text()
    # The tree: the invoice on top, its periods and how the payment was applied.
    top = dialog.tree.topLevelItem(0)
    assert "2026-001" in top.text(0)
    assert top.text(6) == format_money(claim.invoices[0].total, "nl")
    texts = []
    for i in range(top.childCount()):
        part = top.child(i)
        texts.append(part.text(0))
        texts += [part.child(k).text(0) for k in range(part.childCount())]
    assert "Interest period" in texts and "to interest" in texts and "to principal" in texts
    line = claim.invoices[0]
    periods = [x for x in dialog.lines if x.what == "Interest period"]
    assert len(periods) == len(line.periods)
    assert [p.amount for p in periods] == [p.amount for p in line.periods]
    applied = {x.what: x.amount for x in dialog.lines if x.level == 2 and x.what.startswith("to ")}
    payment = line.applications[0]
    assert applied == {
        "to costs": payment.to_costs,
        "to interest": payment.to_interest,
        "to principal": payment.to_principal,
    }
    assert payment.to_costs + payment.to_interest > 0  # not all of it went to the principal


def test_another_day_reads_the_claim_again(qtbot, ops, book):
    db, cid = book
    dialog = shown(qtbot, ops, book)
    before = dialog.report
    later = date(2027, 6, 30)
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.as_of.set_date(later)
    assert dialog.report is not before and dialog.report.as_of == later
    total = client_claim(db, cid, later).claim.total
    assert total > before.claim.total  # interest kept running
    assert f"<b>{format_money(total, 'nl')}</b>" in dialog.totals.text()
    assert "30-06-2027" in dialog.heading.text()
    # Before the payment: nothing was paid yet.
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        dialog.as_of.set_date(date(2026, 10, 1))
    assert dialog.report.claim.paid == 0
    assert not [x for x in dialog.lines if x.what.startswith("Payment")]


def test_the_csv_holds_the_breakdown_with_no_formula(qtbot, ops, book, tmp_path, monkeypatch):
    db, cid = book
    dialog = shown(qtbot, ops, book)
    target = tmp_path / "vordering"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    dialog.export_button.click()
    written = tmp_path / "vordering.csv"
    with written.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:4] == ["Client", "As of", "Invoice", "What"]
    assert len(rows) == 1 + len(dialog.lines) + 5
    body = rows[1:]
    assert all(row[0] == "'" + NAME for row in body)  # the name, not a formula
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    report = client_claim(db, cid, AS_OF)
    total = f"{report.claim.total:.2f}".replace(".", ",")
    assert body[-1][3].endswith("Claim") and body[-1][-1] == total
    assert body[0][2] == "2026-001" and body[0][-1] == total  # the invoice's line
    periods = [row for row in body if row[3] == "Interest period"]
    assert len(periods) == len(report.claim.invoices[0].periods)
    assert all(row[6] and row[7] for row in periods)  # days and rate filled in


def test_print_renders_the_breakdown(qtbot, ops, book, monkeypatch):
    dialog = shown(qtbot, ops, book)
    printed = []
    monkeypatch.setattr(
        "debiteur_desk.ui.printing.print_html", lambda parent, text: printed.append(text) or True
    )
    dialog.print_button.click()
    assert len(printed) == 1
    assert "2026-001" in printed[0] and "art. 6:44 BW" in printed[0]
    assert "&quot;http://example.com&quot;" in printed[0]  # the name escaped


def test_the_client_page_opens_it_as_of_its_day(qtbot, ops, book, monkeypatch):
    db, cid = book
    view = ClientView(ops, db, cid, AS_OF)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    opened = []
    monkeypatch.setattr(
        ClaimDialog, "exec", lambda d: opened.append(d) or QDialog.DialogCode.Rejected
    )
    assert view.claim_button.toolTip()  # says how it differs from the open amounts
    view.claim_button.click()
    assert len(opened) == 1
    assert opened[0].client_id == cid and opened[0].as_of.date == AS_OF
