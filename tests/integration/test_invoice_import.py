"""Importing the sample shop's invoice export (CSV and Excel) and its UBL e-invoices into
an empty book, as a new user starts (issue 12): the open amounts equal the export's
"Openstaand", re-importing adds nothing and lists changed values, an undo takes it all
back, a bad row refuses the whole file. Then the year's bank statement: every invoice ends
with the open amount the expected file gives for 20-11-2026."""

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.importers.invoice_rows import guess_mapping
from debiteur_desk.importers.invoice_table import invoices_from_table, read_table
from debiteur_desk.importers.statement import ImportRefused
from debiteur_desk.importers.ubl import read_ubl
from debiteur_desk.services.bank_review import book_reviewed, ignore_line, review_lines
from debiteur_desk.services.import_batches import undo_import
from debiteur_desk.services.invoice_import import import_invoices
from debiteur_desk.services.statement_import import import_statement
from debiteur_desk.store.models import Client, Invoice, Payment
from debiteur_desk.text.messages import describe

from .sample_year import CAMT, EXPECTED

INVOICES = Path(__file__).parents[1] / "data" / "invoices"
BY_NUMBER = {row["invoice"]: row for row in EXPECTED["invoices"]}


def _rows(name="invoices-export.csv"):
    table = read_table((INVOICES / name).read_bytes(), Path(name).suffix)
    return list(invoices_from_table(table, guess_mapping(table.headers)))


def _ubl_rows():
    return [read_ubl(path.read_bytes()) for path in sorted((INVOICES / "ubl").glob("*.xml"))]


def _open(db):
    with db.reading() as s:
        return dict(s.execute(select(Invoice.number, Invoice.open_cents)).all())


def _count(db, model):
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("name", ["invoices-export.csv", "invoices-export.xlsx"])
def test_the_export_starts_the_book_at_its_open_amounts(db, name):
    result = run_to_end(import_invoices(db, _rows(name), file_name=name))
    assert result.count("new") == 60 and result.batch_id is not None
    want = {n: r["open_at_export_cents"] for n, r in BY_NUMBER.items() if n in _open(db)}
    assert len(want) == 60 and _open(db) == want
    # 2026-0018 was paid at the counter: an opening balance, not a write-off.
    with db.reading() as s:
        methods = s.scalars(select(Payment.method)).all()
        kinds = dict(s.execute(select(Client.name, Client.kind)).all())
    assert set(methods) == {"opening"} and len(methods) == 2
    if name.endswith(".xlsx"):
        # No KvK or btw-id column: a legal form in the name makes a business (a B.V. or a
        # stichting is a legal person, never a consumer: art. 6:96 lid 6 BW), the export's
        # own type agreeing; the others get the careful default, consumer.
        businesses = {client for client, kind in kinds.items() if kind == ClientKind.BUSINESS}
        assert businesses == {
            "Architectenbureau Van Leeuwen & Partners B.V.", "Bouwbedrijf Hendriks B.V.",
            "Coöperatie Buurtwerk Lombok U.A.", "Hotel De Drie Linden V.O.F.",
            "Koeriersdienst Snelwiel B.V.", "Stichting Kinderopvang Het Fietsje",
            "Thuiszorg Aan Huis B.V.", "Verhuurbedrijf Stadsfiets B.V.",
        }  # fmt: skip
        expected = {row["customer"]: row["customer_type"] for row in EXPECTED["invoices"]}
        assert {expected[client] for client in businesses} == {"business"}
        return
    for row in EXPECTED["invoices"]:  # a KvK or btw-id makes a business; else a consumer
        if row["customer"] in kinds:
            assert kinds[row["customer"]].value == row["customer_type"], row["customer"]


def test_ubl_invoices_and_the_credit_note(db):
    run_to_end(import_invoices(db, _rows()))
    result = run_to_end(import_invoices(db, _ubl_rows(), file_name="ubl"))
    assert result.count("new") == 3 and result.count("credit_note") == 1
    want = {n: r["open_at_export_cents"] for n, r in BY_NUMBER.items()}
    opened = _open(db)
    for note in EXPECTED["credit_notes"]:  # the credit note lowers what its invoice asks
        want[note["credits_invoice"]] -= note["amount_incl_cents"]
    assert opened == want


def test_re_importing_adds_nothing_and_lists_changed_values(db):
    first = run_to_end(import_invoices(db, _rows()))
    clients = _count(db, Client)
    again = run_to_end(import_invoices(db, _rows()))
    assert again.count("same") == 60 and again.count("new") == 0
    assert _count(db, Invoice) == 60 and _count(db, Client) == clients
    rows = _rows()
    rows[0] = dataclasses.replace(rows[0], amount_cents=rows[0].amount_cents + 1000)
    before = _open(db)
    told = []
    changed = run_to_end(import_invoices(db, rows, on_row=told.append))
    assert changed.count("changed") == 1 and len(told) == 60
    [planned] = [p for p in told if p.status == "changed"]
    assert [(c.field, int(c.new) - int(c.old)) for c in planned.changes] == [("amount_cents", 1000)]
    assert _open(db) == before  # listed, never overwritten silently
    run_to_end(import_invoices(db, rows, apply_changes=True))
    assert _open(db)[rows[0].number] == before[rows[0].number] + 1000
    assert first.batch_id is not None


def test_undo_takes_the_invoices_clients_and_opening_balances_back(db):
    result = run_to_end(import_invoices(db, _rows()))
    undo_import(db, result.batch_id)
    assert _count(db, Invoice) == _count(db, Client) == _count(db, Payment) == 0


def test_a_bad_row_refuses_the_whole_file_and_says_where(db):
    rows = _rows()
    rows[7] = dataclasses.replace(rows[7], open_cents=rows[7].amount_cents + 1)
    with pytest.raises(ImportRefused) as refused:
        run_to_end(import_invoices(db, rows))
    assert _count(db, Invoice) == _count(db, Client) == 0
    line = rows[7].source_line
    assert describe(refused.value, "nl").startswith(f"Regel {line}: het openstaande bedrag")


def test_a_number_twice_in_one_file_is_refused(db):
    rows = _rows()
    rows.append(dataclasses.replace(rows[3], source_line=99))
    with pytest.raises(ImportRefused) as refused:
        run_to_end(import_invoices(db, rows))
    assert refused.value.code == "import_number_twice" and _count(db, Invoice) == 0


def test_a_dry_run_changes_nothing(db):
    result = run_to_end(import_invoices(db, [*_rows(), *_ubl_rows()], dry_run=True))
    assert result.count("new") == 63 and result.count("credit_note") == 1
    assert result.batch_id is None and _count(db, Invoice) == _count(db, Client) == 0


def test_unknown_kind_can_be_business(db):
    run_to_end(import_invoices(db, _rows(), unknown_kind=ClientKind.BUSINESS))
    with db.reading() as s:
        assert set(s.scalars(select(Client.kind))) == {ClientKind.BUSINESS}


def test_from_export_to_the_years_statement_end_at_the_expected_open_amounts(db):
    """The whole path a new shop takes: its books in, its bank year in, the review done."""
    run_to_end(import_invoices(db, _rows()))
    run_to_end(import_invoices(db, _ubl_rows()))
    run_to_end(import_statement(db, CAMT))
    with db.reading() as s:
        ids = dict(s.execute(select(Invoice.number, Invoice.id)).all())
        owner = dict(s.execute(select(Invoice.number, Invoice.client_id)).all())
    incoming = {(t["booking_date"], t["amount_cents"], t["counterparty_iban"] or ""): t
                for t in EXPECTED["transactions"] if t["amount_cents"] > 0}  # fmt: skip
    for line in review_lines(db):
        t = incoming[(line.booking_date.isoformat(), line.amount_cents, line.iban)]
        if t["match"] != "invoice":
            ignore_line(db, line.id)
            continue
        pays = tuple((ids[p["invoice"]], p["amount_cents"]) for p in t["pays"])
        book_reviewed(db, line.id, owner[t["pays"][0]["invoice"]], pays)
    assert _open(db) == {n: r["open_on_2026_11_20_cents"] for n, r in BY_NUMBER.items()}


def test_the_mapping_is_remembered_per_export(db):
    from debiteur_desk.services.invoice_import import remember_columns, remembered_columns

    headers = ["Nr", "Datum", "Klant", "Totaal"]
    assert remembered_columns(db, headers) == {}
    chosen = {"number": "Nr", "invoice_date": "Datum", "client_name": "Klant",
              "amount_incl": "Totaal"}  # fmt: skip
    remember_columns(db, headers, chosen)
    assert remembered_columns(db, headers) == chosen
    # The same export with its headers in other case and spacing is the same source.
    assert remembered_columns(db, [" nr", "DATUM", "Klant ", "Totaal"]) == {
        "number": " nr",
        "invoice_date": "DATUM",
        "client_name": "Klant ",
        "amount_incl": "Totaal",
    }
    assert remembered_columns(db, ["Other", "Columns"]) == {}


def test_a_stopped_import_leaves_the_book_as_it_was(db):
    """Stop (Cancel in the progress dialog) after every row was read: nothing is kept."""
    job = import_invoices(db, _rows())
    next(job)
    last = next(job)
    assert last.done == last.total == 60  # all rows done, the transaction still open
    job.close()
    assert _count(db, Invoice) == _count(db, Client) == _count(db, Payment) == 0
