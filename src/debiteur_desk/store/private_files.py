"""The book and its backups are readable by the user alone (issue 14).

On POSIX systems a file the app makes for the book (the database, a backup, the copy a
restore puts in place) is created with mode 0600 from its first byte, and a folder it
makes with 0700. SQLite gives its ``-wal`` and ``-shm`` files the mode of the database
file, so making the database file private first makes those private too. No umask is
changed: the umask is the whole process's, and the window's worker threads write files
at the same time. On Windows the user's profile folders already keep others out, and
``chmod`` knows only read-only there, so nothing is done.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
POSIX = os.name == "posix"


def make_private_folder(folder: Path) -> Path:
    """``folder`` and each missing folder above it, made 0700; an existing one is left as
    it is (it may be the user's own, shared on purpose)."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    return folder


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 when it does not exist yet (before SQLite or
    ``zipfile`` opens it, which would make it 0644)."""
    try:
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(handle)
    make_private(path)  # the umask may have taken bits away, never added any


def make_private(path: Path) -> None:
    """Mode 0600 for an existing file of ours; quietly nothing where that is not allowed
    (a file on a network share owned by someone else)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def private_sqlite_file(path: Path) -> None:
    """Before SQLite opens ``path``: the database file exists with mode 0600 (created
    empty if need be, which SQLite takes as an empty database), and so do the ``-wal``,
    ``-shm`` and ``-journal`` files an earlier version may have left readable."""
    if not path.parent.is_dir():
        return  # SQLite will say the file cannot be opened
    if path.is_file():
        make_private(path)
    elif not path.exists():
        create_private_file(path)
    for suffix in SQLITE_COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            make_private(companion)
