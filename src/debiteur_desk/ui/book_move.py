"""Moving this PC to another book, as chosen in Settings › Where the book is: opened (and
first copied to the server, when asked) on the worker with a progress dialog; then the
window is built again on it (``ui/window_host.py``). Until the new book is open nothing
changes, so a server that cannot be reached leaves the window on the book it had."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from debiteur_desk.ui.lazy import lazy_module

if TYPE_CHECKING:
    from debiteur_desk.domain.progress import ProgressJob
    from debiteur_desk.ui.book_context import BookContext
    from debiteur_desk.ui.book_dialog import BookChoice

book_choice = lazy_module("debiteur_desk.services.book_choice")  # on the worker


def move_book(
    book: BookContext,
    window: QWidget,
    choice: BookChoice,
    language: str,
    moved: Callable[[Any, str, str], object],
) -> None:
    """Open the chosen book; ``moved(database, language, message)`` once it is open."""
    source = book.db

    def job() -> ProgressJob[Any]:
        url = None if choice.server is None else choice.server.url(choice.password)
        return book_choice.move_to(url, copy_from=source if choice.copy_this_book else None)

    if choice.copy_this_book:
        label = QCoreApplication.translate("BookMove", "Copying the book to the server…")
        done = QCoreApplication.translate(
            "BookMove", "The book was copied to the server and checked; this PC now works there."
        )
    elif choice.server is None:
        label = QCoreApplication.translate("BookMove", "Opening the book on this PC…")
        done = QCoreApplication.translate("BookMove", "This PC now works in the book on this PC.")
    else:
        label = QCoreApplication.translate("BookMove", "Opening the book on the server…")
        done = QCoreApplication.translate(
            "BookMove", "This PC now works in the book on the server."
        )
    book.ops.run_with_progress(
        job,
        title=QCoreApplication.translate("BookMove", "Where the book is"),
        label=label,
        parent=window,
        on_success=lambda database: moved(database, language, done),
    )
