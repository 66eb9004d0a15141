"""Importing the sample year's bank statement into a book holding its 63 invoices
(tests/data/statements/expected-2026.json), as the shop would: the sure matches book by
themselves, the rest waits for review; confirming those as the expected file says leaves
every invoice with exactly the open amount the file gives for 20-11-2026 (issue 12)."""

import re

import pytest
from sqlalchemy import func, select

from debiteur_desk.domain import matching
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.services.bank_review import book_reviewed, ignore_line, review_lines
from debiteur_desk.services.import_batches import list_imports, undo_import
from debiteur_desk.services.statement_import import import_statement
from debiteur_desk.store.models import BankLine, ClientAccount, Invoice, Payment

from .kept_import import kept_import
from .sample_year import CAMT, EXPECTED, sample_year_book

TRANSACTIONS = {t["id"]: t for t in EXPECTED["transactions"]}


@pytest.fixture
def book(db):
    ids, clients = sample_year_book(db)
    return db, ids, clients


def _open(db):
    with db.reading() as s:
        return dict(s.execute(select(Invoice.number, Invoice.open_cents)).all())


def test_the_sample_year_books_the_sure_matches_and_ends_with_the_expected_open_amounts(book):
    db, ids, clients = book
    result = kept_import(db, CAMT, file_name="camt053-2026.xml")
    incoming = [t for t in EXPECTED["transactions"] if t["amount_cents"] > 0]
    assert len(result.booked) + len(result.review) == len(incoming)
    assert len(result.reversals) == 1 and result.reversals[0].reverses is not None
    expected_pays = {
        (t["booking_date"], t["amount_cents"], t["counterparty_iban"] or ""): t for t in incoming
    }
    for booked in result.booked:  # each one pays what the expected file says
        t = expected_pays[(booked.line.booking_date.isoformat(), booked.line.amount_cents,
                           booked.line.counterparty_iban)]  # fmt: skip
        assert t["match"] == "invoice", (t["id"], t["none_reason"])
        want = {p["invoice"]: p["amount_cents"] for p in t["pays"]}
        assert dict(booked.offers[0].invoices) == want, t["id"]
    # The shop goes through the review list as the expected file says.
    number_to_id = ids
    for line in review_lines(db):
        t = expected_pays[(line.booking_date.isoformat(), line.amount_cents, line.iban)]
        if t["match"] != "invoice":
            ignore_line(db, line.id)
            continue
        pays = tuple((number_to_id[p["invoice"]], p["amount_cents"]) for p in t["pays"])
        client_id = next(c for c, name in [(v, k) for k, v in clients.items()]
                         if name == next(r["customer"] for r in EXPECTED["invoices"]
                                         if r["invoice"] == t["pays"][0]["invoice"]))  # fmt: skip
        book_reviewed(db, line.id, client_id, pays)
    assert review_lines(db) == []
    want = {row["invoice"]: row["open_on_2026_11_20_cents"] for row in EXPECTED["invoices"]}
    assert _open(db) == want


def test_the_same_statement_twice_books_nothing_twice(book):
    db, _, _ = book
    first = kept_import(db, CAMT)
    before = _open(db)
    again = kept_import(db, CAMT)
    assert again.booked == [] and again.review == [] and again.reversals == []
    assert len(again.skipped) == len(first.booked) + len(first.review) + len(first.skipped) + 1
    assert _open(db) == before


def test_a_dry_run_and_a_stopped_import_change_nothing(book):
    db, _, _ = book
    before = _open(db)
    dry = kept_import(db, CAMT, dry_run=True)
    assert dry.booked and dry.batch_id is None and _open(db) == before
    job = import_statement(db, CAMT)
    for _ in range(80):  # well into the year, then Stop
        next(job)
    job.close()
    assert _open(db) == before
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(BankLine)) == 0


def test_undoing_an_import_takes_its_payments_back(book):
    db, _, _ = book
    before = _open(db)
    result = kept_import(db, CAMT, file_name="camt053-2026.xml")
    [summary] = list_imports(db)
    # The summary counts the payments that stand: the one the year's reversal took back is gone.
    assert summary.id == result.batch_id and result.reversals
    assert summary.booked == len(result.booked) - len(result.reversals)
    # The year holds a reversal, which cannot be put back by an undo: refused, saying so.
    from debiteur_desk.domain.errors import RuleViolation

    with pytest.raises(RuleViolation):
        undo_import(db, result.batch_id)
    assert _open(db) != before


def test_undo_of_an_import_without_reversal(book):
    """The first three months (no reversal yet): undo puts every invoice back."""
    db, _, _ = book
    before = _open(db)
    ends = [m.end() for m in re.finditer(rb"</(?:\w+:)?Stmt>", CAMT)]
    months = CAMT[: ends[2]] + CAMT[ends[-1] :]  # February to April, then the closing tags
    result = kept_import(db, months)
    assert result.booked and not result.reversals
    undo_import(db, result.batch_id)
    assert _open(db) == before
    with db.reading() as s:
        assert (
            s.scalar(select(func.count()).select_from(Payment).where(Payment.method == "bank")) == 0
        )


def test_a_confirmed_payer_is_recognised_next_time(book):
    db, ids, clients = book
    kept_import(db, CAMT)
    line = next(x for x in review_lines(db) if x.iban)
    some_client = next(iter(clients.values()))
    book_reviewed(db, line.id, some_client, ())  # kept as that client's credit
    with db.reading() as s:
        learned = s.scalar(select(ClientAccount.client_id).where(ClientAccount.iban == line.iban))
    assert learned == some_client


def test_a_broken_file_changes_nothing(book):
    db, _, _ = book
    before = _open(db)
    with pytest.raises(ImportRefused):
        kept_import(db, CAMT[:3000])
    with pytest.raises(ImportRefused):
        kept_import(db, b"\x00\x01 not a statement")
    assert _open(db) == before


def test_the_timeline_shows_the_statement_line_and_the_reversal(book):
    """Issue 12: each booked payment keeps its statement line visible on the client's
    timeline; a reversal (RvslInd) says so there too."""
    from debiteur_desk.services.timeline import client_timeline

    db, _, _ = book
    result = kept_import(db, CAMT)
    booked = result.booked[0]
    client_id = booked.offers[0].client_id
    payment = next(e for e in client_timeline(db, client_id)
                   if e.kind == "payment" and e.ref_id == booked.payment_id)  # fmt: skip
    details = dict(payment.details)
    assert details["iban"] == booked.line.counterparty_iban
    assert details["counterparty"] == booked.line.counterparty_name
    assert details["matched_by"] == booked.offers[0].reason
    assert payment.note == booked.line.remittance
    [reversal] = result.reversals
    with db.reading() as s:
        owner = s.scalar(select(BankLine.client_id).where(BankLine.id == reversal.reverses))
    events = [e for e in client_timeline(db, owner) if e.kind == "payment_reversed"]
    assert [(e.when, e.amount * 100) for e in events] == [
        (reversal.line.booking_date, -reversal.line.amount_cents)
    ]


def test_the_review_list_indexes_the_open_invoices_once_for_all_its_lines(book, monkeypatch):
    """A book of 100,000 invoices and a review list of thousands of lines: one index for all
    of them, not one per line (that took tens of minutes)."""
    db, _, _ = book
    kept_import(db, CAMT)
    built = []
    original = matching.OpenItems.__init__

    def counted(self, *args, **kwargs):
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(matching.OpenItems, "__init__", counted)
    lines = review_lines(db)
    assert len(lines) > 1 and len(built) == 1
    assert any(line.offers for line in lines)


def test_a_file_is_imported_from_its_path_as_from_its_bytes(book, tmp_path):
    """The window and the command line hand the import the file, which it reads as a
    stream (issue 12: memory flat in the file size); the outcome is the bytes' outcome."""
    db, _, _ = book
    path = tmp_path / "afschrift.xml"
    path.write_bytes(CAMT)
    from_path = kept_import(db, path, dry_run=True)
    from_bytes = kept_import(db, CAMT, dry_run=True)
    for kind in ("booked", "review", "skipped", "reversals"):
        assert getattr(from_path, kind) == getattr(from_bytes, kind)
    assert len(from_path.booked) == 33
