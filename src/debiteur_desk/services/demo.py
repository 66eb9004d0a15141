"""The demo book: a realistic Dutch small-business ledger, the same for the same seed.

Fast enough for a million invoices: rows are inserted in bulk with explicit ids
(no ORM objects), in one transaction, so a failure leaves the database empty.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from debiteur_desk.domain import clock
from debiteur_desk.domain.blocks import blocks
from debiteur_desk.domain.dates import day_number, from_day_number
from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.references import make_kenmerk
from debiteur_desk.services import audit
from debiteur_desk.services.demo_names import (
    BUSINESS_NOUNS,
    BUSINESS_PATTERNS,
    FIRST_NAMES,
    INVOICE_DESCRIPTIONS,
    PLACES,
    STREETS,
    SURNAMES,
)
from debiteur_desk.store.bulk import advance_id_sequences, bulk_insert, table_of, timestamp_text
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, Payment, PaymentAllocation
from debiteur_desk.store.settings_store import put_setting
from debiteur_desk.store.types import utcnow

HISTORY_DAYS = 450

DEMO_COMPANY = {
    "company.name": "Fietsenmakerij & Tweewielers Van Dam",
    "company.street": "Voorstraat 12",
    "company.postcode": "3512 AK",
    "company.city": "Utrecht",
    "company.kvk": "12345678",
    "company.btw_id": "NL004495445B01",
    "company.iban": "NL91ABNA0417164300",
    "company.email": "administratie@voorbeeld-vandam.nl",
    "company.phone": "030 123 45 67",
}


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    invoices: int
    payments: int
    seed: int


@dataclass(frozen=True)
class _Profile:
    """How a client pays: share of invoices paid, paid late, paid in part; days late."""

    paid_share: float
    late_days: int
    partial_share: float


PROFILES = (
    _Profile(0.97, 2, 0.01),  # punctual
    _Profile(0.90, 20, 0.04),  # a bit slow
    _Profile(0.75, 45, 0.10),  # habitual late payer
    _Profile(0.35, 90, 0.20),  # in trouble
)
PROFILE_WEIGHTS = (45, 30, 17, 8)


CLIENT_COLUMNS = (
    "id",
    "name",
    "kind",
    "contact_person",
    "phone",
    "email",
    "street",
    "postcode",
    "city",
    "country",
    "kvk",
    "btw_id",
    "iban",
    "payment_term_days",
    "language",
    "notes",
    "created_at",
    "updated_at",
)
INVOICE_COLUMNS = (
    "id",
    "number",
    "client_id",
    "invoice_date",
    "due_date",
    "amount_cents",
    "vat_cents",
    "currency",
    "description",
    "kenmerk",
    "sent_on",
    "sent_via",
    "sent_to",
    "disputed",
    "written_off_cents",
    "write_off_reason",
    "paid_cents",
    "credited_cents",
    "open_cents",
    "created_at",
    "updated_at",
)
PAYMENT_COLUMNS = (
    "id",
    "client_id",
    "received_on",
    "amount_cents",
    "method",
    "counterparty_name",
    "counterparty_iban",
    "description",
    "unallocated_cents",
    "created_at",
)
ALLOCATION_COLUMNS = ("id", "payment_id", "invoice_id", "amount_cents")
LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
NEVER_ISSUED = {"SA": "SB", "SD": "SE", "SS": "ST"}  # PostNL does not use these pairs


def _postcode_letters(rng: random.Random) -> str:
    pair = rng.choice(LETTERS) + rng.choice(LETTERS)
    return NEVER_ISSUED.get(pair, pair)


def _mailbox(text: str) -> str:
    """``Çelik`` -> ``celik``: an address part a mail server takes."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalpha()).lower()


def _client_rows(rng: random.Random, count: int, now: str) -> Iterator[tuple[Any, ...]]:
    for client_id in range(1, count + 1):
        business = rng.random() < 0.55
        first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        city, pc = rng.choice(PLACES)
        if business:
            name = rng.choice(BUSINESS_PATTERNS).format(
                surname=surname[0].upper() + surname[1:], noun=rng.choice(BUSINESS_NOUNS)
            )
        else:
            name = f"{first} {surname}"
        slug = _mailbox(surname if business else first + surname)
        yield (
            client_id,
            name,
            "business" if business else "consumer",
            f"{first} {surname}" if business else "",
            f"06 {rng.randrange(10_000_000, 99_999_999)}",
            f"{slug}{client_id}@example.nl",
            f"{rng.choice(STREETS)} {rng.randrange(1, 240)}",
            f"{pc}{rng.randrange(10, 99)} {_postcode_letters(rng)}",
            city,
            "NL",
            f"{rng.randrange(10_000_000, 99_999_999)}" if business else "",
            "",
            "",
            30 if business else 14,
            "en" if rng.random() < 0.05 else "nl",
            "",
            now,
            now,
        )


class _Ledger:
    """Generates invoices and the payments that settle them, with explicit ids.

    Dates are day numbers here (the database form), to keep a million rows fast.
    """

    def __init__(self, rng: random.Random, clients: int, today: date, now: str) -> None:
        self.rng = rng
        self.clients = clients
        self.today = day_number(today)
        self.now = now
        self.profiles = rng.choices(PROFILES, PROFILE_WEIGHTS, k=clients)
        self.payments: list[tuple[Any, ...]] = []
        self.payment_count = 0  # payments already written
        self.allocations: list[tuple[Any, ...]] = []
        self.addresses: dict[int, str] = {}  # client id -> the e-mail invoices went to
        self.terms: dict[int, int] = {}  # client id -> its agreed payment term in days

    def remember_addresses(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """The client rows as they are, noting each one's e-mail address and payment term
        on the way (its invoices go there, due after that term)."""
        email, term = CLIENT_COLUMNS.index("email"), CLIENT_COLUMNS.index("payment_term_days")
        for row in rows:
            self.addresses[row[0]], self.terms[row[0]] = row[email], row[term]
            yield row

    def invoice_rows(self, count: int) -> Iterator[tuple[Any, ...]]:
        rng, now = self.rng, self.now
        start = self.today - HISTORY_DAYS
        for invoice_id in range(1, count + 1):
            client_id = rng.randrange(1, self.clients + 1)
            invoice_day = start + rng.randrange(HISTORY_DAYS)
            rng.random()  # once chose the term; still drawn, so a seed gives the same book
            due = invoice_day + self.terms.get(client_id, 30)  # the client's agreed term
            amount = int(rng.lognormvariate(11.0, 1.0)) + 500  # median about EUR 600
            paid = self._settle(invoice_id, client_id, due, amount, self.profiles[client_id - 1])
            yield (
                invoice_id,
                f"{from_day_number(invoice_day).year}-{invoice_id:07d}",
                client_id,
                invoice_day,
                due,
                amount,
                round(amount * 21 / 121),
                "EUR",
                rng.choice(INVOICE_DESCRIPTIONS),
                make_kenmerk(invoice_id),
                invoice_day,
                "email",
                self.addresses.get(client_id, ""),
                False,
                0,
                "",
                paid,
                0,
                amount - paid,
                now,
                now,
            )

    def _settle(self, invoice_id: int, client_id: int, due: int, amount: int, p: _Profile) -> int:
        """Maybe add a payment for this invoice; returns the cents paid."""
        rng = self.rng
        roll = rng.random()
        if roll < p.paid_share:
            paid = amount
        elif roll < p.paid_share + p.partial_share:
            paid = amount * rng.randrange(20, 80) // 100
        else:
            return 0
        received = due + int(rng.expovariate(1 / p.late_days)) - 5
        if received > self.today:
            return 0  # not yet paid as of today
        payment_id = self.payment_count + len(self.payments) + 1
        self.payments.append(
            (
                payment_id,
                client_id,
                received,
                paid,
                "bank",
                "",
                "",
                f"Factuur {invoice_id}",
                0,
                self.now,
            )
        )
        self.allocations.append((payment_id, payment_id, invoice_id, paid))
        return paid


def fill_demo(
    db: Database,
    *,
    clients: int = 60,
    invoices: int = 400,
    seed: int = 1,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo book. Refuses a database that has clients."""
    if clients < 1 or invoices < 0:
        raise InvalidInput("demo_sizes", clients=clients, invoices=invoices)
    today = today or clock.today()
    rng = random.Random(seed)
    now = timestamp_text(utcnow())
    ledger = _Ledger(rng, clients, today, now)
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Client)):
            raise RuleViolation("demo_needs_empty_database")
        connection = session.connection()
        bulk_insert(connection, table_of(Client), CLIENT_COLUMNS,
                    ledger.remember_addresses(_client_rows(rng, clients, now)))  # fmt: skip
        for batch in blocks(ledger.invoice_rows(invoices), 50_000):
            # Payments follow their invoices batch by batch, so memory stays flat.
            bulk_insert(connection, table_of(Invoice), INVOICE_COLUMNS, batch)
            bulk_insert(connection, table_of(Payment), PAYMENT_COLUMNS, ledger.payments)
            bulk_insert(
                connection, table_of(PaymentAllocation), ALLOCATION_COLUMNS, ledger.allocations
            )
            ledger.payment_count += len(ledger.payments)
            ledger.payments.clear()
            ledger.allocations.clear()
        advance_id_sequences(
            connection,
            [table_of(Client), table_of(Invoice), table_of(Payment), table_of(PaymentAllocation)],
        )
        for key, value in DEMO_COMPANY.items():
            put_setting(session, key, value)
        audit.record(
            session,
            "demo.fill",
            "database",
            None,
            clients=clients,
            invoices=invoices,
            seed=seed,
            today=today.isoformat(),
            at=datetime.now().isoformat(),
        )
    return DemoSummary(clients, invoices, ledger.payment_count, seed)
