"""Pausing Python's cycle collector while a large index is built."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside: building 100,000 small objects that all stay alive
    otherwise runs the collector hundreds of times, scanning them again each time (a third
    of the time spent). Reference counting still frees what is dropped. The collector is
    process-wide: a block that yields to an event loop leaves it paused there too (the
    window collects from a timer on its own, ``ui/worker.py``, which this does not stop)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def young_garbage_collected() -> Iterator[Callable[[], None]]:
    """Inside, what is alive at the start (a large index just built under
    ``collector_paused``) is set aside (``gc.freeze``) and the collector does not run by
    itself; the block calls the function it is given between steps (a block of a long
    loop) to free the cyclic garbage made since (SQLAlchemy's statements and results),
    looking at young objects only. Without it a long import's memory grew with its file;
    with the collector simply running, it ran ten times as often and scanned more.

    Where the collector was off (the window turns it off and collects from a timer on its
    GUI thread, ``ui/worker.py``) the function does nothing: collecting on a worker thread
    could run a Qt object's finalizer there. That timer's collections skip what is set
    aside too. Objects set aside that become cyclic garbage meanwhile are collected after
    the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()

    def collect() -> None:
        if was_enabled:
            gc.collect(1)

    try:
        yield collect
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
