"""Reading and changing business settings (each change audited)."""

from __future__ import annotations

from typing import Any

from debiteur_desk.domain import text_limits
from debiteur_desk.services import audit
from debiteur_desk.store.database import Database
from debiteur_desk.store.settings_store import get_setting, put_setting


def read_setting(db: Database, key: str) -> Any:
    with db.reading() as session:
        return get_setting(session, key)


def change_setting(db: Database, key: str, value: Any) -> None:
    """Store one setting; a text longer than its field allows is refused (``InvalidInput``)."""
    limit = text_limits.SETTINGS.get(key)
    if limit is not None:
        limit.check(str(value).strip())
    with db.transaction() as session:
        old = get_setting(session, key)
        put_setting(session, key, value)
        audit.record(session, "setting.change", "setting", None, key=key, old=old, new=value)
