"""How far a long job has come: what a Qt-free generator yields to whoever shows it.

A long service (a letter batch, an import) is written as a generator that yields
``Progress`` between its steps and returns its result; the window runs it on the worker
with a progress bar and a Cancel button (``ui/operations.py``), the command line simply
runs it to the end (``run_to_end``). Stopping the generator (``close()``) raises
``GeneratorExit`` at the step it was on, so a ``with`` transaction around the steps
rolls everything back.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int | None = None  # None: unknown (a busy bar)
    item: str = ""  # what is being worked on, in the user's words (a client's name)


ProgressJob = Generator[Progress, None, T]


def run_to_end(job: ProgressJob[T]) -> T:
    """The job's result, ignoring its progress (the command line, tests)."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value


def as_part(job: ProgressJob[T], start: int, end: int, total: int) -> ProgressJob[T]:
    """``job`` as one part of a longer one: its progress mapped onto ``start``..``end``
    of ``total`` (one bar for a job of several steps), its result passed on."""
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            return stop.value
        part = progress.done / progress.total if progress.total else 0
        yield Progress(start + round((end - start) * part), total, progress.item)
