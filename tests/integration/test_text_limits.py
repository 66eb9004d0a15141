"""Every text a user types has a sensible maximum, refused by the service with a clear
message; the longest allowed values are stored whole (on PostgreSQL too)."""

from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.services.clients import (
    TEXT_LIMITS,
    ClientInput,
    add_client,
    client_input_of,
    normalised_client,
)
from debiteur_desk.services.invoices import InvoiceInput, add_invoice, invoice_input_of
from debiteur_desk.text.messages import CATALOGUE, describe


def longest(limit: limits.TextLimit, char: str = "a") -> str:
    return char * limit.maximum


def test_every_limit_has_a_message_in_both_languages():
    for limit in limits.ALL:
        dutch, english = CATALOGUE[f"{limit.code}_too_long"]
        assert "{maximum}" in dutch and "{maximum}" in english


def test_a_five_thousand_character_name_is_refused_in_the_users_language():
    with pytest.raises(InvalidInput) as caught:
        normalised_client(ClientInput(name="x" * 5000, kind=ClientKind.BUSINESS))
    assert describe(caught.value) == "De naam is te lang: 5000 tekens, maximaal 70."
    assert describe(caught.value, "en") == "The name is too long: 5000 characters, at most 70."


@pytest.mark.parametrize("field", sorted(TEXT_LIMITS))
def test_each_client_text_one_character_too_long_is_refused(field):
    limit = TEXT_LIMITS[field]
    value = (
        "b@c.nl".rjust(limit.maximum + 1, "a") if field == "email" else "a" * (limit.maximum + 1)
    )
    values = {"name": "Jan", "kind": ClientKind.CONSUMER, "country": "BE", field: value}
    data = ClientInput(**values)
    with pytest.raises(InvalidInput) as caught:
        normalised_client(data)
    assert caught.value.code == f"{limit.code}_too_long"


def test_spaces_around_a_text_do_not_count(db):
    data = ClientInput(name=f"  {longest(limits.NAME)}  ", kind=ClientKind.CONSUMER)
    assert normalised_client(data).name == longest(limits.NAME)


def test_the_longest_client_texts_are_stored_whole(db):
    data = ClientInput(
        name=longest(limits.NAME, "é"),
        kind=ClientKind.BUSINESS,
        contact_person=longest(limits.CONTACT_PERSON),
        phone=longest(limits.PHONE, "1"),
        email="b@example.nl".rjust(limits.EMAIL.maximum, "a"),
        street=longest(limits.STREET),
        postcode=longest(limits.POSTCODE, "9"),
        city=longest(limits.CITY),
        country="DE",
        notes=longest(limits.NOTES),
    )
    client_id = add_client(db, data)
    assert client_input_of(db, client_id) == normalised_client(data)


def test_invoice_texts_have_their_limits_too(db):
    client_id = add_client(db, ClientInput(name="Jan", kind=ClientKind.CONSUMER))
    base = InvoiceInput(
        number=longest(limits.INVOICE_NUMBER, "7"),
        client_id=client_id,
        invoice_date=date(2026, 11, 1),
        due_date=date(2026, 11, 15),
        amount=Decimal("121.00"),
        description=longest(limits.DESCRIPTION),
        sent_to="b@example.nl".rjust(limits.SENT_TO.maximum, "a"),
    )
    invoice_id = add_invoice(db, base)
    assert invoice_input_of(db, invoice_id) == base
    for field, limit in (
        ("number", limits.INVOICE_NUMBER),
        ("description", limits.DESCRIPTION),
        ("sent_to", limits.SENT_TO),
        ("kenmerk", limits.PAYMENT_REFERENCE),
    ):
        too_long = InvoiceInput(
            **{**base.__dict__, "number": "2", field: "1" * (limit.maximum + 1)}
        )
        with pytest.raises(InvalidInput) as caught:
            add_invoice(db, too_long)
        assert caught.value.code == f"{limit.code}_too_long"


def test_the_company_details_have_their_limits(db):
    from debiteur_desk.services.settings import change_setting, read_setting

    change_setting(db, "company.name", longest(limits.NAME))
    assert read_setting(db, "company.name") == longest(limits.NAME)
    with pytest.raises(InvalidInput) as caught:
        change_setting(db, "company.city", "x" * (limits.CITY.maximum + 1))
    assert describe(caught.value) == "De plaatsnaam is te lang: 36 tekens, maximaal 35."
