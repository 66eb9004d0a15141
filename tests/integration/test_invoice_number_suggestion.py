"""A new invoice is offered the number after the highest one in the book."""

from debiteur_desk.services.invoices import suggested_invoice_number

from .factories import client, invoice


def test_the_book_suggests_the_next_number(db):
    assert suggested_invoice_number(db) is None
    cid = client(db)
    for number in ("2026-0009", "2026-0010", "Creditnota"):
        invoice(db, cid, number, "10.00")
    assert suggested_invoice_number(db) == "2026-0011"
