"""Many letters at once (e.g. every first reminder due today): a Qt-free generator.

Each letter is rendered on its own, exactly as :func:`render_letter` would (so
its bytes and hash are those of a single letter), handed to the caller to file,
and appended to one combined PDF for printing. The combined PDF is built in a
temporary file as the letters come, so memory stays flat however long the batch;
stop iterating to cancel: the combined PDF is then not written.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.letters.combine import PdfConcatenator
from debiteur_desk.letters.context import LetterContext, LetterKind
from debiteur_desk.letters.render import render_letter
from debiteur_desk.letters.templates import TemplateOverrides


@dataclass(frozen=True)
class BatchJob:
    kind: LetterKind
    context: LetterContext
    key: object = None  # the caller's id for this letter (a client or invoice id)


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int
    job: BatchJob
    pdf: bytes | None  # this letter on its own, to file and hash; None when refused
    error: DebiteurError | None = None  # why this letter could not be made


def batch_letters(
    jobs: Iterable[BatchJob],
    *,
    out: BinaryIO | None = None,
    templates: TemplateOverrides | None = None,
) -> Iterator[BatchProgress]:
    """Render ``jobs`` one by one, yielding after each; write all of them to ``out``.

    A letter the rules refuse (or whose data is incomplete) is reported in its
    progress item and left out of the combined PDF; the others go on.
    """
    queue = list(jobs)
    if out is None:
        yield from _render(queue, templates, None)
        return
    with tempfile.TemporaryFile() as spool:
        combined = PdfConcatenator(spool)
        yield from _render(queue, templates, combined)
        if combined.page_count:
            combined.finish()
            spool.seek(0)
            shutil.copyfileobj(spool, out)


def _render(
    queue: list[BatchJob], templates: TemplateOverrides | None, combined: PdfConcatenator | None
) -> Iterator[BatchProgress]:
    for done, job in enumerate(queue, start=1):
        try:
            pdf = render_letter(job.kind, job.context, templates=templates)
        except DebiteurError as exc:
            yield BatchProgress(done, len(queue), job, None, exc)
            continue
        if combined is not None:
            combined.add(pdf)
        yield BatchProgress(done, len(queue), job, pdf)
