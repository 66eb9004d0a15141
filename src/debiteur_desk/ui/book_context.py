"""What the window's commands need of it besides the selection: the book, the helper that
runs work on it, the language, Undo and the status line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debiteur_desk.services.book import Database
    from debiteur_desk.ui.operations import Operations
    from debiteur_desk.ui.undo import UndoSlot


@dataclass(frozen=True)
class BookContext:
    db: Database
    ops: Operations
    language: str
    undo: UndoSlot
    notify: Callable[[str], None]  # a short message in the status bar
    as_of: Callable[[], date]  # the date the tables show
