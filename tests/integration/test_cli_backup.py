"""``debiteur-desk backup [--to PATH]`` and ``restore PATH [--yes]`` (issue 14)."""

import io

from debiteur_desk.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _aging_total(capsys, book) -> str:
    code, out, _ = run(capsys, "aging", "--db", str(book), "--as-of", "2026-11-22", "--json")
    assert code == 0
    import json

    return json.loads(out)["total"]


def test_backup_to_a_folder_then_restore_with_yes(tmp_path, capsys):
    book = tmp_path / "book.sqlite"
    assert main(["demo", "--db", str(book), "--clients", "6", "--invoices", "30",
                 "--as-of", "2026-11-22"]) == 0  # fmt: skip
    capsys.readouterr()
    total = _aging_total(capsys, book)
    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, err = run(capsys, "backup", "--db", str(book), "--to", str(stick))
    assert code == 0 and err == "" and out.startswith("Back-up van ")
    [made] = list(stick.glob("*.zip"))
    assert "30 facturen" in out and str(made) in out
    book.unlink()  # the PC is lost; a new one restores from the stick
    code, out, err = run(capsys, "restore", str(made), "--db", str(book), "--yes")
    assert code == 0 and err == ""
    assert _aging_total(capsys, book) == total


def test_restore_asks_and_no_keeps_the_book(tmp_path, capsys, monkeypatch):
    book = tmp_path / "book.sqlite"
    main(["demo", "--db", str(book), "--clients", "3", "--invoices", "9",
          "--as-of", "2026-11-22"])  # fmt: skip
    made = tmp_path / "b.zip"
    run(capsys, "backup", "--db", str(book), "--to", str(made))
    before = _aging_total(capsys, book)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, "restore", str(made), "--db", str(book))
    assert code == 1 and out.strip().endswith("Er is niets veranderd.")
    assert _aging_total(capsys, book) == before


def test_a_file_that_is_no_backup_is_one_line(tmp_path, capsys):
    book = tmp_path / "book.sqlite"
    main(["demo", "--db", str(book), "--clients", "2", "--invoices", "4"])
    capsys.readouterr()
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"no zip")
    code, out, err = run(capsys, "restore", str(junk), "--db", str(book), "--yes", "--lang",
                         "en")  # fmt: skip
    assert code == 1 and out == ""
    assert err.startswith(f"The backup '{junk}' is damaged") and len(err.splitlines()) == 1
