"""A statement import run to its end with every line's outcome kept, in lists as the
tests read them (the service itself keeps none: it tells ``on_line``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.services.statement_import import (
    ImportedLine,
    Outcome,
    StatementImport,
    import_statement,
)


@dataclass
class Kept:
    booked: list[ImportedLine] = field(default_factory=list)
    review: list[ImportedLine] = field(default_factory=list)
    skipped: list[ImportedLine] = field(default_factory=list)
    reversals: list[ImportedLine] = field(default_factory=list)
    result: StatementImport | None = None

    def __call__(self, outcome: Outcome, imported: ImportedLine) -> None:
        kept = {"booked": self.booked, "review": self.review, "skipped": self.skipped}
        kept.get(outcome, self.reversals).append(imported)

    @property
    def batch_id(self) -> int | None:
        assert self.result is not None
        return self.result.batch_id


def kept_import(db: Any, source: Any, **options: Any) -> Kept:
    kept = Kept()
    kept.result = run_to_end(import_statement(db, source, on_line=kept, **options))
    counts = kept.result
    assert (counts.booked, counts.review, counts.skipped, counts.reversals) == (
        len(kept.booked), len(kept.review), len(kept.skipped), len(kept.reversals)
    )  # fmt: skip
    return kept
