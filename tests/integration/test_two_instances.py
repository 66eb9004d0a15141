"""Two windows (or two PCs on a shared folder) on one SQLite book, as two real processes
(issue 14): both write safely. A save takes the write lock before it reads what it
changes (``BEGIN IMMEDIATE``); one that meets another waits for it instead of failing or
overwriting it, and reads what the other saved."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import date

from sqlalchemy import select

from debiteur_desk.services.integrity import check_book
from debiteur_desk.store.models import Invoice, Payment

from .factories import client, invoice

PAY = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from decimal import Decimal
    from debiteur_desk.domain.errors import DebiteurError
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.payments import PaymentInput, record_payment_in

    db = open_book(sys.argv[1], create=False).database
    invoice_id, hold = int(sys.argv[2]), float(sys.argv[3])
    try:
        with db.transaction() as session:
            print("in", flush=True)
            record_payment_in(session, PaymentInput(
                date(2026, 11, 20), Decimal("100.00"),
                allocations=((invoice_id, Decimal("100.00")),)), settle=False)
            time.sleep(hold)  # a long save: e.g. an import on the other PC
    except DebiteurError as error:
        print(error.code, file=sys.stderr)
        sys.exit(3)
    db.close()
    """
)


def pay(db_url, invoice_id: int, hold: float) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", PAY, db_url, str(invoice_id), str(hold)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_a_second_process_waits_for_the_first_and_loses_nothing(db, book_url):
    iid = invoice(db, client(db), "2026-001", "500.00", date(2026, 9, 1), date(2026, 10, 1))
    first = pay(book_url, iid, hold=1.5)
    assert first.stdout is not None and first.stdout.readline() == "in\n"  # holds the book
    second = pay(book_url, iid, hold=0)
    started = time.monotonic()
    _, error = second.communicate(timeout=60)
    assert second.returncode == 0, error
    assert time.monotonic() - started > 0.5  # it waited for the first
    _, error = first.communicate(timeout=60)
    assert first.returncode == 0, error
    with db.reading() as session:
        assert len(session.scalars(select(Payment)).all()) == 2
        assert session.get(Invoice, iid).open_cents == 30000  # 500 - 100 - 100
    assert check_book(db) == []


def test_the_other_process_s_change_is_seen_on_the_next_read(db, book_url):
    iid = invoice(db, client(db), "2026-002", "250.00", date(2026, 9, 1), date(2026, 10, 1))
    with db.reading() as session:
        assert session.get(Invoice, iid).open_cents == 25000
    other = pay(book_url, iid, hold=0)
    _, error = other.communicate(timeout=60)
    assert other.returncode == 0, error
    with db.reading() as session:
        assert session.get(Invoice, iid).open_cents == 15000


def test_the_second_save_checks_against_what_the_first_saved(db, book_url):
    """Two payments of 100 on an invoice with 150 open, at the same moment: the second is
    checked against the 50 the first left (and refused in words), not against the 150 it
    would have read before the first saved."""
    iid = invoice(db, client(db), "2026-003", "150.00", date(2026, 9, 1), date(2026, 10, 1))
    first = pay(book_url, iid, hold=1.5)
    assert first.stdout is not None and first.stdout.readline() == "in\n"
    second = pay(book_url, iid, hold=0)
    _, error = second.communicate(timeout=60)
    assert second.returncode == 3 and error.strip() == "allocation_exceeds_open", error
    _, error = first.communicate(timeout=60)
    assert first.returncode == 0, error
    with db.reading() as session:
        assert session.get(Invoice, iid).open_cents == 5000
    assert check_book(db) == []


def test_a_save_inside_another_on_the_same_thread_is_a_bug_said_at_once(db):
    """It would wait for the write lock its own thread holds; said at once, not after the
    busy timeout as "the book is busy"."""
    import pytest

    with db.transaction(), pytest.raises(RuntimeError, match="inside another"):
        client(db, name="Genest")
