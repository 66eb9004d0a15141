"""Business settings in the database, typed by ``domain/settings_registry.py``."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy.orm import Session

from debiteur_desk.domain.settings_registry import spec_for
from debiteur_desk.store.models import Setting


def get_setting(session: Session, key: str) -> Any:
    spec = spec_for(key)
    row = session.get(Setting, key)
    return copy.deepcopy(spec.default) if row is None else spec.decode(row.value)


def put_setting(session: Session, key: str, value: Any) -> None:
    spec = spec_for(key)
    if not isinstance(value, spec.type):
        raise TypeError(f"setting {key!r} takes {spec.type.__name__}, not {type(value).__name__}")
    text = spec.encode(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
