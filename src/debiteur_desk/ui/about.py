"""The text of Help › About: what the program does, its version and the open database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debiteur_desk import __version__


def about_text(database_name: str) -> str:
    """For ``QMessageBox.about``: the program, its version and the database it has open."""
    return QCoreApplication.translate(
        "About",
        "Debiteur Desk, version {version}\n\nDebiteur Desk shows who owes you money, how late each invoice is and what to do next.\n\nDatabase: {name}",  # noqa: E501 - one literal, so that lupdate finds it
    ).format(version=__version__, name=database_name)
