"""The Dutch translation for UI tests that read what a Dutch user sees."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from debiteur_desk.ui.i18n import install_translators


@contextmanager
def dutch(app: QApplication) -> Iterator[None]:
    translators = install_translators(app, "nl")
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
