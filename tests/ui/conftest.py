import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """A message box in a test would wait for a click forever: fail with its text instead."""

    def refuse(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
