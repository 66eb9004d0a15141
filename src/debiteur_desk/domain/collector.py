"""Pausing Python's cycle collector while a large index is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
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
