"""Per-PC preferences in QSettings: window geometry, column widths, the language.

Business settings live in the database (services/settings.py); these do not travel
with a backup. When ``DEBITEUR_DESK_DATA_DIR`` moves the data folder (tests do, see
store/database.py), the preferences move with it into an INI file there, so a test
never touches the user's own.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

ORGANIZATION = "DebiteurDesk"
APPLICATION = "Debiteur Desk"
LANGUAGE_KEY = "ui/language"
LANGUAGES = ("nl", "en")


DATA_DIR_ENV = "DEBITEUR_DESK_DATA_DIR"


def preferences() -> QSettings:
    if folder := os.environ.get(DATA_DIR_ENV):
        return QSettings(str(Path(folder) / "preferences.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def saved_language() -> str | None:
    value = preferences().value(LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_language(language: str) -> None:
    preferences().setValue(LANGUAGE_KEY, language)


def _restore_bytes(key: str) -> QByteArray | None:
    value = preferences().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window(window: QMainWindow, key: str = "main_window") -> None:
    settings = preferences()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.setValue(f"{key}/state", window.saveState())


def restore_window(window: QMainWindow, key: str = "main_window") -> bool:
    geometry = _restore_bytes(f"{key}/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    if (state := _restore_bytes(f"{key}/state")) is not None:
        window.restoreState(state)
    return True


def save_table(key: str, state: Mapping[str, object]) -> None:
    """A list's columns (widths, hidden ones, sort) by column key, not by position: a
    column added or an aging bucket more does not throw away the user's widths."""
    preferences().setValue(f"tables/{key}", json.dumps(state, sort_keys=True))


def restore_table(key: str) -> dict[str, Any] | None:
    value = preferences().value(f"tables/{key}")
    if not isinstance(value, str):
        return None
    try:
        state = json.loads(value)
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def save_splitter(splitter: QSplitter, key: str) -> None:
    preferences().setValue(f"splitters/{key}", splitter.saveState())


def restore_splitter(splitter: QSplitter, key: str) -> bool:
    state = _restore_bytes(f"splitters/{key}")
    return state is not None and splitter.restoreState(state)


def saved_tab() -> int:
    value = preferences().value("main_window/tab", 0)
    return int(value) if str(value).isdigit() else 0


def save_tab(index: int) -> None:
    preferences().setValue("main_window/tab", index)
