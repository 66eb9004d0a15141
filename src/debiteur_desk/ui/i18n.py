"""Installing the translation for the user's language.

Decision: the source strings in ``self.tr()`` / ``QT_TRANSLATE_NOOP`` are English and
Dutch is a translation (``resources/i18n/debiteur_desk_nl.ts`` → the shipped
``debiteur_desk_nl.qm``), which is loaded by default. This is the Qt way round: the
.ts files are for translators, lupdate and Qt Linguist expect an English source, and
a missing translation falls back to readable English rather than to a code.
Qt's own strings (the buttons of message boxes, the print dialog) come from
``qtbase_nl.qm`` that PySide6 ships. English, the source language, has a translation
too, holding only the plural forms ("1 invoice", "2 invoices" for ``%n invoice(s)``).
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

DEFAULT_LANGUAGE = "nl"
# The QApplication property that holds the language, for code without a window at hand
# (the dialogs' amounts, dates and error texts: ui/dialogs/fields.py).
LANGUAGE_PROPERTY = "language"

# Words of Qt's own dialogs that the qtbase_nl PySide6 ships lacks, so the Dutch dialogs
# showed English: Qt 6 writes two file dialog labels with a mnemonic (the catalogue has
# them without), and the print dialog's double-sided printing is newer than its
# catalogue. Our translation fills the gaps: Qt asks every installed translator.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)


def translations_dir() -> str:
    return str(files("debiteur_desk") / "resources" / "i18n")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our and Qt's translations for ``language`` (for English: our plural forms).

    The translators are returned so the caller keeps them alive (Qt does not own them).
    """
    installed: list[QTranslator] = []
    app.setProperty(LANGUAGE_PROPERTY, language)
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    ours = QTranslator(app)
    if ours.load(f"debiteur_desk_{language}", translations_dir()):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
