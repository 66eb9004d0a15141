"""Showing a dialog modally, and letting it go afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def ask(dialog: QDialog) -> bool:
    """Show ``dialog`` and wait; True when the user accepted it.

    The dialog is deleted once control is back in the event loop (its values can still be
    read right after), so a window does not keep every dialog it ever opened as a hidden
    child: they were never freed before.
    """
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
