"""The combined PDF of a batch: every page of every letter, shared fonts, written as it goes."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from debiteur_desk.letters import BatchJob, Language, LetterKind, batch_letters, render_letter
from debiteur_desk.letters.combine import NotAReportLabPdf, PdfConcatenator

from . import samples
from .pdftext import pages


def _letters() -> list[bytes]:
    return [
        render_letter(kind, samples.context(kind, language, count=count))
        for kind in LetterKind
        for language in Language
        for count in (2, 30)
    ]


def test_the_combined_pdf_holds_every_page_of_every_letter_in_order():
    letters = _letters()
    out = io.BytesIO()
    combined = PdfConcatenator(out)
    for pdf in letters:
        combined.add(pdf)
    combined.finish()
    reader = PdfReader(io.BytesIO(out.getvalue()), strict=True)
    expected = [page for pdf in letters for page in pages(pdf)]
    assert combined.page_count == len(expected) == len(reader.pages)
    assert pages(out.getvalue()) == expected
    assert reader.metadata.creator == "Debiteur Desk"


def test_letters_share_their_fonts_in_the_combined_pdf():
    letters = [render_letter(LetterKind.REMINDER, samples.context(LetterKind.REMINDER))] * 20
    out = io.BytesIO()
    combined = PdfConcatenator(out)
    for pdf in letters:
        combined.add(pdf)
    combined.finish()
    data = out.getvalue()
    assert data.count(b"/FontFile2") == letters[0].count(b"/FontFile2") == 2
    assert len(data) < 2 * len(letters[0])
    # The same letter twice is still two pages, each with its own page object.
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len({page.indirect_reference.idnum for page in reader.pages}) == 20


def test_the_batch_writes_the_combined_pdf_only_at_the_end():
    jobs = [
        BatchJob(LetterKind.REMINDER, samples.context(LetterKind.REMINDER, count=n))
        for n in (1, 2, 3)
    ]
    out = io.BytesIO()
    for progress in batch_letters(jobs, out=out):
        assert out.getvalue() == b"" or progress.done == 3
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 3


def test_a_batch_without_letters_writes_nothing():
    out = io.BytesIO()
    assert list(batch_letters([], out=out)) == []
    assert out.getvalue() == b""


@pytest.mark.parametrize(
    "pdf",
    [
        b"not a pdf",
        b"%PDF-1.7\n%%EOF\n",
        render_letter(LetterKind.REMINDER, samples.context(LetterKind.REMINDER))[:-200],
    ],
)
def test_anything_but_a_letter_pdf_is_refused(pdf):
    with pytest.raises(NotAReportLabPdf):
        PdfConcatenator(io.BytesIO()).add(pdf)
