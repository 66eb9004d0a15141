"""``debiteur-desk import statement … --json`` and ``import undo`` are a public interface
(issue 12): the shape of the JSON, exit 1 with one line on stderr for a file that cannot be
read, and nothing changed by a dry run or a refused file."""

import json
import re

from sqlalchemy import select

from debiteur_desk.cli import main
from debiteur_desk.store.models import BankLine, Invoice

from .sample_year import CAMT, DATA, sample_year_book

LINE_KEYS = {
    "key", "date", "amount_cents", "payer", "iban", "text", "reference", "reversal",
    "payment_id", "bank_line_id", "skipped_because", "matches",
}  # fmt: skip


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _open(db):
    with db.reading() as s:
        return dict(s.execute(select(Invoice.number, Invoice.open_cents)).all())


def test_import_statement_json_shape(db, book_url, capsys):
    sample_year_book(db)
    statement = DATA / "camt053-2026.xml"
    code, out, err = run(capsys, "import", "statement", str(statement), "--db", book_url,
                         "--json")  # fmt: skip
    assert code == 0 and err == ""
    data = json.loads(out)
    assert set(data) == {"booked", "review", "skipped", "reversals", "dry_run", "batch_id",
                         "batch_ids"}  # fmt: skip
    assert data["dry_run"] is False and data["batch_ids"] == [data["batch_id"]]
    # 43 of the 67 credits pay invoices: 33 are sure; 10 (no number, partial, a typo) and the
    # 24 that pay no invoice wait for review.
    assert len(data["booked"]) == 33 and len(data["review"]) == 34
    for line in data["booked"]:
        assert set(line) == LINE_KEYS and line["payment_id"] is not None
        [best] = line["matches"][:1]
        assert set(best) == {"client_id", "invoices", "reason", "confidence"}
        assert 0 < best["confidence"] <= 1
        assert sum(i["amount_cents"] for i in best["invoices"]) == line["amount_cents"]
    assert all(r["payment_id"] is None for r in data["review"])
    [reversal] = data["reversals"]
    assert reversal["reversal"] is True and reversal["reverses_bank_line_id"] is not None


def test_dry_run_books_nothing(db, book_url, capsys):
    sample_year_book(db)
    before = _open(db)
    code, out, _ = run(capsys, "import", "statement", str(DATA / "camt053-2026.xml"),
                       "--db", book_url, "--dry-run", "--json")  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True and data["batch_id"] is None
    assert len(data["booked"]) == 33
    assert _open(db) == before
    with db.reading() as s:
        assert s.scalars(select(BankLine.id)).all() == []


def test_a_broken_file_exits_1_with_one_line_and_changes_nothing(db, book_url, tmp_path, capsys):
    sample_year_book(db)
    before = _open(db)
    broken = tmp_path / "afschrift.xml"
    broken.write_bytes(CAMT[: len(CAMT) // 2])  # cut off halfway, as a failed download
    code, out, err = run(capsys, "import", "statement", str(broken), "--db", book_url)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _open(db) == before


def test_a_missing_file_names_it_in_english_too(book_url, capsys):
    code, _, err = run(capsys, "import", "statement", "nergens.xml", "--db", book_url,
                       "--lang", "en")  # fmt: skip
    assert code == 1 and err.strip() == "File 'nergens.xml' does not exist."


def test_text_output_is_dutch_by_default(db, book_url, capsys):
    sample_year_book(db)
    code, out, _ = run(capsys, "import", "statement", str(DATA / "camt053-2026.xml"),
                       "--db", book_url, "--dry-run")  # fmt: skip
    assert code == 0
    assert out.startswith("Geboekt: 33\n") and "Na te kijken: 34" in out


def test_import_undo_takes_a_batch_back_and_refuses_twice(db, book_url, tmp_path, capsys):
    ids, _ = sample_year_book(db)
    before = _open(db)
    one_month = tmp_path / "maart.xml"  # the first month alone: no reversal in it
    text = CAMT.decode("utf-8")
    first_end = text.index("</Stmt>") + len("</Stmt>")
    closing = text[text.rindex("</Stmt>") + len("</Stmt>") :]
    one_month.write_text(text[:first_end] + closing, encoding="utf-8")
    code, out, _ = run(capsys, "import", "statement", str(one_month), "--db", book_url,
                       "--json")  # fmt: skip
    batch = json.loads(out)["batch_id"]
    assert code == 0 and json.loads(out)["booked"] and _open(db) != before
    code, out, err = run(capsys, "import", "undo", str(batch), "--db", book_url)
    assert code == 0 and out.strip() == f"Import {batch} is teruggedraaid." and err == ""
    assert _open(db) == before
    code, _, err = run(capsys, "import", "undo", str(batch), "--db", book_url)
    assert code == 1 and "bestaat niet of is al teruggedraaid" in err


INVOICES = DATA.parent / "invoices"


def test_import_invoices_json_shape_with_a_ubl_folder(book_url, capsys):
    code, out, err = run(capsys, "import", "invoices", str(INVOICES / "invoices-export.csv"),
                         str(INVOICES / "ubl"), "--db", book_url, "--json")  # fmt: skip
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["new", "same", "changed", "credit_notes", "clients_created", "dry_run",
                          "batch_id", "invoices"]  # fmt: skip
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"  # written from disk
    assert (data["new"], data["credit_notes"], data["dry_run"]) == (63, 1, False)
    first = data["invoices"][0]
    assert set(first) == {"number", "line", "status", "client", "client_id",
                          "client_matched_by", "amount_cents", "open_cents", "changes"}  # fmt: skip
    assert (first["number"], first["line"], first["status"]) == ("2026-0001", 2, "new")


def test_import_invoices_lists_a_change_and_keeps_the_old_value(book_url, tmp_path, capsys):
    source = INVOICES / "invoices-export.csv"
    run(capsys, "import", "invoices", str(source), "--db", book_url)
    changed = tmp_path / "export.csv"
    changed.write_bytes(source.read_bytes().replace(b";142,50;142,50;", b";152,50;142,50;"))
    code, out, _ = run(capsys, "import", "invoices", str(changed), "--db", book_url)
    assert code == 0
    assert out.splitlines()[1:] == [
        "Niet overgenomen (gebruik --apply-changes):",
        "  2026-0001: bedrag incl. btw €\xa0142,50 → €\xa0152,50",
    ]
    code, out, _ = run(capsys, "import", "invoices", str(changed), "--db", book_url,
                       "--apply-changes", "--json")  # fmt: skip
    [row] = [r for r in json.loads(out)["invoices"] if r["status"] == "changed"]
    assert row["changes"] == [{"field": "amount_cents", "old": "14250", "new": "15250"}]


def test_import_invoices_wrong_column_option_is_one_line(book_url, capsys):
    source = str(INVOICES / "invoices-export.csv")
    code, out, err = run(capsys, "import", "invoices", source, "--db", book_url,
                         "--column", "number=Nope", "--lang", "en")  # fmt: skip
    assert (code, out, err.strip()) == (1, "", "The file has no column 'Nope'.")


def test_a_saved_mapping_is_used_by_name_and_an_unknown_name_refused(book_url, tmp_path, capsys):
    """``--mapping NAME`` (issue 12): a file whose headers the guess cannot read."""
    odd = tmp_path / "odd.csv"
    odd.write_text("A;B;C;D\n9001;05-01-2026;Pieter Bakker;142,50\n", encoding="utf-8")
    columns = ["--column", "number=A", "--column", "invoice_date=B", "--column",
               "client_name=C", "--column", "amount_incl=D"]  # fmt: skip
    code, _, err = run(capsys, "import", "invoices", str(odd), "--db", book_url, "--lang",
                       "en")  # fmt: skip
    assert code == 1 and err.startswith("Choose a column for: invoice number, invoice date")
    code, out, _ = run(capsys, "import", "invoices", str(odd), "--db", book_url, *columns,
                       "--save-mapping", "kassa", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["new"] == 1
    other = tmp_path / "other.csv"  # other headers order: only the name finds the mapping
    other.write_text("A;B;C;D;E\n9002;06-01-2026;Zoë de Vries;89,50;x\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", "invoices", str(other), "--db", book_url,
                       "--mapping", "kassa", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["new"] == 1
    code, _, err = run(capsys, "import", "invoices", str(other), "--db", book_url,
                       "--mapping", "exact", "--lang", "en")  # fmt: skip
    assert (code, err.strip()) == (
        1,
        "There is no column mapping named 'exact' (there are: kassa).",
    )


def test_the_json_streamed_from_disk_is_the_text_json_dump_writes(db, book_url, capsys):
    """The report is written a line at a time from temporary files (its memory does not
    grow with the statement); the text must still be exactly ``json.dump(indent=2)``'s,
    with full sections and, on the second import of the same file, empty ones."""
    sample_year_book(db)
    statement = str(DATA / "camt053-2026.xml")
    for expect_booked in (True, False):
        code, out, _ = run(capsys, "import", "statement", statement, "--db", book_url, "--json")
        data = json.loads(out)
        assert code == 0 and bool(data["booked"]) is expect_booked and data["skipped"]
        assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_the_text_report_lists_booked_and_review_lines(db, book_url, capsys):
    sample_year_book(db)
    code, out, _ = run(capsys, "import", "statement", str(DATA / "camt053-2026.xml"),
                       "--db", book_url, "--dry-run", "--lang", "nl")  # fmt: skip
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Geboekt: 33"
    assert lines[34] == "Na te kijken: 34" and lines[-1].startswith("Overgeslagen")
    assert re.search(r"\d{2}-\d{2}-2026\s+€\s[\d.]+,\d{2}  \S", lines[1])
