"""Showing a dialog modally, and letting it go afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget


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


def box_parent(widget: QWidget | None) -> QWidget | None:
    """The parent for a ``QMessageBox.warning``/``question``/... about ``widget``: its
    window. Those static functions keep the box on the stack, as a child of the parent
    given; a client page closed while its box is open (its tab removed, the page deleted)
    would delete the box a second time ("double free or corruption" in the soak test).
    The page's window outlives it, and the box is then modal to that window."""
    return widget.window() if widget is not None else None
