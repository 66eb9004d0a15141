"""Invoices a user named by id, checked the same way wherever a service takes them: each
must exist, belong to the client and (where asked) still be open. The error codes differ
per service, so the message can say what the user was doing."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.store.models import Invoice


def client_invoice(
    session: Session, invoice_id: int, client_id: int | None, *, other_client: str
) -> Invoice:
    """The invoice with this id; ``client_id`` (when given) must be its client."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=invoice_id)
    if client_id is not None and invoice.client_id != client_id:
        raise InvalidInput(other_client, number=invoice.number)
    return invoice


def open_client_invoices(
    session: Session, client_id: int, ids: Iterable[int], *, other_client: str, not_open: str
) -> list[Invoice]:
    """The client's open invoices by id, each once, in the order given."""
    invoices = []
    for invoice_id in dict.fromkeys(ids):
        invoice = client_invoice(session, invoice_id, client_id, other_client=other_client)
        if invoice.open_cents <= 0:
            raise InvalidInput(not_open, number=invoice.number)
        invoices.append(invoice)
    return invoices
