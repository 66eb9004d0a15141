"""Help › About names the program's version (debiteur_desk.__version__)."""

from debiteur_desk import __version__
from debiteur_desk.ui.about import about_text
from tests.ui.translation import dutch


def test_about_names_the_version_and_the_database(qapp):
    with dutch(qapp):
        text = about_text("boek.sqlite")
    assert f"versie {__version__}" in text and "Database: boek.sqlite" in text
    assert f"version {__version__}" in about_text("boek.sqlite")
