"""Small helpers to build a book through the real services."""

from datetime import date
from decimal import Decimal

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import ClientInput, add_client
from debiteur_desk.services.invoices import InvoiceInput, add_invoice


def client(db, name="Bakkerij De Korenschoof", kind=ClientKind.BUSINESS, **kw):
    return add_client(db, ClientInput(name=name, kind=kind, **kw))


def invoice(db, client_id, number, amount, invoice_date=date(2026, 9, 1), due=None, **kw):
    return add_invoice(
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
