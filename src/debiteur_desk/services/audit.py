"""Every change a user makes is written to the append-only audit log, in the same transaction."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from debiteur_desk.store.bulk import insert_rows
from debiteur_desk.store.models import AuditLog


@cache
def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def _details(details: Mapping[str, Any]) -> str:
    return json.dumps(details, default=str, ensure_ascii=False, sort_keys=True)


def record(
    session: Session, action: str, entity: str, entity_id: int | None, **details: Any
) -> None:
    session.add(
        AuditLog(
            user=_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=_details(details),
        )
    )


def record_many(
    session: Session, action: str, entity: str, entries: Iterable[tuple[int, Mapping[str, Any]]]
) -> None:
    """The rows ``record`` would write for each (entity id, details), in one statement (a
    bank statement's thousands of payments)."""
    rows = [
        {"user": _user(), "action": action, "entity": entity, "entity_id": entity_id,
         "details": _details(details)}
        for entity_id, details in entries
    ]  # fmt: skip
    if rows:
        insert_rows(session, AuditLog, rows)
