"""The 14-dagenbrief rules: art. 6:96 lid 6 BW, HR 25-11-2016 (ECLI:NL:HR:2016:2704).

Presumed delivery on the 2nd day after posting, Sundays, Mondays and public
holidays not being delivery days; the worked rows are those of
shared/reference/dutch-rules.md section 2.
"""

from __future__ import annotations

from datetime import date

import pytest

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.fourteen_day import (
    fourteen_day_term,
    is_delivery_day,
    is_public_holiday,
    may_send_fourteen_day_letter,
    presumed_delivery,
)
from debiteur_desk.domain.parties import ClientKind


@pytest.mark.parametrize(
    ("posted", "delivered", "first", "last", "bik_from"),
    [
        # Tue -> Thu
        (
            date(2025, 3, 4),
            date(2025, 3, 6),
            date(2025, 3, 7),
            date(2025, 3, 20),
            date(2025, 3, 21),
        ),
        # Thu -> Sat (Saturday is a delivery day)
        (
            date(2025, 3, 6),
            date(2025, 3, 8),
            date(2025, 3, 9),
            date(2025, 3, 22),
            date(2025, 3, 23),
        ),
        # Fri -> Tue (no delivery on Sunday and Monday)
        (
            date(2025, 3, 7),
            date(2025, 3, 11),
            date(2025, 3, 12),
            date(2025, 3, 25),
            date(2025, 3, 26),
        ),
    ],
)
def test_worked_rows_of_the_reference(posted, delivered, first, last, bik_from):
    term = fourteen_day_term(posted)
    assert (term.delivered, term.first_day, term.last_day, term.bik_owed_from) == (
        delivered,
        first,
        last,
        bik_from,
    )
    assert (term.last_day - term.first_day).days + 1 == 14


def test_public_holidays_are_no_delivery_days():
    # Christmas 2025: Thu 25 and Fri 26 December; posted Tue 23-12: Wed 24 is the
    # first delivery day, Sat 27 the second.
    assert is_public_holiday(date(2025, 12, 25)) and is_public_holiday(date(2025, 12, 26))
    assert presumed_delivery(date(2025, 12, 23)) == date(2025, 12, 27)
    # Ascension Day is Thursday 14 May 2026: posted Tue 12-05, Wed 13 and Fri 15 count.
    assert presumed_delivery(date(2026, 5, 12)) == date(2026, 5, 15)


def test_liberation_day_counts_every_year():
    """Art. 3 Algemene termijnenwet names 5 May as a recognised public holiday every year."""
    assert is_public_holiday(date(2026, 5, 5))
    assert not is_delivery_day(date(2026, 5, 5))


def test_posting_on_a_saturday_counts_from_tuesday():
    # Sat 08-03-2025: Tue 11 is the first delivery day, Wed 12 the second.
    assert presumed_delivery(date(2025, 3, 8)) == date(2025, 3, 12)


def test_a_consumer_in_default_may_be_sent_the_letter():
    may_send_fourteen_day_letter(
        ClientKind.CONSUMER,
        date(2026, 3, 16),
        date(2026, 3, 17),
        payment_term_agreed=True,
        earlier_demand_expired=False,
    )
    may_send_fourteen_day_letter(
        ClientKind.CONSUMER,
        date(2026, 3, 16),
        date(2026, 4, 1),
        payment_term_agreed=False,
        earlier_demand_expired=True,
    )


def test_refused_for_a_business_client():
    """Art. 6:96 lid 4 BW: a business owes the EUR 40 minimum without a 14-day letter."""
    with pytest.raises(RuleViolation) as caught:
        may_send_fourteen_day_letter(
            ClientKind.BUSINESS,
            date(2026, 3, 16),
            date(2026, 5, 1),
            payment_term_agreed=True,
            earlier_demand_expired=True,
        )
    assert caught.value.code == "fourteen_day_business_client"


@pytest.mark.parametrize("today", [date(2026, 3, 1), date(2026, 3, 16)])
def test_refused_on_or_before_the_due_date(today):
    """Only once the consumer is in default (art. 6:81-6:83 BW), never before the due date."""
    with pytest.raises(RuleViolation) as caught:
        may_send_fourteen_day_letter(
            ClientKind.CONSUMER,
            date(2026, 3, 16),
            today,
            payment_term_agreed=True,
            earlier_demand_expired=True,
        )
    assert caught.value.code == "fourteen_day_not_in_default"


def test_refused_without_an_agreed_term_or_an_expired_demand():
    """A term printed only on the invoice is no fatal term (art. 6:82-6:83 BW)."""
    with pytest.raises(RuleViolation) as caught:
        may_send_fourteen_day_letter(
            ClientKind.CONSUMER,
            date(2026, 3, 16),
            date(2026, 6, 1),
            payment_term_agreed=False,
            earlier_demand_expired=False,
        )
    assert caught.value.code == "fourteen_day_not_in_default"
    assert caught.value.params["reason"] == "no_default"
