"""The headless commands and their --json shapes are a public interface."""

import json
from datetime import date

import pytest

from debiteur_desk.cli import main

TODAY = "2026-11-22"


@pytest.fixture
def demo_db(book_url):
    """The demo filled in by the command, in a new book on either backend: its URL."""
    assert (
        main(
            [
                "demo",
                "--db",
                book_url,
                "--clients",
                "25",
                "--invoices",
                "200",
                "--seed",
                "3",
                "--as-of",
                TODAY,
            ]
        )
        == 0
    )
    return book_url


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_aging_json_shape(demo_db, capsys):
    code, out, err = run(capsys, "aging", "--db", demo_db, "--as-of", TODAY, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["as_of"] == TODAY
    assert [(b["label"], b["from_days"], b["to_days"]) for b in data["buckets"]] == [
        ("not_due", None, 0),
        ("1-30", 1, 30),
        ("31-60", 31, 60),
        ("61-90", 61, 90),
        ("90+", 91, None),
    ]
    assert all(
        isinstance(b["amount"], str) and b["amount"].count(".") == 1 for b in data["buckets"]
    )
    from decimal import Decimal

    assert sum(Decimal(b["amount"]) for b in data["buckets"]) == Decimal(data["total"])
    client = data["clients"][0]
    assert set(client) == {"id", "name", "kind", "buckets", "total"}
    assert len(client["buckets"]) == 5
    assert sum(Decimal(c["total"]) for c in data["clients"]) == Decimal(data["total"])


def test_aging_text_is_dutch(demo_db, capsys):
    code, out, _ = run(capsys, "aging", "--db", demo_db, "--as-of", "22-11-2026")
    assert code == 0
    assert "Ouderdom per 22-11-2026" in out and "€" in out and "Totaal" in out


def test_calc_bik_json_worked_example(capsys):
    """Art. 2 Besluit BIK staffel: principal EUR 6,000 -> EUR 675 (docs/dutch-rules.md §1)."""
    code, out, _ = run(capsys, "calc", "bik", "6000", "--json")
    data = json.loads(out)
    assert code == 0 and data["amount"] == "675.00" and data["btw"] == "0.00"
    assert data["total"] == "675.00"
    code, out, _ = run(capsys, "calc", "bik", "6000", "--btw", "--business", "--json")
    data = json.loads(out)
    assert (data["amount"], data["btw"], data["total"], data["kind"]) == (
        "675.00",
        "141.75",
        "816.75",
        "business",
    )


def test_calc_interest_json_worked_example(capsys):
    """Art. 6:119a BW: business, EUR 10,000, due 31-03-2024, paid 30-06-2025 -> EUR 1,515.56
    (worked example, docs/dutch-rules.md §3)."""
    code, out, _ = run(
        capsys,
        "calc",
        "interest",
        "10000",
        "--from",
        "2024-04-01",
        "--to",
        "30-06-2025",
        "--business",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["total"] == "1515.56" and data["kind"] == "commercial"
    assert [(p["days"], p["rate"], p["amount"]) for p in data["periods"]] == [
        (91, "12.50", "311.64"),
        (184, "12.25", "617.53"),
        (90, "11.15", "274.93"),
        (91, "11.15", "311.46"),
    ]
    assert data["capitalisations"] == [{"on": "2025-04-01", "new_base": "11204.10"}]


def test_calc_interest_consumer_worked_example(capsys):
    """Art. 6:119 BW: consumer, EUR 1,000, 01-02-2025 through 02-03-2025 at 6% -> EUR 4.93
    (worked example, docs/dutch-rules.md §3)."""
    code, out, _ = run(
        capsys, "calc", "interest", "1000", "--from", "01-02-2025", "--to", "2025-03-02", "--json"
    )
    assert code == 0 and json.loads(out)["total"] == "4.93"


def test_clients_and_invoices_lists(demo_db, capsys):
    code, out, _ = run(capsys, "clients", "--db", demo_db, "--json")
    clients = json.loads(out)
    assert code == 0 and len(clients) == 25
    cid = clients[0]["id"]
    code, out, _ = run(capsys, "invoices", "--db", demo_db, "--client", str(cid), "--json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["client_id"] for r in rows} == {cid}
    assert {
        "number",
        "client_id",
        "client_name",
        "client_kind",
        "invoice_date",
        "due_date",
        "amount",
        "open",
    } <= set(rows[0])
    code, out, _ = run(
        capsys, "invoices", "--db", demo_db, "--status", "overdue", "--as-of", TODAY, "--json"
    )
    overdue = json.loads(out)
    assert overdue and all(r["due_date"] < TODAY and r["open"] != "0.00" for r in overdue)
    code, out, _ = run(capsys, "invoices", "--db", demo_db, "--status", "paid", "--json")
    assert all(r["open"] == "0.00" for r in json.loads(out))


@pytest.mark.parametrize(
    "argv, message",
    [
        (["calc", "bik", "--", "-5"], "negatief"),
        (["calc", "bik", "twaalf"], "geen bedrag"),
        (["calc", "interest", "100", "--from", "2025-02-30", "--to", "2025-03-01"], "bestaat niet"),
        (
            ["calc", "interest", "100", "--from", "2025-03-01", "--to", "2025-02-01"],
            "voor de begindatum",
        ),
    ],
)
def test_bad_input_one_clear_line_and_non_zero(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.sqlite_only(reason="compares the book file's bytes")
def test_unknown_client_and_foreign_database(demo_db, db_path, tmp_path, capsys):
    before = db_path.read_bytes()
    code, _, err = run(capsys, "invoices", "--db", demo_db, "--client", "9999")
    assert code == 1 and err.strip() == "Klant 9999 bestaat niet."
    assert db_path.read_bytes() == before
    foreign = tmp_path / "notes.txt"
    foreign.write_text("boodschappen\n")
    code, _, err = run(capsys, "aging", "--db", str(foreign))
    assert code == 1 and "geen database van Debiteur Desk" in err
    assert foreign.read_text() == "boodschappen\n"


def test_read_commands_do_not_create_a_database(tmp_path, capsys):
    missing = tmp_path / "nothing.sqlite"
    code, _, err = run(capsys, "aging", "--db", str(missing))
    assert code == 1 and "bestaat niet" in err and not missing.exists()


def test_english_messages(capsys):
    code, _, err = run(capsys, "--lang", "en", "calc", "bik", "0")
    assert code == 1 and err.strip() == "The amount must be more than zero."


def test_demo_into_a_full_book_is_refused(demo_db, capsys):
    code, _, err = run(capsys, "demo", "--db", demo_db)
    assert code == 1 and "lege database" in err


def test_check_command(demo_db, capsys):
    code, out, _ = run(capsys, "check", "--db", demo_db)
    assert code == 0 and "kloppen" in out
    assert date.fromisoformat(TODAY)  # the demo's today is the as-of of the checks above


def test_text_lists_follow_the_language(demo_db, capsys):
    code, out, _ = run(capsys, "clients", "--db", demo_db)
    assert code == 0 and "Naam" in out and ("particulier" in out or "zakelijk" in out)
    assert "consumer" not in out and "business" not in out
    code, out, _ = run(capsys, "--lang", "en", "clients", "--db", demo_db)
    assert code == 0 and "Name" in out and ("consumer" in out or "business" in out)
    code, out, _ = run(capsys, "--lang", "en", "invoices", "--db", demo_db)
    assert code == 0 and out.startswith("Invoice")


def test_check_reports_a_disagreeing_invoice_in_euros(db, demo_db, capsys):
    from sqlalchemy import text

    with db.engine.begin() as behind_the_apps_back:
        number = behind_the_apps_back.execute(
            text("SELECT number FROM invoices WHERE open_cents > 0 ORDER BY id LIMIT 1")
        ).scalar_one()
        behind_the_apps_back.execute(
            text("UPDATE invoices SET open_cents = open_cents + 100 WHERE number = :n"),
            {"n": number},
        )
    db.close()
    code, out, _ = run(capsys, "check", "--db", demo_db)
    assert code == 1 and out.startswith(f"{number}: bewaard €")
