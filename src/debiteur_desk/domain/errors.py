"""Typed errors raised by the rules engine and the services.

Each error carries a stable ``code`` and the values that fill its message; the
text a user reads comes from :mod:`debiteur_desk.text.messages`, in their language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class DebiteurError(Exception):
    """Base class: a problem the user can understand and fix."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}" if params else self.code)


class InvalidInput(DebiteurError):
    """A value typed or imported by the user is not acceptable."""

    code = "invalid_input"


class FieldNames(tuple[str, ...]):
    """Internal names of input fields (an import's target columns) in an error's values:
    the message layer turns each into the user's word for it."""


class NotFound(DebiteurError):
    """The record the user names does not exist."""

    code = "not_found"


class RuleViolation(DebiteurError):
    """The law or the business rules do not allow the requested step."""

    code = "rule_violation"


class DatabaseProblem(DebiteurError):
    """The database cannot be opened, is not ours, or is too new."""

    code = "database"


@dataclass(frozen=True)
class Notice:
    """Something the user should know before sending a letter (an unverified interest rate,
    an invoice left out and why); worded by the same catalogue as the errors."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


def file_problem(error: OSError, path: str = "") -> InvalidInput:
    """A file that could not be written (a letter, a backup, an export), in words."""
    import errno

    where = path or str(error.filename or "")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return InvalidInput("file_disk_full", path=where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return InvalidInput("file_read_only", path=where)
    return InvalidInput("file_not_written", path=where, detail=error.strerror or str(error))
