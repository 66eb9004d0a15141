"""Start-up's quick way in: the first overview, read on a thread while Qt loads.

For the usual start (an SQLite book at the current schema) the window shows this
overview before SQLAlchemy has even been imported; the book is then opened properly
on the worker thread (:func:`debiteur_desk.services.book.finish_opening` first).
Any other start (a new, old, foreign or server database) gets ``None`` here and goes
the usual way through ``services/book.open_book``. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from debiteur_desk.services.overview_lines import ClientOverview, client_overview_from_rows
from debiteur_desk.store.database import Database, resolve_url, sqlite_path
from debiteur_desk.store.quick_read import read_overview


@dataclass(frozen=True)
class OpenedBook:
    database: Database
    first_overview: ClientOverview | None  # None: the window reads it itself
    first_start: bool  # the first-start questions are still to be asked
    # True when opened the quick way: the database has not connected yet, and
    # services.book.finish_opening must run (on the worker) before anything else.
    to_finish: bool = False


class QuickOpen:
    """Starts reading at once; :meth:`result` waits for the answer."""

    def __init__(self, db: str | Path | None, as_of: date) -> None:
        self._result: OpenedBook | None = None
        url = resolve_url(db)
        path = sqlite_path(url)
        self._thread = None
        if path is not None:
            self._thread = threading.Thread(
                target=self._read, args=(url, path, as_of), name="quick-open", daemon=True
            )
            self._thread.start()

    def _read(self, url: str, path: Path, as_of: date) -> None:
        found = read_overview(path, as_of)
        if found is not None:
            overview = client_overview_from_rows(found.rows, found.buckets, as_of)
            self._result = OpenedBook(
                Database(url), overview, not found.first_start_done, to_finish=True
            )

    def result(self) -> OpenedBook | None:
        if self._thread is not None:
            self._thread.join()
        return self._result
