"""Batches: progress per letter, one combined PDF, refusals reported, cancellation."""

from __future__ import annotations

import io

from pypdf import PdfReader

from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import BatchJob, LetterKind, batch_letters, render_letter

from . import samples


def _jobs(count: int) -> list[BatchJob]:
    return [
        BatchJob(LetterKind.REMINDER, samples.context(LetterKind.REMINDER, count=n + 1), key=n)
        for n in range(count)
    ]


def test_a_batch_yields_progress_and_writes_one_combined_pdf():
    jobs = _jobs(3)
    out = io.BytesIO()
    progress = list(batch_letters(jobs, out=out))
    assert [(p.done, p.total, p.job.key) for p in progress] == [(1, 3, 0), (2, 3, 1), (3, 3, 2)]
    # Each letter is the same document a single render gives (its hash is evidence).
    for item in progress:
        assert item.pdf == render_letter(item.job.kind, item.job.context)
    combined = PdfReader(io.BytesIO(out.getvalue()))
    singles = sum(len(PdfReader(io.BytesIO(p.pdf)).pages) for p in progress)
    assert len(combined.pages) == singles


def test_a_refused_letter_is_reported_and_the_rest_goes_on():
    business = samples.context(LetterKind.FOURTEEN_DAY_LETTER, client_kind=ClientKind.BUSINESS)
    jobs = [*_jobs(1), BatchJob(LetterKind.FOURTEEN_DAY_LETTER, business, key="b"), *_jobs(1)]
    out = io.BytesIO()
    progress = list(batch_letters(jobs, out=out))
    assert [p.pdf is None for p in progress] == [False, True, False]
    assert progress[1].error.code == "fourteen_day_business_client"
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 2


def test_stopping_early_cancels_without_writing():
    out = io.BytesIO()
    batch = batch_letters(_jobs(3), out=out)
    next(batch)
    batch.close()
    assert out.getvalue() == b""
