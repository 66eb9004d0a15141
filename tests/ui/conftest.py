import pytest
from PySide6.QtWidgets import QMessageBox

from debiteur_desk.ui.i18n import install_translators, remove_translators


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    """A message box in a test would wait for a click forever: fail with its text instead."""

    def refuse(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {text}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture(scope="module")
def dutch(qapp):
    """The app as a Dutch user runs it: the shipped translation installed (English source
    strings otherwise). A test module asks for it with ``usefixtures("dutch")``."""
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)
