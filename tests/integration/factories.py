"""Small helpers to build a book through the real services."""

from datetime import date
from decimal import Decimal

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import ClientInput, add_client
from debiteur_desk.services.invoices import InvoiceInput, add_invoice
from debiteur_desk.store.models import InvoiceSentCheck


def client(db, name="Bakkerij De Korenschoof", kind=ClientKind.BUSINESS, **kw):
    return add_client(db, ClientInput(name=name, kind=kind, **kw))


def invoice(
    db, client_id, number, amount, invoice_date=date(2026, 9, 1), due=None, checked=True, **kw
):
    """An invoice whose sending the user already checked on its date (the worklist's "Klopt,
    verstuurd"): most tests' invoices stand for ones that reached the client, and no letter
    names an invoice whose check is open (``domain/letter_rules.py``). Only the check is
    recorded, not a sent date or an audit entry, so the invoice reads as the test wrote it.
    ``checked=False`` leaves the check open (``domain/sent_check.py``)."""
    invoice_id = add_invoice(
        db,
        InvoiceInput(
            number=number,
            client_id=client_id,
            invoice_date=invoice_date,
            due_date=due or invoice_date,
            amount=Decimal(amount),
            **kw,
        ),
    )
    if checked:
        with db.transaction() as session:
            session.add(InvoiceSentCheck(invoice_id=invoice_id, checked_on=invoice_date))
    return invoice_id
