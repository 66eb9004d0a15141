"""User actions on clients: add and change, with validation of what was typed."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.references import (
    validate_btw_id,
    validate_country,
    validate_email,
    validate_iban,
    validate_kvk,
    validate_postcode,
)
from debiteur_desk.services import audit
from debiteur_desk.services.concurrent_edits import refuse_if_changed
from debiteur_desk.store.bulk import insert_returning_ids
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client


@dataclass(frozen=True)
class ClientInput:
    name: str
    kind: ClientKind
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    kvk: str = ""
    btw_id: str = ""
    iban: str = ""
    payment_term_days: int = 14
    language: str = "nl"
    notes: str = ""
    large_company: bool = False  # a business: art. 6:119a lid 6 BW (at most 30 days)


# ClientInput attribute -> how long it may be (after ``TextLimit.clean``: control characters
# out, the spaces around it stripped).
TEXT_LIMITS: dict[str, limits.TextLimit] = {
    "name": limits.NAME,
    "contact_person": limits.CONTACT_PERSON,
    "phone": limits.PHONE,
    "email": limits.EMAIL,
    "street": limits.STREET,
    "postcode": limits.POSTCODE,
    "city": limits.CITY,
    "notes": limits.NOTES,
}


def normalised_client(data: ClientInput) -> ClientInput:
    """Validate and normalise what a user typed; raises :class:`InvalidInput`."""
    trimmed: dict[str, Any] = {
        field: limit.clean(getattr(data, field)) for field, limit in TEXT_LIMITS.items()
    }
    if not trimmed["name"]:
        raise InvalidInput("client_name_empty")
    if data.language not in ("nl", "en"):
        raise InvalidInput("language_unknown", text=data.language)
    if not 0 <= data.payment_term_days <= 365:
        raise InvalidInput("payment_term", days=data.payment_term_days)
    country = validate_country(data.country)
    postcode = trimmed["postcode"]
    return ClientInput(
        **{
            **data.__dict__,
            **trimmed,
            "country": country,
            "email": validate_email(trimmed["email"]) if trimmed["email"] else "",
            "postcode": validate_postcode(postcode) if country == "NL" and postcode else postcode,
            "kvk": validate_kvk(data.kvk) if data.kvk else "",
            "btw_id": validate_btw_id(data.btw_id) if data.btw_id else "",
            "iban": validate_iban(data.iban) if data.iban else "",
        }
    )


def existing_client_ids(session: Session, client_ids: Collection[int]) -> set[int]:
    """Those of ``client_ids`` the book has, read 500 at a time."""
    ids, found = sorted(client_ids), set[int]()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(Client.id).where(Client.id.in_(chunk))))
    return found


def add_client(db: Database, data: ClientInput) -> int:
    clean = normalised_client(data)
    with db.transaction() as session:
        return add_client_in(session, clean).id


def add_client_in(session: Session, clean: ClientInput) -> Client:
    """A client from an already normalised input, inside the caller's transaction."""
    client = Client(**{**clean.__dict__, "kind": clean.kind.value})
    session.add(client)
    session.flush()
    audit.record(session, "client.create", "client", client.id, name=client.name)
    return client


def add_clients_in(
    session: Session, cleans: Sequence[ClientInput], *, import_batch_id: int | None = None
) -> list[int]:
    """Many clients from normalised inputs, as ``add_client_in`` one after the other would
    add them (rows and audit rows), in a few statements; their ids, in order."""
    rows = [
        {**clean.__dict__, "kind": clean.kind.value, "import_batch_id": import_batch_id}
        for clean in cleans
    ]
    ids = insert_returning_ids(session, Client, rows)
    audit.record_many(session, "client.create", "client", (
        (client_id, {"name": row["name"]}) for client_id, row in zip(ids, rows, strict=True)
    ))  # fmt: skip
    return ids


def update_client(
    db: Database, client_id: int, data: ClientInput, *, based_on: ClientInput | None = None
) -> None:
    """``based_on``: the details the user saw when editing began; if another window or PC
    has changed the client since, nothing is saved and the user is told who changed what
    (optimistic locking: no lock is held while a dialog is open)."""
    clean = normalised_client(data)
    with db.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        if based_on is not None:
            refuse_if_changed(session, "client", client_id, based_on, client_input_from(client))
        changes = {}
        for f in fields(ClientInput):
            new = getattr(clean, f.name)
            new = new.value if isinstance(new, ClientKind) else new
            if getattr(client, f.name) != new:
                changes[f.name] = {"old": getattr(client, f.name), "new": new}
                setattr(client, f.name, new)
        if changes:
            audit.record(session, "client.update", "client", client_id, changes=changes)


def client_input_of(db: Database, client_id: int) -> ClientInput:
    """The client's current details, to fill an edit dialog."""
    with db.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        return client_input_from(client)


def client_input_from(client: Client) -> ClientInput:
    values = {f.name: getattr(client, f.name) for f in fields(ClientInput)}
    return ClientInput(**{**values, "kind": ClientKind(values["kind"])})
