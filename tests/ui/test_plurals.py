"""Counts read as a person writes them: "1 factuur", "2 facturen", "1 invoice"."""

import pytest
from PySide6.QtCore import QCoreApplication

from debiteur_desk.ui.i18n import install_translators, remove_translators


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("nl", "Nu vervallen: 1 factuur", "Nu vervallen: 2 facturen"),
        ("en", "Overdue now: 1 invoice", "Overdue now: 2 invoices"),
    ],
)
def test_a_count_takes_the_singular_or_the_plural(qapp, language, one, two):
    translators = install_translators(qapp, language)
    try:
        say = lambda n: QCoreApplication.translate(  # noqa: E731
            "BehaviourBox", "Overdue now: %n invoice(s)", "", n
        )
        assert (say(1), say(2)) == (one, two)
    finally:
        remove_translators(qapp, translators)
        qapp.setProperty("language", None)
