"""A client's personal data (issue 14, AVG/GDPR): the export (art. 15 and 20 AVG), the
erasure (art. 17 AVG) that keeps what the bookkeeping must keep (art. 52 AWR), its refusal
while a claim is open (art. 17 lid 3 AVG), and the retention list."""

import csv
import io
import json
import zipfile
from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Date, DateTime, Integer, func, select

from debiteur_desk.cli import main
from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.disputes import open_dispute, resolve_dispute
from debiteur_desk.services.dossier import make_dossier
from debiteur_desk.services.integrity import check_book
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter, mark_letter_sent
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    create_payment_plan,
    mark_plan_broken,
)
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.privacy import (
    clients_due,
    erase_client,
    erase_preview,
    export_client,
    retention_years,
    set_retention_years,
)
from debiteur_desk.services.reports import aging_report
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import (
    AuditLog,
    BankLine,
    Base,
    Client,
    ClientAccount,
    ImportBatch,
    Letter,
)
from debiteur_desk.text.messages import describe

from .factories import client, invoice

TODAY = clock.today()
IBAN = "NL36INGB0007654321"
EMAIL = "piet@jansen-loodgieters.nl"
# Every one of these must be gone from the whole database after the erasure.
PERSONAL = (
    "Jansen",
    "Piet",
    EMAIL,
    IBAN,
    "NL36 INGB 0007 6543 21",
    "06-24681357",
    "Dorpsstraat",
    "1234 AB",
    "56781234",
    "lastige klant",
    "kraan lelijk",
    "volgende week",
    "twee delen",
)


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    target = tmp_path / "letters"
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(target))
    return target


def _bank_line(db, cid, payment_id):
    """A statement line booked to the client, and the account the app learned from it."""
    with db.transaction() as session:
        batch = ImportBatch(kind="statement", file_name="afschrift.xml")
        session.add(batch)
        session.flush()
        session.add(
            BankLine(
                batch_id=batch.id, key="k1", booking_date=days(-10), amount_cents=30000,
                counterparty_name="P. Jansen", counterparty_iban=IBAN,
                remittance="J-2 Piet Jansen Dorpsstraat", state="booked",
                payment_id=payment_id, client_id=cid,
            )
        )  # fmt: skip
        session.add(ClientAccount(client_id=cid, iban=IBAN, name="P. JANSEN"))


@pytest.fixture
def closed(db, folder):
    """A plumber with everything: details, a call with notes and a promise, a letter, a
    dispute, a broken plan, payments from his account, a bank line; all paid now."""
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    cid = client(
        db, "Piet Jansen Loodgieters", kind=ClientKind.BUSINESS, contact_person="Piet Jansen",
        email=EMAIL, phone="06-24681357", street="Dorpsstraat 12", postcode="1234 AB",
        city="Zwolle", kvk="56781234", iban=IBAN, notes="lastige klant",
    )  # fmt: skip
    j1 = invoice(db, cid, "J-1", "500.00", invoice_date=days(-90), due=days(-60))
    j2 = invoice(db, cid, "J-2", "300.00", invoice_date=days(-80), due=days(-50))
    letter = make_letter(
        db, LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=days(-45)),
        today=days(-45),
    )  # fmt: skip
    mark_letter_sent(db, letter.letter_id, days(-45), "registered", "RR123456789NL")
    record_phone_call(
        db,
        PhoneCallInput(
            cid, datetime.combine(days(-40), time(10)), CallOutcome.REACHED,
            contact_name="Piet Jansen", phone_number="06-24681357",
            reason=CallReason.CASH_FLOW, notes="Piet zegt: het geld komt volgende week",
            invoice_ids=(j1,), promise=PromiseInput((j1,), Decimal("500"), days(-33)),
        ),
    )  # fmt: skip
    open_dispute(db, j2, days(-38), "quality", "Piet vindt de kraan lelijk")
    resolve_dispute(db, j2, days(-30), "rejected", "Piet Jansen gaat akkoord")
    plan = create_payment_plan(
        db, PaymentPlanInput(cid, (j1,), Frequency.MONTHLY, days(-25), count=2,
                             notes="Piet betaalt in twee delen"),
    )  # fmt: skip
    mark_plan_broken(db, plan, days(-15), "Jansen betaalde niet")
    record_payment(
        db, PaymentInput(days(-12), Decimal("500.00"), cid, ((j1, Decimal("500.00")),),
                         counterparty_name="P. Jansen", counterparty_iban=IBAN,
                         description="J-1 Piet Jansen"),
    )  # fmt: skip
    paid = record_payment(
        db, PaymentInput(days(-10), Decimal("300.00"), cid, ((j2, Decimal("300.00")),),
                         counterparty_name="P. Jansen", counterparty_iban=IBAN,
                         description="J-2 Jansen"),
    )  # fmt: skip
    _bank_line(db, cid, paid)
    dossier = make_dossier(db, cid, as_of=days(-5))
    return cid, letter, dossier


def _all_texts(db):
    """Every text value in every column of every table (and the audit details)."""
    found = []
    with db.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)).mappings():
                found += [(table.name, k, v) for k, v in row.items() if isinstance(v, str)]
    return found


def _bookkeeping(db):
    """Every amount and date of every table: what art. 52 AWR makes the user keep."""
    kept = {}
    with db.reading() as session:
        for table in Base.metadata.sorted_tables:
            columns = [
                c for c in table.columns
                if isinstance(c.type, Integer | Date | DateTime)
                or type(c.type).__name__ in ("Day", "BigInteger")
            ]  # fmt: skip
            names = [c.name for c in columns if c.name not in ("updated_at",)]
            if table.name in ("client_accounts", "audit_log"):
                continue  # the learned IBANs go, rows and all; the log grows by one
            kept[table.name] = sorted(
                tuple(str(row[n]) for n in names)
                for row in session.execute(select(table)).mappings()
            )
    return kept


# -- export ----------------------------------------------------------------------------


def test_export_holds_every_table_the_call_note_and_the_letter_itself(db, closed, tmp_path):
    """Art. 15 and 20 AVG: a copy of all data, machine-readable, with the letters."""
    cid, letter, _ = closed
    path = export_client(db, cid, tmp_path)
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("gegevens.json"))
        tables = document["tables"]
        assert tables["clients"][0]["email"] == EMAIL
        notes = [e["notes"] for e in tables["contact_events"]]
        assert "Piet zegt: het geld komt volgende week" in notes
        assert {i["number"] for i in tables["invoices"]} == {"J-1", "J-2"}
        assert [p["amount_cents"] for p in tables["payments"]] == [50000, 30000]
        assert tables["disputes"][0]["note"] == "Piet vindt de kraan lelijk"
        assert tables["payment_plans"][0]["notes"].startswith("Piet betaalt in twee delen")
        assert tables["bank_lines"][0]["counterparty_iban"] == IBAN
        assert tables["client_accounts"][0]["iban"] == IBAN
        assert any(a["action"] == "client.create" for a in tables["audit_log"])
        entry = tables["letters"][0]
        assert entry["invoice_numbers"] == ["J-1", "J-2"] and entry["file_unchanged"]
        assert archive.read(entry["file_in_export"]) == letter.path.read_bytes()
        names = archive.namelist()
        assert "csv/invoices.csv" in names and "LEESMIJ.txt" in names
        rows = list(
            csv.reader(io.StringIO(archive.read("csv/invoices.csv").decode("utf-8-sig")),
                       delimiter=";")
        )  # fmt: skip
    assert rows[0][:3] == ["id", "created_at", "updated_at"] or "number" in rows[0]
    assert "500,00" in rows[1] + rows[2]  # euros, with a decimal comma
    assert path.name == f"klant-{cid}-gegevens-{TODAY.isoformat()}.zip"


def test_export_csv_cells_cannot_run_as_formulas(db, folder, tmp_path):
    cid = client(db, '=HYPERLINK("http://x")', email="a@b.nl")
    path = export_client(db, cid, tmp_path / "uit.zip")
    with zipfile.ZipFile(path) as archive:
        text = archive.read("csv/clients.csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in text


def test_export_never_overwrites(db, closed, tmp_path):
    cid, _, _ = closed
    target = tmp_path / "uit.zip"
    target.write_bytes(b"mine")
    with pytest.raises(Exception, match="privacy_export_exists"):
        export_client(db, cid, target)
    assert target.read_bytes() == b"mine"


# -- erase -----------------------------------------------------------------------------


def test_erasure_leaves_no_trace_and_keeps_every_amount_and_date(db, closed):
    """Art. 17 AVG: the personal data go; art. 52 AWR: amounts and dates stay seven years.
    Searched in every text column of every table, the audit log included."""
    cid, letter, dossier = closed
    assert any(needle in value for needle in PERSONAL for _, _, value in _all_texts(db))
    before, aging_before = _bookkeeping(db), aging_report(db, TODAY)
    assert check_book(db) == []
    with db.reading() as session:
        entries = session.scalar(select(func.count(AuditLog.id)))

    erased = erase_client(db, cid)

    traces = [
        (table, column, value)
        for table, column, value in _all_texts(db)
        for needle in PERSONAL
        if needle.lower() in value.lower()
    ]
    assert traces == []
    assert _bookkeeping(db) == before
    aging_after = aging_report(db, TODAY)
    assert aging_after.total == aging_before.total
    assert [b.amount for b in aging_after.buckets] == [b.amount for b in aging_before.buckets]
    assert check_book(db) == []
    assert erased.name == f"Geanonimiseerde klant {cid}"
    assert not letter.path.exists() and not dossier.path.exists()
    assert not letter.path.parent.exists()  # the client's folder (named after him) too
    # A backup first, of a server's book too (into this PC's user-data folder).
    assert erased.backup is not None and erased.backup.exists()
    with db.reading() as session:
        row = session.get(Letter, letter.letter_id)
        assert row.sha256 == letter.sha256 and row.file_path == ""
        assert json.loads(row.data_json)["erased_on"] == TODAY.isoformat()
        assert row.sent_on == days(-45) and row.sent_via == "registered"
        kept = session.get(Client, cid)
        assert (kept.kind, kept.payment_term_days, kept.country) == (ClientKind.BUSINESS, 14, "NL")
        assert session.scalars(select(ClientAccount)).all() == []
        assert session.scalar(select(func.count(AuditLog.id))) == entries + 1
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "client.erase")).one()
        assert json.loads(entry.details)["invoices"] == 2
        create = session.scalars(
            select(AuditLog).where(AuditLog.action == "payment.record")
        ).first()
        assert json.loads(create.details)["amount_cents"] == 50000  # amounts in the log stay
        line = session.scalars(select(BankLine)).one()
        assert (line.amount_cents, line.key, line.state) == (30000, "k1", "booked")


@pytest.mark.sqlite_only(reason="reads the SQLite file and its write-ahead log")
def test_the_database_file_itself_forgets_the_email(db, db_path, closed):
    """Not only the rows: SQLite's freed pages and write-ahead log must not keep it."""
    cid, _, _ = closed
    erase_client(db, cid)
    db.close()
    raw = b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )
    assert EMAIL.encode() not in raw
    assert b"kraan lelijk" not in raw


def test_erasing_twice_is_refused(db, closed):
    cid, _, _ = closed
    erase_client(db, cid, backup=False)
    with pytest.raises(RuleViolation) as refused:
        erase_client(db, cid, backup=False)
    assert refused.value.code == "privacy_already_erased"


def test_refused_while_an_invoice_is_open(db, folder):
    """Art. 17 lid 3 sub e AVG: data needed to collect a claim may be kept; and the
    amounts must stay anyway (art. 52 AWR). Nothing changes."""
    cid = client(db, "Open Eind BV", email="open@eind.nl")
    invoice(db, cid, "O-1", "100.00", invoice_date=days(-40), due=days(-10))
    with pytest.raises(RuleViolation) as refused:
        erase_client(db, cid)
    assert refused.value.code == "privacy_open_invoices"
    assert refused.value.params["invoices"] == "O-1"
    with db.reading() as session:
        assert session.get(Client, cid).email == "open@eind.nl"
    assert erase_preview(db, cid).blockers[0].code == "privacy_open_invoices"


def test_refused_while_a_plan_runs_or_a_dispute_is_open(db, folder):
    """Art. 17 lid 3 AVG: a running plan or a dispute is a claim still being settled."""
    cid = client(db, "Regeling BV", email="r@r.nl")
    r1 = invoice(db, cid, "R-1", "100.00", invoice_date=days(-40), due=days(-10))
    r2 = invoice(db, cid, "R-2", "50.00", invoice_date=days(-40), due=days(-10))
    create_payment_plan(db, PaymentPlanInput(cid, (r1,), Frequency.MONTHLY, days(5), count=2))
    open_dispute(db, r2, days(-2), "quality", "kapot")
    codes = [n.code for n in erase_preview(db, cid).blockers]
    assert codes == ["privacy_open_invoices", "privacy_live_plan", "privacy_open_dispute"]


def test_credit_held_is_shown_before_erasing(db, folder):
    cid = client(db, "Tegoed BV")
    record_payment(db, PaymentInput(days(-3), Decimal("25.00"), cid, keep_as_credit=True))
    preview = erase_preview(db, cid)
    assert preview.blockers == () and preview.credit_cents == 2500


# -- retention -------------------------------------------------------------------------


def test_retention_lists_closed_clients_whose_last_invoice_is_older_than_seven_years(db, folder):
    """Art. 52 lid 4 AWR: the books are kept seven years; after that the data may go."""
    old = client(db, "Oud BV")
    j = invoice(db, old, "OUD-1", "10.00", invoice_date=days(-8 * 365))
    record_payment(
        db, PaymentInput(days(-8 * 365 + 5), Decimal("10.00"), old, ((j, Decimal("10")),))
    )
    still_open = client(db, "Oud Open BV")
    invoice(db, still_open, "OUD-2", "10.00", invoice_date=days(-8 * 365))
    recent = client(db, "Recent BV")
    k = invoice(db, recent, "REC-1", "10.00", invoice_date=days(-6 * 365))
    record_payment(
        db, PaymentInput(days(-6 * 365), Decimal("10.00"), recent, ((k, Decimal("10")),))
    )
    assert [c.id for c in clients_due(db)] == [old]
    assert {c.id for c in clients_due(db, years=7)} == {old}
    change_setting(db, "privacy.retention_years", 8)
    assert clients_due(db) == []
    change_setting(db, "privacy.retention_years", 7)
    erase_client(db, old, backup=False)
    assert clients_due(db) == []  # erased: not offered again
    with pytest.raises(Exception, match="privacy_retention_years"):
        clients_due(db, years=5)


@pytest.mark.parametrize("years", [6, 0, -1, 31])
def test_a_retention_period_under_seven_years_is_refused_art_52_awr(db, years):
    """Art. 52 lid 4 AWR and art. 2:10 lid 3 BW: the books are kept seven years, so a
    shorter period is refused with the reason (and a silly long one too); the setting
    stays as it was."""
    set_retention_years(db, 9)
    with pytest.raises(InvalidInput) as refused:
        set_retention_years(db, years)
    text = describe(refused.value, "nl")
    assert refused.value.code == "privacy_retention_years"
    assert "art. 52 AWR" in text and "7 tot 30 jaar" in text
    assert retention_years(db) == 9


def test_the_retention_period_is_saved_as_the_books_setting_and_audited(db):
    assert retention_years(db) == 7  # art. 52 lid 4 AWR: the default
    set_retention_years(db, 10)
    set_retention_years(db, 10)  # unchanged: no second entry
    assert retention_years(db) == 10
    with db.reading() as session:
        entries = session.scalars(select(AuditLog).where(AuditLog.action == "setting.change")).all()
    assert [json.loads(e.details)["new"] for e in entries] == [10]


# -- the command line --------------------------------------------------------------------


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_erase_and_due(db, book_url, closed, capsys, tmp_path, monkeypatch):
    cid, _, _ = closed
    book = book_url
    code, out, _ = _run(capsys, "privacy", "export", "--db", book, "--client", str(cid),
                        "--out", str(tmp_path / "piet.zip"))  # fmt: skip
    assert code == 0 and out.strip() == str(tmp_path / "piet.zip")
    assert "gegevens.json" in zipfile.ZipFile(tmp_path / "piet.zip").namelist()

    monkeypatch.setattr("builtins.input", lambda _question: "n")
    code, out, _ = _run(capsys, "privacy", "erase", "--db", book, "--client", str(cid))
    assert code == 1 and "art. 52 AWR" in out and "Er is niets veranderd." in out
    with db.reading() as session:
        assert session.get(Client, cid).email == EMAIL

    code, out, _ = _run(capsys, "privacy", "erase", "--db", book, "--client", str(cid), "--yes")
    assert code == 0 and f"Geanonimiseerde klant {cid}" in out
    with db.reading() as session:
        assert session.get(Client, cid).email == ""

    code, out, _ = _run(capsys, "privacy", "due", "--db", book, "--json")
    assert code == 0 and json.loads(out) == []


def test_cli_erase_refused_is_one_line_naming_the_rule(db, book_url, folder, capsys):
    """Art. 17 lid 3 AVG: while something is open the data stay; exit 1, nothing changed."""
    cid = client(db, "Open Eind BV", email="open@eind.nl")
    invoice(db, cid, "O-1", "100.00", invoice_date=days(-40), due=days(-10))
    code, out, err = _run(capsys, "privacy", "erase", "--db", book_url, "--client",
                          str(cid), "--yes", "--lang", "en")  # fmt: skip
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "O-1" in err and "art. 17(3) GDPR" in err
