"""A letter's PDF and its record appear together or not at all, even when the process is
killed halfway (issue 14).

The PDF is first written beside its final name as ``….pdf.part``; the record is committed;
only then is the file given its name. A process killed before the commit leaves a
``.part`` without a record, one killed after it a record whose file is still ``.part``:
``finish_interrupted_letters``, run whenever a book is opened, renames the second and
removes the first.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from platformdirs import user_documents_dir
from sqlalchemy import select

from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Letter
from debiteur_desk.store.settings_store import get_setting

DOCUMENTS_ENV = "DEBITEUR_DESK_DOCUMENTS_DIR"
PARTIAL = ".part"
# A .part younger than this may be a letter another window is filing right now.
IN_PROGRESS_SECONDS = 600


def letters_folder(db: Database) -> Path:
    """The user's documents folder (or the folder set in Settings, or the test override)."""
    override = os.environ.get(DOCUMENTS_ENV)
    if override:
        return Path(override)
    with db.reading() as session:
        chosen = str(get_setting(session, "letters.folder"))
    return Path(chosen) if chosen else Path(user_documents_dir()) / "Debiteur Desk"


def partial_of(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


def write_partial(path: Path, pdf: bytes) -> Path:
    """The PDF under its provisional name (never over an existing file)."""
    partial = partial_of(path)
    with partial.open("xb") as handle:
        handle.write(pdf)
        handle.flush()
        os.fsync(handle.fileno())
    return partial


def put_in_place(partial: Path, path: Path) -> None:
    """The committed letter's file under its name; never over another file."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(partial, path)
        return
    partial.unlink()


def finish_interrupted_letters(db: Database) -> list[Path]:
    """Finish what a killed process left in the letters folder; returns the letters whose
    file was put in place."""
    folder = letters_folder(db)
    if not folder.is_dir():
        return []
    partials = list(folder.rglob(f"*.pdf{PARTIAL}"))
    if not partials:
        return []
    finals = {str(p.with_name(p.name.removesuffix(PARTIAL))): p for p in partials}
    with db.reading() as session:
        query = select(Letter.file_path).where(Letter.file_path.in_(finals))
        recorded = set(session.scalars(query))
    finished = []
    for final, partial in finals.items():
        if final in recorded and not Path(final).exists():
            os.replace(partial, final)
            finished.append(Path(final))
        elif time.time() - partial.stat().st_mtime > IN_PROGRESS_SECONDS:
            partial.unlink(missing_ok=True)  # its record was never committed
    return finished
