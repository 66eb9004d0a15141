"""VAT relief on bad debts: art. 29 Wet OB 1968 (docs/dutch-rules.md §5). The right arises
when non-payment is certain and at the latest one year after the due date; VAT on a later
payment is owed again."""

from datetime import date

import pytest

from debiteur_desk.domain.vat_relief import (
    InvoiceHistory,
    owed_again,
    quarter,
    reclaimable,
    relief_day,
    vat_share,
)

# €121.00 including €21.00 VAT (21%), due 1 February 2025.
UNPAID = InvoiceHistory(12100, 2100, date(2025, 2, 1))


def test_unpaid_a_year_after_the_due_date_all_vat_comes_back():
    """art. 29 lid 1: at the latest one year after the due date."""
    assert relief_day(UNPAID) == date(2026, 2, 1)
    assert reclaimable(UNPAID) == 2100


def test_only_the_vat_in_what_was_still_open():
    half = InvoiceHistory(12100, 2100, date(2025, 2, 1), paid=((date(2025, 3, 1), 6050),))
    assert reclaimable(half) == 1050


def test_written_off_earlier_means_certain_earlier():
    gone = InvoiceHistory(12100, 2100, date(2025, 2, 1), written_off_on=date(2025, 9, 1))
    assert relief_day(gone) == date(2025, 9, 1)
    assert reclaimable(gone) == 2100


def test_a_payment_after_the_relief_day_owes_its_vat_again():
    """art. 29 lid 2: VAT on what is received after all is owed in that period."""
    late = InvoiceHistory(12100, 2100, date(2025, 2, 1), paid=((date(2026, 3, 1), 3025),))
    assert reclaimable(late) == 2100  # on 1 February 2026 nothing had come in
    assert owed_again(late, date(2026, 1, 1), date(2026, 3, 31)) == 525
    assert owed_again(late, date(2026, 4, 1), date(2026, 6, 30)) == 0


def test_a_payment_before_the_relief_day_is_no_later_payment():
    paid = InvoiceHistory(12100, 2100, date(2025, 2, 1), paid=((date(2026, 1, 15), 3025),))
    assert reclaimable(paid) == 1575
    assert owed_again(paid, date(2026, 1, 1), date(2026, 3, 31)) == 0


def test_credited_amounts_correct_vat_through_the_credit_note_instead():
    credited = InvoiceHistory(12100, 2100, date(2025, 2, 1), credited=((date(2025, 5, 1), 2000),))
    assert reclaimable(credited) == 1753  # 101.00 x 21/121 = 17.528... rounded half up


def test_vat_share_rounds_half_up_and_ignores_nothing():
    assert vat_share(InvoiceHistory(200, 21, date(2025, 1, 1)), 100) == 11  # 10.5 -> 11
    assert vat_share(InvoiceHistory(12100, 0, date(2025, 1, 1)), 12100) == 0


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 1), (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 6, 30), (date(2026, 4, 1), date(2026, 6, 30))),
        (date(2026, 11, 22), (date(2026, 10, 1), date(2026, 12, 31))),
    ],
)
def test_quarter(day, expected):
    assert quarter(day) == expected
