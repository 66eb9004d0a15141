"""The database driver's failures that a user can do something about, as domain errors
with a clear message: a full disk, a read-only file or folder, a book another window or
PC holds, a server that cannot be reached. Everything else stays a programming error.
(A file that cannot be written is ``errors.file_problem``.)"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from debiteur_desk.domain.errors import DatabaseProblem

_SQLITE = {
    sqlite3.SQLITE_FULL: "db_disk_full",
    sqlite3.SQLITE_READONLY: "db_read_only",
    sqlite3.SQLITE_BUSY: "db_busy",
    sqlite3.SQLITE_LOCKED: "db_busy",
    sqlite3.SQLITE_CANTOPEN: "db_unreachable",
    sqlite3.SQLITE_IOERR: "db_unreachable",
}
# PostgreSQL SQLSTATE classes and codes (psycopg's error.sqlstate).
_POSTGRES = {"53100": "db_disk_full", "25006": "db_read_only", "55P03": "db_busy"}


def problem_of(error: DBAPIError) -> DatabaseProblem | None:
    """The user's side of ``error``, or ``None`` when it is a bug of ours."""
    cause = error.orig
    if isinstance(cause, sqlite3.Error):
        primary = getattr(cause, "sqlite_errorcode", -1) & 0xFF
        code = _SQLITE.get(primary)
    else:
        state = str(getattr(cause, "sqlstate", "") or "")
        code = _POSTGRES.get(state) or ("db_unreachable" if state.startswith("08") else None)
    if code is None:
        return None
    return DatabaseProblem(code, detail=short_reason(error))


def short_reason(error: BaseException) -> str:
    """The driver's own first line (without SQLAlchemy's wrapping), for a message."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig else error
    lines = str(cause).strip().splitlines()
    return lines[0][:160] if lines else type(cause).__name__
