"""The demo book is realistic and the same for the same seed."""

from datetime import date

import pytest
from sqlalchemy import text

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.services.reports import aging_report

TODAY = date(2026, 11, 22)


def _dump(db):
    with db.reading() as s:
        return [
            s.execute(text(f"SELECT * FROM {t} ORDER BY id")).all()
            for t in ("clients", "invoices", "payments", "payment_allocations")
        ]


def _strip_timestamps(rows):
    return [
        tuple(v for v in r if not (isinstance(v, str) and v.startswith("20") and ":" in v))
        for r in rows
    ]


def test_same_seed_same_book(tmp_path):
    books = []
    for name in ("a", "b"):
        db = open_book(tmp_path / f"{name}.sqlite").database
        fill_demo(db, clients=30, invoices=300, seed=5, today=TODAY)
        books.append([_strip_timestamps(t) for t in _dump(db)])
        db.close()
    assert books[0] == books[1]


def test_other_seed_other_book(tmp_path):
    dumps = []
    for seed in (1, 2):
        db = open_book(tmp_path / f"{seed}.sqlite").database
        fill_demo(db, clients=20, invoices=100, seed=seed, today=TODAY)
        dumps.append(_dump(db)[0])
        db.close()
    assert [r[1] for r in dumps[0]] != [r[1] for r in dumps[1]]


def test_demo_book_has_what_a_real_book_has(db):
    fill_demo(db, clients=60, invoices=800, seed=1, today=TODAY)
    with db.reading() as s:
        kinds = dict(s.execute(text("SELECT kind, count(*) FROM clients GROUP BY kind")).all())
        partly = s.execute(
            text("SELECT count(*) FROM invoices WHERE paid_cents > 0 AND open_cents > 0")
        ).scalar()
    assert kinds["consumer"] > 5 and kinds["business"] > 5
    assert partly > 0
    report = aging_report(db, TODAY)
    assert all(b.count > 0 for b in report.buckets)  # not due, ..., and long overdue (90+)
    assert check_ledger(db) == []


def test_demo_refuses_a_book_with_clients(db):
    fill_demo(db, clients=5, invoices=10, seed=1, today=TODAY)
    before = _dump(db)
    with pytest.raises(RuleViolation):
        fill_demo(db, clients=5, invoices=10, seed=2, today=TODAY)
    assert _dump(db) == before


def test_every_demo_client_can_be_saved_again_unchanged(db):
    """Found by driving the window: editing a demo client with postcode '1347 SA' could not
    be saved (PostNL never issues SA, SD or SS), and e-mail addresses had ç and ë in them."""
    from debiteur_desk.services.clients import client_input_of, normalised_client

    fill_demo(db, clients=400, invoices=400, seed=4, today=TODAY)
    with db.reading() as s:
        ids = s.execute(text("SELECT id FROM clients")).scalars().all()
    for client_id in ids:
        data = client_input_of(db, client_id)
        assert normalised_client(data) == data
        assert data.email.isascii() and "@" in data.email
