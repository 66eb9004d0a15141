"""Two windows or PCs editing the same record (issue 14): the second save is refused when
the record changed after the user began editing, and says who changed what and when.

Optimistic locking by the values the user saw: a dialog holds no lock while it is open;
at save time, inside the write transaction, the stored values are compared with those
the dialog started from. The transaction holds the book's write lock (SQLite's, or an
advisory lock on a server: ``store/database.py``), so another PC's save of the same
record waits and then compares with what this one stored; no third change slips in.
Comparing the values rather than a version number also says *what* changed, and needs no
column.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from debiteur_desk.domain.errors import FieldNames, RuleViolation
from debiteur_desk.store.models import AuditLog


def refuse_if_changed(session: Session, entity: str, entity_id: int, seen: Any, now: Any) -> None:
    """``seen`` and ``now``: the same input dataclass, as the user saw it and as stored."""
    changed = [f.name for f in fields(now) if getattr(seen, f.name) != getattr(now, f.name)]
    if not changed:
        return
    last = session.scalars(
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
        .order_by(AuditLog.id.desc())
    ).first()
    raise RuleViolation(
        "changed_elsewhere",
        fields=FieldNames(changed),
        who=(last.user if last is not None and last.user else "?"),
        at=(f"{last.at:%d-%m-%Y %H:%M}" if last is not None else "?"),
    )
