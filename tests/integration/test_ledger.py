"""Payments, allocations, credit notes and write-offs keep the open amounts right."""

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from debiteur_desk.domain.errors import InvalidInput, NotFound, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import ClientInput, add_client
from debiteur_desk.services.invoices import add_credit_note, write_off
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.services.payments import PaymentInput, apply_credit, record_payment
from debiteur_desk.services.reports import list_invoices
from debiteur_desk.store.models import AuditLog, Invoice, Payment

from .factories import client, invoice


def _open(db, invoice_id):
    with db.reading() as s:
        inv = s.get(Invoice, invoice_id)
        return inv.paid_cents, inv.credited_cents, inv.open_cents


def test_client_fields_are_validated_and_normalised(db):
    cid = client(
        db,
        postcode="1234ab",
        iban="nl91 abna 0417 1643 00",
        kvk="1234 5678",
        btw_id="NL004495445B01",
    )
    with db.reading() as s:
        row = s.execute(
            text("SELECT postcode, iban, kvk, btw_id FROM clients WHERE id=:i"), {"i": cid}
        ).one()
    assert tuple(row) == ("1234 AB", "NL91ABNA0417164300", "12345678", "NL004495445B01")


@pytest.mark.parametrize(
    "field, value, code",
    [
        ("iban", "NL91ABNA0417164301", "iban_invalid"),
        ("postcode", "12345", "postcode_invalid"),
        ("kvk", "1234", "kvk_invalid"),
        ("btw_id", "NL123", "btw_invalid"),
        ("name", " ", "client_name_empty"),
    ],
)
def test_bad_client_input_is_refused_and_nothing_is_written(db, field, value, code):
    data = {"name": "Jansen", "kind": ClientKind.CONSUMER, field: value}
    with pytest.raises(InvalidInput) as info:
        add_client(db, ClientInput(**data))
    assert info.value.code == code
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM clients")).scalar() == 0


def test_partial_payment_then_rest(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "121.00")
    record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("21.00"), cid))
    assert _open(db, inv) == (2100, 0, 10000)
    [row] = list_invoices(db)
    assert row.status == "partly_paid" and row.open == Decimal("100.00")
    record_payment(db, PaymentInput(date(2026, 9, 20), Decimal("100.00"), cid))
    assert _open(db, inv) == (12100, 0, 0)
    assert list_invoices(db)[0].status == "paid"


def test_one_payment_covers_several_invoices_oldest_first_and_keeps_credit(db):
    cid = client(db)
    newer = invoice(db, cid, "F-2", "50.00", due=date(2026, 10, 1))
    older = invoice(db, cid, "F-1", "30.00", due=date(2026, 9, 1))
    pid = record_payment(db, PaymentInput(date(2026, 10, 5), Decimal("100.00"), cid))
    assert _open(db, older)[2] == 0 and _open(db, newer)[2] == 0
    with db.reading() as s:
        assert s.get(Payment, pid).unallocated_cents == 2000  # overpayment stays as credit


def test_money_kept_as_credit_pays_no_invoice(db):
    cid = client(db)
    older = invoice(db, cid, "F-1", "30.00", due=date(2026, 9, 1))
    pid = record_payment(
        db, PaymentInput(date(2026, 10, 5), Decimal("25.00"), cid, keep_as_credit=True)
    )
    assert _open(db, older)[2] == 3000
    with db.reading() as s:
        assert s.get(Payment, pid).unallocated_cents == 2500
    assert check_ledger(db) == []


def test_credit_is_set_against_open_invoices_oldest_first(db):
    cid = client(db)
    older = invoice(db, cid, "F-1", "30.00", due=date(2026, 9, 1))
    newer = invoice(db, cid, "F-2", "50.00", due=date(2026, 10, 1))
    for day, amount in ((date(2026, 10, 5), "25.00"), (date(2026, 10, 9), "40.00")):
        record_payment(db, PaymentInput(day, Decimal(amount), cid, keep_as_credit=True))
    assert apply_credit(db, cid) == 6500
    assert _open(db, older)[2] == 0 and _open(db, newer)[2] == 1500
    with db.reading() as s:
        assert [p.unallocated_cents for p in s.scalars(select(Payment))] == [0, 0]
        logged = s.scalars(select(AuditLog).where(AuditLog.action == "payment.apply_credit"))
        assert [json.loads(e.details)["allocations"] for e in logged] == [
            {"F-1": 3000, "F-2": 3500}
        ]
    assert check_ledger(db) == []


def test_credit_adds_to_a_payment_that_already_paid_part_of_the_invoice(db):
    cid = client(db)
    a = invoice(db, cid, "F-1", "100.00", due=date(2026, 9, 1))
    pid = record_payment(
        db, PaymentInput(date(2026, 10, 5), Decimal("100.00"), cid, [(a, Decimal("30.00"))])
    )
    assert apply_credit(db, cid) == 7000
    with db.reading() as s:
        payment = s.get(Payment, pid)
        assert [(x.invoice_id, x.amount_cents) for x in payment.allocations] == [(a, 10000)]
        assert payment.unallocated_cents == 0
    assert _open(db, a)[2] == 0


def test_no_credit_to_apply_changes_nothing(db):
    cid = client(db)
    a = invoice(db, cid, "F-1", "100.00", due=date(2026, 9, 1))
    with pytest.raises(RuleViolation) as info:
        apply_credit(db, cid)
    assert info.value.code == "no_credit_to_apply"
    assert _open(db, a)[2] == 10000


@pytest.mark.parametrize("client_id, allocations", [(None, ()), ("cid", "older")])
def test_credit_needs_a_client_and_no_allocations(db, client_id, allocations):
    cid = client(db)
    older = invoice(db, cid, "F-1", "30.00", due=date(2026, 9, 1))
    data = PaymentInput(
        date(2026, 10, 5),
        Decimal("25.00"),
        cid if client_id else None,
        allocations=[(older, Decimal("5.00"))] if allocations else (),
        keep_as_credit=True,
    )
    with pytest.raises(InvalidInput) as info:
        record_payment(db, data)
    assert info.value.code == "credit_needs_client_only"
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM payments")).scalar() == 0


def test_explicit_allocation_to_chosen_invoices(db):
    cid = client(db)
    a = invoice(db, cid, "F-1", "100.00", due=date(2026, 9, 1))
    b = invoice(db, cid, "F-2", "100.00", due=date(2026, 10, 1))
    record_payment(
        db,
        PaymentInput(
            date(2026, 10, 5),
            Decimal("80.00"),
            cid,
            allocations=[(b, Decimal("60.00")), (a, Decimal("20.00"))],
        ),
    )
    assert _open(db, a)[2] == 8000 and _open(db, b)[2] == 4000


def test_allocation_beyond_open_amount_changes_nothing(db):
    cid = client(db)
    a = invoice(db, cid, "F-1", "100.00")
    with pytest.raises(InvalidInput) as info:
        record_payment(
            db,
            PaymentInput(
                date(2026, 10, 5), Decimal("150.00"), cid, allocations=[(a, Decimal("150.00"))]
            ),
        )
    assert info.value.code == "allocation_exceeds_open"
    assert _open(db, a) == (0, 0, 10000)
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM payments")).scalar() == 0


@pytest.mark.parametrize("amount, code", [("0", "amount_zero"), ("-5", "amount_negative")])
def test_zero_or_negative_payment_is_refused(db, amount, code):
    cid = client(db)
    with pytest.raises(InvalidInput) as info:
        record_payment(db, PaymentInput(date(2026, 10, 5), Decimal(amount), cid))
    assert info.value.code == code


def test_payment_for_unknown_client(db):
    with pytest.raises(NotFound):
        record_payment(db, PaymentInput(date(2026, 10, 5), Decimal("5"), 42))


def test_credit_note_and_write_off(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "100.00")
    add_credit_note(db, inv, "C-1", date(2026, 9, 5), Decimal("40.00"), "retour")
    assert _open(db, inv) == (0, 4000, 6000)
    with pytest.raises(InvalidInput):
        add_credit_note(db, inv, "C-2", date(2026, 9, 5), Decimal("70.00"))
    with pytest.raises(InvalidInput) as info:
        add_credit_note(db, inv, "C-1", date(2026, 9, 6), Decimal("1.00"))
    assert info.value.code == "credit_note_number_taken"
    with pytest.raises(InvalidInput):
        write_off(db, inv, date(2026, 11, 1), "  ")
    write_off(db, inv, date(2026, 11, 1), "faillissement")
    assert _open(db, inv)[2] == 0
    assert list_invoices(db)[0].status == "written_off"
    with pytest.raises(RuleViolation):
        write_off(db, inv, date(2026, 11, 2), "nogmaals")


def test_invoice_rules(db):
    cid = client(db)
    invoice(db, cid, "F-1", "10.00")
    with pytest.raises(InvalidInput) as info:
        invoice(db, cid, "F-1", "10.00")
    assert info.value.code == "invoice_number_taken"
    with pytest.raises(InvalidInput) as info:
        invoice(db, cid, "F-2", "10.00", invoice_date=date(2026, 9, 2), due=date(2026, 9, 1))
    assert info.value.code == "due_before_invoice_date"
    with pytest.raises(InvalidInput) as info:
        invoice(db, cid, "F-3", "0")
    assert info.value.code == "amount_zero"
    with pytest.raises(NotFound):
        invoice(db, 999, "F-4", "10.00")


def test_every_change_is_audited_and_the_log_is_append_only(db):
    cid = client(db, name="Smit & Zn")
    inv = invoice(db, cid, "F-1", "10.00")
    record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("4.00"), cid))
    with db.reading() as s:
        entries = s.scalars(select(AuditLog).order_by(AuditLog.id)).all()
    assert [e.action for e in entries] == ["client.create", "invoice.create", "payment.record"]
    assert json.loads(entries[2].details)["allocations"] == {"F-1": 400}
    assert entries[1].entity_id == inv
    with pytest.raises(PermissionError), db.transaction() as s:
        s.get(AuditLog, entries[0].id).action = "tampered"
    with pytest.raises(PermissionError), db.transaction() as s:
        s.delete(s.get(AuditLog, entries[0].id))


def test_check_ledger_finds_a_kept_amount_that_disagrees(db):
    cid = client(db)
    inv = invoice(db, cid, "F-1", "100.00")
    record_payment(db, PaymentInput(date(2026, 9, 10), Decimal("30.00"), cid))
    assert check_ledger(db) == []
    with db.transaction() as s:
        s.execute(text("UPDATE invoices SET open_cents = 9999 WHERE id = :i"), {"i": inv})
    [problem] = check_ledger(db)
    assert (problem.number, problem.kept_open_cents, problem.computed_open_cents) == (
        "F-1",
        9999,
        7000,
    )
