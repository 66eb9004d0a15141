"""Changing records, and undoing the delete of an invoice or a payment."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.services.clients import client_input_of, update_client
from debiteur_desk.services.disputes import open_dispute, resolve_dispute
from debiteur_desk.services.invoices import (
    delete_invoice,
    invoice_input_of,
    restore_invoice,
    update_invoice,
)
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.services.payments import (
    PaymentInput,
    delete_payment,
    record_payment,
    restore_payment,
)
from debiteur_desk.services.reports import list_invoices
from debiteur_desk.store.models import AuditLog, Payment

from .factories import client, invoice


def _open_cents(db):
    with db.reading() as s:
        return dict(s.execute(text("SELECT number, open_cents FROM invoices")).all())


def test_update_client_audits_only_what_changed(db):
    cid = client(db, city="Utrecht")
    data = client_input_of(db, cid)
    update_client(db, cid, replace(data, city="Zwolle", postcode="8011 AB"))
    assert client_input_of(db, cid).city == "Zwolle"
    with db.reading() as s:
        entry = s.scalars(select(AuditLog).where(AuditLog.action == "client.update")).one()
    assert '"city"' in entry.details and '"name"' not in entry.details


def test_update_invoice_keeps_open_amount_right(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "100.00")
    record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("30.00"), cid))
    update_invoice(db, inv, replace(invoice_input_of(db, inv), amount=Decimal("120.00")))
    assert _open_cents(db) == {"F-1": 9000}
    with pytest.raises(InvalidInput) as info:
        update_invoice(db, inv, replace(invoice_input_of(db, inv), amount=Decimal("20.00")))
    assert info.value.code == "amount_below_paid"
    assert _open_cents(db) == {"F-1": 9000}


def test_renumbering_to_an_existing_number_is_refused(db):
    cid = client(db)
    invoice(db, cid, "F-1", "10.00")
    second = invoice(db, cid, "F-2", "10.00")
    with pytest.raises(InvalidInput):
        update_invoice(db, second, replace(invoice_input_of(db, second), number="F-1"))
    update_invoice(db, second, replace(invoice_input_of(db, second), description="nieuw"))


def test_delete_invoice_turns_its_payment_into_credit_and_undo_restores(db):
    cid = client(db)
    keep = invoice(db, cid, "F-1", "50.00", due=date(2026, 9, 1))
    gone = invoice(db, cid, "F-2", "100.00", due=date(2026, 9, 2))
    pid = record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("80.00"), cid))
    assert _open_cents(db) == {"F-1": 0, "F-2": 7000}
    snapshot = delete_invoice(db, gone)
    assert _open_cents(db) == {"F-1": 0}
    with db.reading() as s:
        assert s.get(Payment, pid).unallocated_cents == 3000
    restore_invoice(db, snapshot)
    assert _open_cents(db) == {"F-1": 0, "F-2": 7000}
    with db.reading() as s:
        assert s.get(Payment, pid).unallocated_cents == 0
    assert check_ledger(db) == []
    assert keep


def test_delete_payment_reopens_invoices_and_undo_restores(db):
    cid = client(db)
    invoice(db, cid, "F-1", "50.00", due=date(2026, 9, 1))
    invoice(db, cid, "F-2", "100.00", due=date(2026, 9, 2))
    pid = record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("80.00"), cid))
    snapshot = delete_payment(db, pid)
    assert _open_cents(db) == {"F-1": 5000, "F-2": 10000}
    restore_payment(db, snapshot)
    assert _open_cents(db) == {"F-1": 0, "F-2": 7000}
    assert check_ledger(db) == []


def test_undo_is_refused_when_the_money_went_elsewhere(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "50.00")
    pid = record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("50.00"), cid))
    snapshot = delete_payment(db, pid)
    record_payment(db, PaymentInput(date(2026, 9, 11), Decimal("50.00"), cid))
    with pytest.raises(InvalidInput) as info:
        restore_payment(db, snapshot)
    assert info.value.code == "undo_no_longer_possible"
    assert _open_cents(db) == {"F-1": 0}
    assert inv


def test_disputed_invoice_shows_as_disputed(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "50.00")
    open_dispute(db, inv, date(2026, 9, 5), "not_received", "levering onvolledig")
    assert list_invoices(db)[0].status == "disputed"
    resolve_dispute(db, inv, date(2026, 9, 20), "rejected")
    assert list_invoices(db)[0].status == "open"


def test_invoice_named_in_a_letter_cannot_be_deleted(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "50.00")
    with db.transaction() as s:
        s.execute(
            text(
                "INSERT INTO letters (id, client_id, kind, language, file_path, sha256,"
                " template_version, data_json, created_at, tracking_number) VALUES"
                " (1, :c, 'reminder', 'nl', 'x.pdf', 'ab', '', '{}',"
                " '2026-11-01 00:00:00.000000', '')"
            ),
            {"c": cid},
        )
        s.execute(text("INSERT INTO letter_invoices VALUES (1, :i)"), {"i": inv})
    with pytest.raises(RuleViolation) as info:
        delete_invoice(db, inv)
    assert info.value.code == "invoice_in_use"
