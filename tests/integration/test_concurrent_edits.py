"""Two windows or PCs editing the same client or invoice (issue 14): the second save is
refused when the record changed after its editing began, says who changed what, and
overwrites nothing. Two Database objects on one book are the two PCs; on PostgreSQL too."""

from dataclasses import replace
from datetime import date

import pytest

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.services.clients import client_input_of, update_client
from debiteur_desk.services.invoices import invoice_input_of, update_invoice
from debiteur_desk.store.database import Database
from debiteur_desk.text.messages import describe

from .factories import client, invoice


@pytest.fixture
def other_pc(db):
    other = Database(db.url)
    yield other
    other.close()


def test_a_client_changed_elsewhere_is_not_overwritten(db, other_pc):
    cid = client(db, name="Bakkerij De Korenschoof", email="info@korenschoof.nl")
    seen = client_input_of(db, cid)  # this window opens the edit dialog
    update_client(other_pc, cid, replace(seen, email="bestel@korenschoof.nl"))  # the other PC
    with pytest.raises(RuleViolation) as refused:
        update_client(db, cid, replace(seen, phone="030 123 45 67"), based_on=seen)
    assert refused.value.code == "changed_elsewhere"
    text = describe(refused.value, "nl")
    assert "e-mail" in text and "niet opgeslagen" in text
    now = client_input_of(db, cid)
    assert now.email == "bestel@korenschoof.nl" and now.phone == ""


def test_an_invoice_changed_elsewhere_is_not_overwritten(db, other_pc):
    iid = invoice(db, client(db), "2026-001", "100.00", date(2026, 9, 1), date(2026, 10, 1))
    seen = invoice_input_of(db, iid)
    update_invoice(other_pc, iid, replace(seen, due_date=date(2026, 10, 15)))
    with pytest.raises(RuleViolation) as refused:
        update_invoice(db, iid, replace(seen, description="Brood"), based_on=seen)
    assert "vervaldatum" in describe(refused.value, "nl")
    assert invoice_input_of(db, iid).due_date == date(2026, 10, 15)


def test_without_a_change_in_between_the_save_goes_through(db, other_pc):
    cid = client(db, name="Slagerij")
    seen = client_input_of(other_pc, cid)
    update_client(db, cid, replace(seen, city="Utrecht"), based_on=seen)
    assert client_input_of(other_pc, cid).city == "Utrecht"
