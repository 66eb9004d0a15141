"""Catch the window touching the database on the GUI thread (issue 11).

Every read and write goes through ``Database._factory`` (the session factory). While the
guard is on, a call to it on the main thread from code in ``debiteur_desk/ui/`` is
recorded with the line that made it: that call would freeze the window for as long as
the query takes. Test code that fills a book on the main thread is not ``ui/`` code and
is let through.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import debiteur_desk.ui
from debiteur_desk.store.database import Database

UI = str(Path(debiteur_desk.ui.__file__).parent)
T = TypeVar("T")


@contextmanager
def book_off_the_gui_thread() -> Iterator[list[str]]:
    """Yields the list of offences ("file:line in function"), filled while it is open."""
    offences: list[str] = []
    original = Database._factory

    def guarded(self: Database):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            ui = [f for f in traceback.extract_stack() if f.filename.startswith(UI)]
            if ui:
                offences.append(f"{ui[-1].filename}:{ui[-1].lineno} in {ui[-1].name}")
        return original(self)

    Database._factory = guarded  # type: ignore[method-assign]
    try:
        yield offences
    finally:
        Database._factory = original  # type: ignore[method-assign]


def on_a_worker(call: Callable[[], T]) -> T:
    """Run a service call a ``ui/`` function handed back, as the window does: off the GUI
    thread (for tests that call it themselves)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()
