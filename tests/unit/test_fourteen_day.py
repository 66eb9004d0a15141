"""The 14-dagenbrief rules: art. 6:96 lid 6 BW, HR 25-11-2016 (ECLI:NL:HR:2016:2704).

Presumed delivery on the 2nd day after posting, Sundays, Mondays and public
holidays not being delivery days; the term's last day extended by the Algemene
termijnenwet (BWBR0002448, art. 1 and 3). The worked rows are those of
docs/dutch-rules.md §2 (its second row runs on from the Saturday to the Monday).
"""

from __future__ import annotations

from datetime import date

import pytest

from debiteur_desk.domain.fourteen_day import (
    fourteen_day_term,
    is_delivery_day,
    is_public_holiday,
    presumed_delivery,
)

# posted, presumed delivery, first day, last day (after the Atw), costs owed from
WORKED_ROWS = [
    # Tue -> Thu; the term ends on Thursday 20-03
    (date(2025, 3, 4), date(2025, 3, 6), date(2025, 3, 7), date(2025, 3, 20), date(2025, 3, 21)),
    # Thu -> Sat (Saturday is a delivery day); the 14th day is Saturday 22-03, which
    # art. 1 lid 1 Atw moves to Monday 24-03
    (date(2025, 3, 6), date(2025, 3, 8), date(2025, 3, 9), date(2025, 3, 24), date(2025, 3, 25)),
    # Fri -> Tue (no delivery on Sunday and Monday)
    (date(2025, 3, 7), date(2025, 3, 11), date(2025, 3, 12), date(2025, 3, 25), date(2025, 3, 26)),
]


@pytest.mark.parametrize(("posted", "delivered", "first", "last", "bik_from"), WORKED_ROWS)
def test_worked_rows_of_the_reference(posted, delivered, first, last, bik_from):
    """Art. 6:96 lid 6 BW and art. 1 lid 1 Algemene termijnenwet: the reference's table."""
    term = fourteen_day_term(posted)
    assert (term.delivered, term.first_day, term.last_day, term.bik_owed_from) == (
        delivered,
        first,
        last,
        bik_from,
    )
    assert (term.fourteenth_day - term.first_day).days + 1 == 14
    assert term.extended == (term.last_day != term.fourteenth_day)


def test_a_term_ending_on_a_saturday_runs_on_to_monday():
    """Art. 1 lid 1 Algemene termijnenwet: posted Thu 03-12-2026, delivered Sat 05-12, the
    14th day is Sat 19-12; the term runs on to Mon 21-12, costs are owed from Tue 22-12."""
    term = fourteen_day_term(date(2026, 12, 3))
    assert term.delivered == date(2026, 12, 5)
    assert term.first_day == date(2026, 12, 6)
    assert term.fourteenth_day == date(2026, 12, 19)
    assert term.last_day == date(2026, 12, 21)
    assert term.bik_owed_from == date(2026, 12, 22)
    assert term.extended


def test_a_term_ending_on_good_friday_runs_past_easter_monday():
    """Art. 1 lid 1 and art. 3 lid 1-2 Algemene termijnenwet: posted Wed 18-03-2026, the
    14th day is Goede Vrijdag 03-04-2026; Saturday, Easter Sunday and tweede Paasdag follow,
    so the term ends Tue 07-04 and costs are owed from 08-04."""
    term = fourteen_day_term(date(2026, 3, 18))
    assert term.delivered == date(2026, 3, 20)
    assert term.fourteenth_day == date(2026, 4, 3)
    assert term.last_day == date(2026, 4, 7)
    assert term.bik_owed_from == date(2026, 4, 8)


def test_a_term_ending_on_liberation_day_in_a_non_lustrum_year():
    """Art. 3 lid 1 Algemene termijnenwet names 5 May every year, not only every fifth:
    posted Fri 17-04-2026, delivered Tue 21-04, the 14th day is Tue 05-05-2026; the term
    runs on to Wed 06-05 (art. 1 lid 1)."""
    term = fourteen_day_term(date(2026, 4, 17))
    assert term.delivered == date(2026, 4, 21)
    assert term.fourteenth_day == date(2026, 5, 5)
    assert term.last_day == date(2026, 5, 6)
    assert term.bik_owed_from == date(2026, 5, 7)


def test_a_term_ending_on_a_day_equated_by_decree():
    """Art. 3 lid 3 Algemene termijnenwet, Besluit gelijkstelling van 2 januari 2026,
    15 mei 2026, ...: posted Wed 29-04-2026, delivered Fri 01-05, the 14th day is Fri
    15-05-2026 (the Friday after Hemelvaartsdag); the term runs on to Mon 18-05."""
    term = fourteen_day_term(date(2026, 4, 29))
    assert term.delivered == date(2026, 5, 1)
    assert term.fourteenth_day == date(2026, 5, 15)
    assert term.last_day == date(2026, 5, 18)
    assert term.bik_owed_from == date(2026, 5, 19)


def test_public_holidays_are_no_delivery_days():
    """Presumed delivery (HR 25-11-2016, ECLI:NL:HR:2016:2704) counts no holiday of art. 3
    Algemene termijnenwet as a delivery day."""
    # Christmas 2025: Thu 25 and Fri 26 December; posted Tue 23-12: Wed 24 is the
    # first delivery day, Sat 27 the second.
    assert is_public_holiday(date(2025, 12, 25)) and is_public_holiday(date(2025, 12, 26))
    assert presumed_delivery(date(2025, 12, 23)) == date(2025, 12, 27)
    # Hemelvaartsdag is Thu 14 May 2026 and Fri 15 May is equated with a holiday by decree
    # (art. 3 lid 3 Atw): posted Tue 12-05, Wed 13 and Sat 16 count.
    assert presumed_delivery(date(2026, 5, 12)) == date(2026, 5, 16)


def test_kings_day_on_saturday_the_26th_is_no_delivery_day():
    """Art. 3 lid 1 Algemene termijnenwet: Koningsdag is 26 April when the 27th is a Sunday
    (2025). Posted Thu 24-04-2025: Fri 25 counts, Sat 26 does not, Tue 29 is the second."""
    assert is_public_holiday(date(2025, 4, 26)) and not is_delivery_day(date(2025, 4, 26))
    assert presumed_delivery(date(2025, 4, 24)) == date(2025, 4, 29)


def test_liberation_day_counts_every_year():
    """Art. 3 Algemene termijnenwet names 5 May as a recognised public holiday every year."""
    assert is_public_holiday(date(2026, 5, 5))
    assert not is_delivery_day(date(2026, 5, 5))


def test_posting_on_a_saturday_counts_from_tuesday():
    """HR 25-11-2016 (ECLI:NL:HR:2016:2704): no letters are delivered on Sunday or Monday.
    Sat 08-03-2025: Tue 11 is the first delivery day, Wed 12 the second."""
    assert presumed_delivery(date(2025, 3, 8)) == date(2025, 3, 12)
