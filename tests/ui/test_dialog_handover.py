"""The hand-over dialog: to whom, on which day; OK only when that is filled in and sensible."""

from datetime import timedelta
from decimal import Decimal

import pytest

from debiteur_desk.domain import clock
from debiteur_desk.services.handover import HandoverInput
from debiteur_desk.ui.dialogs.handover_dialog import HandoverDialog

pytestmark = pytest.mark.usefixtures("dutch")


def make(qtbot):
    dialog = HandoverDialog(None, 7, "Garage Laat", Decimal("1234.50"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_name_is_needed_and_the_value_says_what_was_filled_in(qtbot):
    dialog = make(qtbot)
    assert dialog.windowTitle() == "Uit handen geven"
    assert [dialog.party_kind.itemText(i) for i in range(3)] == [
        "Incassobureau", "Gerechtsdeurwaarder", "Advocaat",
    ]  # fmt: skip
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.party_name.line_edit, "Incassobureau Noord B.V.")
    assert dialog.ok_button.isEnabled()
    dialog.party_kind.setCurrentIndex(1)
    qtbot.keyClicks(dialog.notes, "Dossier 2026-114")
    assert dialog.value == HandoverInput(
        7, clock.today(), "bailiff", "Incassobureau Noord B.V.", "Dossier 2026-114"
    )


def test_a_day_in_the_future_is_refused_next_to_the_field(qtbot):
    dialog = make(qtbot)
    qtbot.keyClicks(dialog.party_name.line_edit, "Deurwaarder Ten Have")
    dialog.on.set_date(clock.today() + timedelta(days=2))
    assert not dialog.ok_button.isEnabled()
    assert "toekomst" in dialog.on.error_label.text()
    assert dialog.on.error_label.isVisibleTo(dialog)
    dialog.on.set_date(clock.today() - timedelta(days=1))
    assert dialog.ok_button.isEnabled()
