"""A progress job run to its end with every step it reported kept (the tests that check
what a long job tells the window on the way)."""

from __future__ import annotations

from typing import TypeVar

from debiteur_desk.domain.progress import Progress, ProgressJob

T = TypeVar("T")


def steps_and_result(job: ProgressJob[T]) -> tuple[list[Progress], T]:
    steps: list[Progress] = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            return steps, stop.value
