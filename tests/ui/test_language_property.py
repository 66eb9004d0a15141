"""The language chosen at start-up reaches the dialogs' amounts, dates and error texts,
which have no window at hand to ask (ui/dialogs/fields.py reads it from the application)."""

from datetime import date
from decimal import Decimal

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.ui.dialogs.fields import date_text, error_text, money_text
from debiteur_desk.ui.i18n import install_translators, remove_translators


def test_english_chosen_at_start_up_reaches_the_dialogs(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert money_text(Decimal("1234.50")) == "€1,234.50"
        assert date_text(date(2026, 11, 22)) == "22/11/2026"
        assert error_text(InvalidInput("handover_in_future")) == (
            "A hand-over cannot lie in the future."
        )
    finally:
        remove_translators(qapp, translators)
        remove_translators(qapp, install_translators(qapp, "nl"))
    assert money_text(Decimal("1234.50")) == "€\xa01.234,50"
    assert date_text(date(2026, 11, 22)) == "22-11-2026"
