"""The action icons shipped as SVG under ``resources/icons``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(files("debiteur_desk") / "resources" / "icons" / f"{name}.svg"))
