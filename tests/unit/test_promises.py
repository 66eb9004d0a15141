"""Kept or broken: the promise rule against worked examples."""

from datetime import date

import pytest

from debiteur_desk.domain.promises import (
    PromiseFacts,
    PromiseStatus,
    evaluate_promise,
    promise_record,
)

MADE = date(2026, 11, 2)
BY = date(2026, 11, 16)


def facts(promised=50000, open_cents=50000, payments=()):
    return PromiseFacts(promised, MADE, BY, open_cents, tuple(payments))


@pytest.mark.parametrize(
    ("case", "promised", "open_cents", "payments", "as_of", "status", "resolved"),
    [
        ("nothing paid yet, date not passed", 50000, 50000, [], BY, "open", None),
        ("paid in full before the date", 50000, 0, [(date(2026, 11, 10), 50000)], BY, "kept",
         date(2026, 11, 10)),
        ("paid on the promised day itself", 50000, 0, [(BY, 50000)], date(2026, 12, 1), "kept", BY),
        ("two part payments reach it", 50000, 0,
         [(date(2026, 11, 5), 20000), (date(2026, 11, 12), 30000)], BY, "kept",
         date(2026, 11, 12)),
        ("part payment only, date passed", 50000, 30000, [(date(2026, 11, 5), 20000)],
         date(2026, 11, 17), "broken", date(2026, 11, 17)),
        ("part payment, date not passed", 50000, 30000, [(date(2026, 11, 5), 20000)], BY,
         "open", None),
        ("paid after the date: still broken", 50000, 0, [(date(2026, 11, 20), 50000)],
         date(2026, 11, 21), "broken", date(2026, 11, 17)),
        ("nothing paid, date passed", 50000, 50000, [], date(2026, 11, 17), "broken",
         date(2026, 11, 17)),
        ("a payment before the call does not count", 50000, 50000,
         [(date(2026, 10, 1), 50000)], date(2026, 11, 17), "broken", date(2026, 11, 17)),
        ("promised part of what is open, paid that part", 20000, 30000,
         [(date(2026, 11, 3), 20000)], BY, "kept", date(2026, 11, 3)),
        ("credit note lowered what is owed: the rest paid", 50000, 0,
         [(date(2026, 11, 8), 40000)], BY, "kept", date(2026, 11, 8)),
        ("credited in full, nothing paid", 50000, 0, [], date(2026, 11, 20), "cancelled", BY),
    ],
)  # fmt: skip
def test_promise_outcome(case, promised, open_cents, payments, as_of, status, resolved):
    outcome = evaluate_promise(facts(promised, open_cents, payments), as_of)
    assert outcome.status == PromiseStatus(status), case
    assert outcome.resolved_on == resolved, case


def test_a_later_payment_does_not_make_an_earlier_day_look_kept():
    # 500 due by the 16th; 200 came on the 5th and 300 only on the 20th (open is 0 now)
    later = facts(payments=[(date(2026, 11, 5), 20000), (date(2026, 11, 20), 30000)], open_cents=0)
    outcome = evaluate_promise(later, date(2026, 11, 17))
    assert outcome.status is PromiseStatus.BROKEN
    assert outcome.paid_in_time_cents == 20000 and outcome.short_cents == 30000


def test_payments_after_as_of_are_not_counted():
    outcome = evaluate_promise(facts(payments=[(date(2026, 11, 10), 50000)]), date(2026, 11, 9))
    assert outcome.status is PromiseStatus.OPEN


def test_record_counts_kept_and_broken_only():
    assert promise_record(["kept", "broken", "open", "kept", "cancelled"]) == (2, 1)
    assert promise_record([]) == (0, 0)
