"""Text a user typed is printed in a letter literally, never read as ReportLab markup: a
client name full of tags prints its tags as characters and changes no font or size."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

from debiteur_desk.letters import Language, LetterKind, PostalAddress, render_letter
from tests.unit.letters import samples

HOSTILE = "<b>Jansen & Zn</b><font size=99>"
pdftotext = shutil.which("pdftotext")


def pdf_to_text(pdf: bytes, tmp_path) -> str:
    """The letter's text as ``pdftotext`` reads it (a reader independent of pypdf)."""
    source = tmp_path / "letter.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(
        [pdftotext, "-layout", str(source), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("kind", list(LetterKind), ids=str)
def test_a_client_name_full_of_markup_prints_literally(kind, tmp_path):
    ctx = samples.context(kind, Language.NL, name=HOSTILE)
    recipient = replace(
        ctx.recipient,
        address=PostalAddress("<u>Straat</u> 1 &amp;", "1234 AB", "<a href='x'>Utrecht</a>"),
    )
    out = pdf_to_text(render_letter(kind, replace(ctx, recipient=recipient)), tmp_path)
    assert HOSTILE in out
    assert "<A HREF='X'>UTRECHT</A>" in out  # the city in capitals, as PostNL asks
    assert "<u>Straat</u> 1 &amp;" in out
    assert "&lt;" not in out and "&amp;amp;" not in out


@pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")
def test_markup_in_a_name_does_not_change_the_letter_layout(tmp_path):
    """A ``<font size=99>`` in the name would push the letter onto more pages if it were
    obeyed; the letter with it has as many pages as the one without."""
    kind = LetterKind.REMINDER
    plain = render_letter(kind, samples.context(kind, name="Jansen & Zn"))
    hostile = render_letter(kind, samples.context(kind, name=HOSTILE))
    assert pdf_to_text(plain, tmp_path).count("\f") == pdf_to_text(hostile, tmp_path).count("\f")
