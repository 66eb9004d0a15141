"""Every change a user makes is written to the append-only audit log, in the same transaction."""

from __future__ import annotations

import getpass
import json
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from debiteur_desk.store.models import AuditLog


@cache
def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return ""


def record(
    session: Session, action: str, entity: str, entity_id: int | None, **details: Any
) -> None:
    session.add(
        AuditLog(
            user=_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True),
        )
    )
