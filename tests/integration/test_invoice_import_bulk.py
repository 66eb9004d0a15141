"""An invoice export booked a block at a time in a few writes (issue 12: 50,000 rows in
under 10 s, memory flat in the file size): the rows the bulk writes leave are the rows the
one-by-one services leave, a client first met in one block is found in the next, a
number given twice is refused across blocks, a credit note above its invoice in the file
is booked after it, and every row's plan is told in file order. Also on PostgreSQL when a
server is given."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers.invoice_rows import ImportedClient, ImportedInvoice, guess_mapping
from debiteur_desk.importers.invoice_table import invoices_from_table, read_table
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.importers.ubl import read_ubl
from debiteur_desk.services import invoice_import
from debiteur_desk.services.book import open_book
from debiteur_desk.services.clients import ClientInput, add_client_in, add_clients_in
from debiteur_desk.services.invoices import (
    InvoiceInput,
    add_invoice_in,
    add_invoices_in,
    checked_invoice,
)
from debiteur_desk.services.ledger import check_ledger
from debiteur_desk.store.models import AuditLog, Client, Invoice, Payment

from . import factories

INVOICES = Path(__file__).parents[1] / "data" / "invoices"
SKIP = {"id", "number", "created_at", "updated_at", "entity_id", "at", "name"}


def _export_rows():
    table = read_table(INVOICES / "invoices-export.csv", ".csv")
    return list(invoices_from_table(table, guess_mapping(table.headers)))


def _columns(row):
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in SKIP}


def _audit(session, entity, entity_id):
    entry = session.scalars(
        select(AuditLog).where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
    ).one()
    return entry.action, entry.details


def test_add_invoices_in_writes_the_rows_add_invoice_in_writes(db):
    client = factories.client(db)
    data = InvoiceInput("A-1", client, date(2026, 3, 1), date(2026, 3, 31), Decimal("121.00"),
                        Decimal("21.00"), "Brood", "1234567890123456")  # fmt: skip
    with db.transaction() as session:
        one = add_invoice_in(session, data).id
        [many] = add_invoices_in(session, [checked_invoice(data.__class__(**{
            **data.__dict__, "number": "A-2"}))])  # fmt: skip
    with db.reading() as session:
        first, second = session.get(Invoice, one), session.get(Invoice, many)
        assert _columns(first) == _columns(second)
        # Straight to the driver (store/bulk.insert_rows): the types' conversions and the
        # columns' defaults are applied as SQLAlchemy applies them.
        assert second.invoice_date == date(2026, 3, 1) and second.currency == "EUR"
        assert abs(second.created_at - first.created_at) < timedelta(minutes=1)
        stamps = session.scalars(select(AuditLog.at).where(AuditLog.entity == "invoice")).all()
        assert len(stamps) == 2 and max(stamps) - min(stamps) < timedelta(minutes=1)
        action, details = _audit(session, "invoice", many)
        assert action == "invoice.create" and '"number": "A-2"' in details
        assert _audit(session, "invoice", one)[1] == details.replace("A-2", "A-1")


def test_add_invoices_in_refuses_a_taken_number_a_number_twice_and_an_unknown_client(db):
    client = factories.client(db)
    factories.invoice(db, client, "T-1", "10.00")

    def attempt(*numbers, client_id=client):
        inputs = [checked_invoice(InvoiceInput(n, client_id, date(2026, 3, 1), date(2026, 3, 31),
                                               Decimal("10.00"))) for n in numbers]  # fmt: skip
        with db.transaction() as session:
            add_invoices_in(session, inputs)

    with pytest.raises(InvalidInput) as taken:
        attempt("T-2", "T-1")
    with pytest.raises(InvalidInput) as twice:
        attempt("T-3", "T-3")
    with pytest.raises(NotFound):
        attempt("T-4", client_id=client + 99)
    assert (taken.value.params["number"], twice.value.params["number"]) == ("T-1", "T-3")
    with db.reading() as session:
        assert session.scalars(select(Invoice.number)).all() == ["T-1"]


def test_add_clients_in_writes_the_rows_add_client_in_writes(db):
    clean = ClientInput(name="Bakkerij Bulk", kind=ClientKind.BUSINESS, city="Zeist",
                        kvk="98285621", payment_term_days=21)  # fmt: skip
    with db.transaction() as session:
        one = add_client_in(session, clean).id
        [many] = add_clients_in(session, [clean], import_batch_id=None)
    with db.reading() as session:
        assert _columns(session.get(Client, one)) == _columns(session.get(Client, many))
        assert _audit(session, "client", many) == _audit(session, "client", one)


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 7 rows: the sample's 60 rows go through nine of them."""
    monkeypatch.setattr(invoice_import, "BLOCK", 7)


def test_in_small_blocks_the_export_books_as_in_one(db, tmp_path, monkeypatch):
    other = open_book(tmp_path / "whole.sqlite").database
    whole = run_to_end(invoice_import.import_invoices(other, _export_rows()))
    monkeypatch.setattr(invoice_import, "BLOCK", 7)  # the sample's 60 rows: nine blocks
    told = []
    blocks = run_to_end(invoice_import.import_invoices(db, _export_rows(), on_row=told.append))
    assert blocks.counts == whole.counts and blocks.clients_created == whole.clients_created
    assert [p.row.source_line for p in told] == sorted(p.row.source_line for p in told)
    assert check_ledger(db) == check_ledger(other) == []

    def state(book):
        with book.reading() as session:
            query = select(Invoice.number, Invoice.open_cents, Invoice.due_date, Client.name)
            payments = session.scalar(select(func.count()).select_from(Payment))
            return sorted(session.execute(query.join(Client)).all()), payments

    assert state(db) == state(other)
    other.close()


def test_a_client_first_met_in_one_block_is_found_in_the_next(db, small_blocks):
    rows = [
        ImportedInvoice(f"B-{n}", date(2026, 3, 1), None, 1000 + n, None, None, "",
                        ImportedClient("Zoë de Vries", ClientKind.CONSUMER), source_line=n + 1)
        for n in range(1, 16)
    ]  # fmt: skip
    told = []
    result = run_to_end(invoice_import.import_invoices(db, rows, on_row=told.append))
    assert result.clients_created == 1 and result.count("new") == 15
    assert [p.matched_by for p in told] == ["new"] + ["name"] * 14
    assert len({p.client_id for p in told}) == 1 and told[0].client_id > 0


def test_a_number_twice_is_refused_across_blocks_with_both_lines(db, small_blocks):
    rows = _export_rows()
    rows.append(rows[2].__class__(**{**rows[2].__dict__, "source_line": 99}))
    with pytest.raises(ImportRefused) as refused:
        run_to_end(invoice_import.import_invoices(db, rows))
    assert refused.value.code == "import_number_twice"
    assert refused.value.params == {"line": 99, "number": rows[2].number, "first": 4}
    with db.reading() as session:
        counts = [session.scalar(select(func.count()).select_from(m)) for m in (Invoice, Client)]
    assert counts == [0, 0]


def test_a_credit_note_above_its_invoice_in_the_file_is_booked_after_it(db):
    ubl = sorted((INVOICES / "ubl").glob("*.xml"))
    rows = [read_ubl(path.read_bytes()) for path in ubl]
    credit_first = sorted(rows, key=lambda row: not row.is_credit_note)
    assert credit_first[0].is_credit_note
    told = []
    result = run_to_end(invoice_import.import_invoices(db, credit_first, on_row=told.append))
    assert result.count("credit_note") == 1 and told[-1].status == "credit_note"
    assert check_ledger(db) == []
