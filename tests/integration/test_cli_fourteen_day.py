"""``debiteur-desk calc fourteen-day``: the term of a 14-dagenbrief (art. 6:96 lid 6 BW,
HR 25-11-2016, ECLI:NL:HR:2016:2704), extended by the Algemene termijnenwet (art. 1 Atw).
Its ``--json`` shape is a public interface."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from debiteur_desk.cli import main
from tests.unit.test_fourteen_day import WORKED_ROWS

SRC = Path(__file__).resolve().parents[2] / "src"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("posted", "delivered", "first", "last", "costs"), WORKED_ROWS)
def test_the_worked_rows_through_the_command(capsys, posted, delivered, first, last, costs):
    """Art. 6:96 lid 6 BW and art. 1 lid 1 Algemene termijnenwet: the worked rows of
    docs/dutch-rules.md §2 (the Saturday row runs on to the Monday)."""
    code, out, err = run(capsys, "calc", "fourteen-day", "--posted", posted.isoformat(), "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "posted": posted.isoformat(),
        "delivered": delivered.isoformat(),
        "term_from": first.isoformat(),
        "term_to": last.isoformat(),
        "costs_from": costs.isoformat(),
    }


def test_dutch_text_names_the_extension(capsys):
    """Art. 1 lid 1 Algemene termijnenwet: posted Thu 03-12-2026, the 14th day is Saturday
    19-12; the term runs to Monday 21-12 and costs are owed from Tuesday 22-12."""
    code, out, _ = run(capsys, "calc", "fourteen-day", "--posted", "03-12-2026")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Verstuurd:", "do", "03-12-2026"]
    assert lines[1].split() == ["Vermoedelijk", "bezorgd:", "za", "05-12-2026"]
    assert lines[2].split() == ["Termijn:", "zo", "06-12-2026", "t/m", "ma", "21-12-2026"]
    assert lines[3].split() == ["Kosten", "verschuldigd", "vanaf:", "di", "22-12-2026"]
    assert "19-12-2026, zaterdag" in lines[4] and "art. 1 Algemene termijnenwet" in lines[4]


def test_english_text_names_the_holiday(capsys):
    """Art. 3 lid 2 Algemene termijnenwet: the 14th day is Goede Vrijdag 03-04-2026."""
    code, out, _ = run(capsys, "--lang", "en", "calc", "fourteen-day", "--posted", "2026-03-18")
    assert code == 0
    assert "Term:" in out and "Tue 07/04/2026" in out and "Costs owed from:" in out
    assert "Good Friday" in out


def test_no_extension_no_note(capsys):
    """Art. 1 lid 1 Algemene termijnenwet does not touch a term ending on a Thursday."""
    code, out, _ = run(capsys, "calc", "fourteen-day", "--posted", "2025-03-04")
    assert code == 0 and len(out.splitlines()) == 4 and "termijnenwet" not in out


@pytest.mark.parametrize(("text", "message"), [("31-02-2026", "bestaat niet"), ("gisteren", "")])
def test_a_bad_date_is_one_line_on_stderr(capsys, text, message):
    code, out, err = run(capsys, "calc", "fourteen-day", "--posted", text, "--json")
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_installed_command_in_a_subprocess():
    """Art. 1 lid 1 Algemene termijnenwet, through the real entry point: the corrected
    Saturday row of the reference (posted Thu 06-03-2025, term to Mon 24-03)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "debiteur_desk", "calc", "fourteen-day", "--posted",
         "06-03-2025", "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["term_to"] == "2025-03-24"
    assert json.loads(done.stdout)["costs_from"] == "2025-03-25"
