"""The escalation rule as a table of cases: one client's facts in, the next step out."""

from datetime import date

import pytest

from debiteur_desk.domain.escalation import (
    Action,
    ClientFacts,
    ContactFacts,
    LadderRules,
    LetterFact,
    OpenInvoice,
    PlanFact,
    PromiseFact,
    Reason,
    Step,
    client_steps,
    effective_ladder,
    next_step,
)
from debiteur_desk.domain.instalments import InstalmentDue, match_instalments
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.promises import PromiseStatus

B, C = ClientKind.BUSINESS, ClientKind.CONSUMER
DUE = date(2026, 10, 1)
INV = OpenInvoice(1, DUE, 100000)
RULES = LadderRules()


def d(month, day, year=2026):
    return date(year, month, day)


def letter(kind, day, ids=(1,)):
    return LetterFact(kind, day, frozenset(ids))


def plan(*payments, ids=(1,)):
    schedule = [InstalmentDue(1, d(12, 1), 50000), InstalmentDue(2, d(1, 1, 2027), 50000)]
    return PlanFact(7, frozenset(ids), match_instalments(schedule, payments))


def promise(status, by, ids=(1,)):
    return PromiseFact(PromiseStatus(status), by, 100000, frozenset(ids))


CASES = [
    # (case, kind, facts keyword arguments, as of, expected (action, due on, reason) or None)
    ("not yet due: the first reminder later", B, {}, d(9, 20),
     (Action.SEND_REMINDER, d(10, 2), Reason.NOT_YET_DUE)),
    ("overdue, nothing sent", B, {}, d(10, 10), (Action.SEND_REMINDER, d(10, 2), Reason.OVERDUE)),
    ("after the reminder: call", B, {"letters": (letter("reminder", d(10, 5)),)}, d(10, 20),
     (Action.CALL, d(10, 19), Reason.NO_PAYMENT)),
    ("called and reached: second reminder", B,
     {"letters": (letter("reminder", d(10, 5)),),
      "contacts": ContactFacts(last_reached_call=d(10, 19), last_call_attempt=d(10, 19))},
     d(10, 20), (Action.SEND_SECOND_REMINDER, d(11, 2), Reason.NO_PAYMENT)),
    ("not reached: call again tomorrow", B,
     {"letters": (letter("reminder", d(10, 5)),),
      "contacts": ContactFacts(last_unreached_call=d(10, 19), last_call_attempt=d(10, 19))},
     d(10, 20), (Action.CALL, d(10, 20), Reason.CALL_AGAIN)),
    ("never reached for a step's time: next letter anyway", B,
     {"letters": (letter("reminder", d(10, 5)),),
      "contacts": ContactFacts(last_unreached_call=d(10, 30), last_call_attempt=d(10, 30))},
     d(11, 2), (Action.SEND_SECOND_REMINDER, d(11, 2), Reason.NOT_REACHED)),
    ("a call before the reminder does not count", B,
     {"letters": (letter("reminder", d(10, 5)),),
      "contacts": ContactFacts(last_reached_call=d(10, 3), last_call_attempt=d(10, 3))},
     d(10, 20), (Action.CALL, d(10, 19), Reason.NO_PAYMENT)),
    ("consumer after the second reminder: 14-dagenbrief", C,
     {"letters": (letter("reminder", d(10, 5)), letter("second-reminder", d(11, 2)))},
     d(11, 20), (Action.SEND_FOURTEEN_DAY_LETTER, d(11, 16), Reason.NO_PAYMENT)),
    ("business after the second reminder: final demand", B,
     {"letters": (letter("reminder", d(10, 5)), letter("second-reminder", d(11, 2)))},
     d(11, 20), (Action.SEND_FINAL_DEMAND, d(11, 16), Reason.NO_PAYMENT)),
    ("final demand waits for the 14-day term to run", C,
     {"letters": (letter("second-reminder", d(11, 2)), letter("fourteen-day-letter", d(11, 13)))},
     d(11, 28), (Action.SEND_FINAL_DEMAND, d(12, 2), Reason.NO_PAYMENT)),
    ("after the final demand: hand over", B, {"letters": (letter("final-demand", d(12, 2)),)},
     d(12, 20), (Action.HAND_OVER, d(12, 16), Reason.LADDER_DONE)),
    ("handed over: nothing more", B,
     {"letters": (letter("final-demand", d(12, 2)),),
      "contacts": ContactFacts(last_handover=d(12, 16))}, d(12, 20), None),
    ("handed over, then a letter about it: the file came back", B,
     {"letters": (letter("final-demand", d(12, 2)), letter("final-demand", d(12, 20))),
      "contacts": ContactFacts(last_handover=d(12, 16))}, d(1, 10, 2027),
     (Action.HAND_OVER, d(1, 3, 2027), Reason.LADDER_DONE)),
    ("handed over before it fell due: not part of the file", B,
     {"contacts": ContactFacts(last_handover=d(9, 20))}, d(10, 10),
     (Action.SEND_REMINDER, d(10, 2), Reason.OVERDUE)),
    ("letters about paid invoices do not count", B,
     {"letters": (letter("final-demand", d(9, 2), ids=(99,)),)}, d(10, 10),
     (Action.SEND_REMINDER, d(10, 2), Reason.OVERDUE)),
    ("disputed: resolve first", B, {"invoices": (INV._replace(disputed=True),)}, d(10, 10),
     (Action.RESOLVE_DISPUTE, DUE, Reason.DISPUTED)),
    ("open promise: check on the promised day", B,
     {"promises": (promise("open", d(11, 20)),)}, d(11, 10),
     (Action.CHECK_PROMISE, d(11, 20), Reason.PROMISE_DUE)),
    ("broken promise: call", B, {"promises": (promise("broken", d(11, 20)),)}, d(11, 22),
     (Action.CALL, d(11, 21), Reason.PROMISE_BROKEN)),
    ("broken promise called about: back on the ladder", B,
     {"promises": (promise("broken", d(11, 20)),),
      "letters": (letter("reminder", d(10, 5)),),
      "contacts": ContactFacts(last_reached_call=d(11, 21), last_call_attempt=d(11, 21))},
     d(12, 10), (Action.SEND_SECOND_REMINDER, d(12, 5), Reason.NO_PAYMENT)),
    ("plan: the next instalment to watch", B, {"plans": (plan(),)}, d(11, 25),
     (Action.CHASE_INSTALMENT, d(12, 5), Reason.INSTALMENT_DUE)),
    ("plan: instalment paid, watch the next", B, {"plans": (plan((d(11, 30), 50000)),)},
     d(12, 10), (Action.CHASE_INSTALMENT, d(1, 5, 2027), Reason.INSTALMENT_DUE)),
    ("plan: missed, send a reminder with a short term", B, {"plans": (plan(),)}, d(12, 10),
     (Action.CHASE_INSTALMENT, d(12, 5), Reason.INSTALMENT_MISSED)),
    ("plan: reminded and still unpaid: vervalclausule", B,
     {"plans": (plan(),), "contacts": ContactFacts(last_touch=d(12, 6))}, d(12, 22),
     (Action.CHASE_INSTALMENT, d(12, 21), Reason.PLAN_DEFAULT)),
    ("re-sent invoice: a step's time before the reminder", B,
     {"invoices": (INV._replace(sent_on=d(10, 20)),)}, d(10, 25),
     (Action.SEND_REMINDER, d(11, 3), Reason.RESENT)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "kind", "given", "as_of", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_next_step(case, kind, given, as_of, expected):
    facts = ClientFacts(kind, given.pop("invoices", (INV,)), **given)
    step = next_step(facts, RULES, as_of)
    assert (None if step is None else (step.action, step.due_on, step.reason)) == expected


def test_an_invoice_due_after_the_hand_over_gets_a_ladder_of_its_own():
    """Source: the hand-over takes the overdue file (services/handover.py); a later
    invoice of the same client is chased as usual, from its first reminder."""
    later = OpenInvoice(2, d(12, 20), 25000)
    facts = ClientFacts(
        B,
        (INV, later),
        letters=(letter("final-demand", d(12, 2)),),
        contacts=ContactFacts(last_handover=d(12, 16)),
        promises=(promise("open", d(12, 30)),),  # about invoice 1, which has gone
    )
    step = next_step(facts, RULES, d(12, 25))
    assert (step.action, step.due_on, step.invoice_ids) == (
        Action.SEND_REMINDER, d(12, 21), (2,),
    )  # fmt: skip


def test_a_claim_close_to_prescription_asks_for_a_written_demand_first():
    """art. 3:317 BW: a written demand interrupts prescription (domain/prescription.py).
    The step comes SOON (90 days) before the last day, ahead of every other track."""
    near = INV._replace(disputed=True, last_day=d(12, 30))
    later = OpenInvoice(2, d(11, 1), 25000, last_day=d(11, 1, 2031))
    facts = ClientFacts(B, (near, later))
    steps = client_steps(facts, RULES, d(10, 10))
    first = steps[0]
    assert (first.action, first.reason, first.due_on) == (
        Action.SEND_FINAL_DEMAND, Reason.PRESCRIPTION, d(10, 1),
    )  # fmt: skip
    assert first.invoice_ids == (1,)  # disputed or not, only the one close to its last day
    assert Reason.DISPUTED in {s.reason for s in steps}  # the other tracks go on
    assert Reason.PRESCRIPTION not in {s.reason for s in client_steps(facts, RULES, d(9, 30))}


def test_amount_and_invoices_are_those_overdue():
    later = OpenInvoice(2, d(11, 1), 25000)
    step = next_step(ClientFacts(B, (INV, later)), RULES, d(10, 10))
    assert (step.invoice_ids, step.amount_cents) == ((1,), 100000)
    step = next_step(ClientFacts(B, (INV, later)), RULES, d(11, 10))
    assert (step.invoice_ids, step.amount_cents) == ((1, 2), 125000)


def test_every_track_gives_its_own_step_dispute_first():
    facts = ClientFacts(
        B,
        (INV._replace(disputed=True), OpenInvoice(2, DUE, 5000), OpenInvoice(3, DUE, 7000)),
        promises=(promise("open", d(11, 20), ids=(3,)),),
    )
    steps = client_steps(facts, RULES, d(10, 10))
    assert [(s.action, s.invoice_ids) for s in steps] == [
        (Action.RESOLVE_DISPUTE, (1,)),
        (Action.SEND_REMINDER, (2,)),
        (Action.CHECK_PROMISE, (3,)),  # still to come: after the due ones
    ]


@pytest.mark.parametrize(
    ("steps", "kind", "expected"),
    [
        (RULES.steps, B, ("reminder", "call", "second-reminder", "final-demand")),
        (RULES.steps, C,
         ("reminder", "call", "second-reminder", "fourteen-day-letter", "final-demand")),
        (("reminder", "final-demand"), C,
         ("reminder", "call", "fourteen-day-letter", "final-demand")),
        (("call", "reminder", "bogus"), B, ("call", "reminder")),
    ],
)  # fmt: skip
def test_effective_ladder(steps, kind, expected):
    assert effective_ladder(tuple(steps), kind) == expected


def test_call_first_when_the_ladder_says_so():
    rules = LadderRules(("call", "reminder", "final-demand"), 10)
    step = next_step(ClientFacts(B, (INV,)), rules, d(10, 10))
    assert (step.action, step.due_on) == (Action.CALL, d(10, 2))


def test_urgency_orders_kinds_then_waiting_then_amount():
    as_of = d(12, 1)

    def s(action, due, cents=100, ladder=True):
        return Step(action, due, Reason.NO_PAYMENT, (1,), cents, from_ladder=ladder)

    steps = [
        s(Action.SEND_REMINDER, d(11, 1)),
        s(Action.CALL, d(11, 20), ladder=False),  # a broken promise
        s(Action.SEND_FINAL_DEMAND, d(11, 25)),
        s(Action.SEND_REMINDER, d(11, 1), cents=900),
        s(Action.CHECK_PROMISE, d(12, 1)),
        s(Action.SEND_REMINDER, d(12, 5)),  # not yet due
        s(Action.CALL, d(11, 2)),  # a ladder call
    ]
    ordered = sorted(steps, key=lambda x: x.urgency(as_of))
    assert [(x.action, x.due_on, x.amount_cents) for x in ordered] == [
        (Action.CALL, d(11, 20), 100),
        (Action.SEND_FINAL_DEMAND, d(11, 25), 100),
        (Action.CALL, d(11, 2), 100),
        (Action.SEND_REMINDER, d(11, 1), 900),
        (Action.SEND_REMINDER, d(11, 1), 100),
        (Action.CHECK_PROMISE, d(12, 1), 100),
        (Action.SEND_REMINDER, d(12, 5), 100),
    ]


@pytest.mark.parametrize(
    ("action", "kind"),
    [
        ("send-reminder", "reminder"),
        ("send-second-reminder", "second-reminder"),
        ("send-fourteen-day-letter", "fourteen-day-letter"),
        ("send-final-demand", "final-demand"),
        ("call", None),
        ("hand-over", None),
        ("no-such-step", None),
    ],
)
def test_the_letter_a_step_asks_for(action, kind):
    from debiteur_desk.domain.escalation import letter_for

    assert letter_for(action) == kind


def test_a_first_reminder_months_late_is_not_called_friendly():
    """Found by a user: 'stuur een vriendelijke herinnering' for a debt 200 days late."""
    from debiteur_desk.domain.escalation import Reason

    facts = ClientFacts(ClientKind.BUSINESS, (OpenInvoice(1, DUE, 100),))
    step = next_step(facts, LadderRules(), d(4, 20, 2027))
    assert (step.action, step.reason) == ("send-reminder", Reason.LONG_OVERDUE)
    assert next_step(facts, LadderRules(), d(10, 11)).reason == Reason.OVERDUE
