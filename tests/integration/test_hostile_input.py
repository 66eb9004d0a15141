"""Hostile and mistaken input through the services and the command line: refused with a
message and nothing written, or stored clean and shown as typed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debiteur_desk.cli import main
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import ClientInput, add_client, client_input_of
from debiteur_desk.services.invoices import InvoiceInput, add_invoice, invoice_input_of
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.store.models import Invoice, Payment


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def client_id(db):
    return add_client(db, ClientInput(name="Jansen", kind=ClientKind.CONSUMER))


def a_invoice(client_id: int, **changes) -> InvoiceInput:
    base = InvoiceInput("2026-1", client_id, date(2026, 11, 1), date(2026, 11, 15), Decimal("121"))
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"amount": Decimal("0")}, "amount_zero"),
        ({"amount": Decimal("-121")}, "amount_negative"),
        ({"amount": Decimal("10000000.01")}, "amount_too_large"),
        ({"amount": Decimal("121.005")}, "amount_too_precise"),
        ({"vat": Decimal("21.001")}, "amount_too_precise"),
        ({"invoice_date": date(1926, 11, 1)}, "date_out_of_range"),
        ({"due_date": date(2126, 11, 15)}, "date_out_of_range"),
        ({"sent_on": date(1989, 12, 31)}, "date_out_of_range"),
        ({"number": "\x00\t "}, "invoice_number_empty"),
        ({"description": "x" * 10_000}, "description_too_long"),
    ],
)
def test_a_bad_invoice_is_refused_and_nothing_is_written(db, client_id, changes, code):
    with pytest.raises(InvalidInput) as caught:
        add_invoice(db, a_invoice(client_id, **changes))
    assert caught.value.code == code
    assert count(db, Invoice) == 0


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"amount": Decimal("0")}, "amount_zero"),
        ({"amount": Decimal("-5")}, "amount_negative"),
        ({"amount": Decimal("20000000")}, "amount_too_large"),
        ({"amount": Decimal("5.555")}, "amount_too_precise"),
        ({"received_on": date(1900, 1, 1)}, "date_out_of_range"),
    ],
)
def test_a_bad_payment_is_refused_and_nothing_is_written(db, client_id, changes, code):
    payment = replace(PaymentInput(date(2026, 11, 20), Decimal("50"), client_id), **changes)
    with pytest.raises(InvalidInput) as caught:
        record_payment(db, payment)
    assert caught.value.code == code
    assert count(db, Payment) == 0


def test_texts_are_stored_clean_and_shown_as_typed(db, client_id, capsys):
    """Control characters and right-to-left overrides go; right-to-left letters, emoji and
    markup characters are stored and shown exactly."""
    name = "שלום 🚲 <b>Jansen & Zn</b>"
    new = add_client(
        db,
        ClientInput(
            name=f"\u202e{name}\x00\t",
            kind=ClientKind.BUSINESS,
            city="Ede\r\n",
            notes="eerste regel\r\ntweede\x07 regel",
        ),
    )
    stored = client_input_of(db, new)
    assert (stored.name, stored.city, stored.notes) == (name, "Ede", "eerste regel\ntweede regel")
    invoice_id = add_invoice(db, a_invoice(new, number=" 2026\t7 ", description="a\x1bb\nc"))
    assert invoice_input_of(db, invoice_id).number == "2026 7"
    assert invoice_input_of(db, invoice_id).description == "ab c"
    assert main(["clients", "--json", "--db", db.url.removeprefix("sqlite:///")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert name in [row["name"] for row in shown]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["calc", "bik", "20.000.000"], "meer dan € 10 miljoen"),
        (["calc", "bik", "100,001"], "meer dan twee decimalen"),
        (["calc", "bik", "0"], "groter zijn dan nul"),
        (["calc", "fourteen-day", "--posted", "1926-11-22"], "Controleer het jaar"),
        (["calc", "fourteen-day", "--posted", "2026-02-30"], "bestaat niet"),
        (["aging", "--as-of", "2101-01-01"], "Controleer het jaar"),
    ],
)
def test_the_command_line_refuses_with_one_line(db, argv, words, capsys):
    code = main([*argv, "--db", db.url.removeprefix("sqlite:///")])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err
