"""The sample year's shop (tests/data/statements/expected-2026.json): its 63 invoices as
exported (Openstaand: counter payments already in) and the one credit note, built through
the real services, for the statement import tests."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.invoices import add_credit_note
from debiteur_desk.services.payments import PaymentInput, record_payment

from .factories import client, invoice

DATA = Path(__file__).parents[1] / "data" / "statements"
EXPECTED = json.loads((DATA / "expected-2026.json").read_text(encoding="utf-8"))
CAMT = (DATA / "camt053-2026.xml").read_bytes()


def sample_year_book(db):
    """Returns (invoice number → id, client name → id)."""
    clients, ids = {}, {}
    for row in EXPECTED["invoices"]:
        name = row["customer"]
        if name not in clients:
            kind = (
                ClientKind.CONSUMER if row["customer_type"] == "consumer" else ClientKind.BUSINESS
            )
            clients[name] = client(db, name=name, kind=kind)
        ids[row["invoice"]] = invoice(
            db, clients[name], row["invoice"], row["amount_incl"],
            invoice_date=date.fromisoformat(row["invoice_date"]),
            due=date.fromisoformat(row["due_date"]), kenmerk=row["payment_reference"],
        )  # fmt: skip
        settled = row["settled_outside_bank_cents"]
        if settled:
            record_payment(db, PaymentInput(date.fromisoformat(row["invoice_date"]),
                                            Decimal(settled) / 100, clients[name],
                                            ((ids[row["invoice"]], Decimal(settled) / 100),),
                                            method="cash"))  # fmt: skip
    for note in EXPECTED["credit_notes"]:
        add_credit_note(db, ids[note["credits_invoice"]], note["id"],
                        date.fromisoformat(note["date"]), Decimal(note["amount_incl"]))  # fmt: skip
    return ids, clients
