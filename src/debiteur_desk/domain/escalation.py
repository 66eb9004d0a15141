"""What to do next about a client: the collection ladder, promises, plans and disputes.

Pure rules over plain facts (``services/worklist.py`` gathers them in a few queries).
Every client has up to five *tracks*, each giving at most one step with the day it is
due; a step due after the as-of day is what will come next if nothing happens.

1. **Disputes** come first: disputed open invoices give ``resolve-dispute`` and are held
   out of every other track until the dispute is resolved (a plan's instalments are not
   chased for them either); only a claim about to prescribe still asks for a written
   demand (5.).
2. **Payment plans** (draft or active): their invoices wait for the plan. The oldest
   unpaid instalment is chased once it is missed (``domain/instalments.py``): a
   reminder with a short term; when that term passes after a reminder (any letter or
   contact that reached the client), the step says the whole remaining amount is due
   (vervalclausule) and the user can mark the plan broken, which returns the invoices
   to the ladder.
3. **Promises**: invoices under an open promise wait until the promised day, when
   ``check-promise`` is due. A broken promise gives ``call`` on the day after the
   promised day; once any call was made after that day the invoices return to the
   ladder.
4. **The ladder** for the other open invoices (one ladder per client, over all of them):
   the steps come from the setting ``escalation.ladder``, a step every
   ``escalation.days_between_steps`` days. As the practice advises (call first, ask
   why), a ``call`` follows the first reminder unless the ladder names the call itself.
   The 14-dagenbrief is for consumers only: it is dropped for businesses and, because a
   consumer owes collection costs only after one, put before the final demand for
   consumers when the ladder lacks it. After the last step comes ``hand-over``.

   The position on the ladder is the latest ladder letter about any of these invoices
   (sent, or made when not marked sent). The call step counts as done when a call
   reached the client on or after that letter's day. When calls were tried but did not
   reach anyone, the call is retried the next day, and after one more step's time the
   next letter is due anyway. The final demand after a 14-dagenbrief waits until the
   letter's legal term has run. A re-sent invoice gives the client a full step's time
   before the first reminder.
5. **Prescription**: an open invoice within ``prescription.SOON`` of its last day (or
   past it) gives ``send-final-demand``, first of all: a written demand keeps the claim
   alive, whatever the other tracks are waiting for.
6. **Handed over**: the invoices overdue on the day of the latest hand-over (to a
   collection agency, bailiff or lawyer) are out of every track; a ladder letter about
   one of them after that day means the file came back, and it returns to the ladder.
   Invoices that fall due later get a ladder of their own.

The most urgent step first (``urgency``): broken promise, missed instalment, dispute,
then the ladder from hand-over down to the first reminder, then checking a promise; then
the longest waiting, then the largest amount.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from debiteur_desk.domain.fourteen_day import fourteen_day_term
from debiteur_desk.domain.instalments import SHORT_TERM_DAYS, MatchResult
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.prescription import SOON
from debiteur_desk.domain.promises import PromiseStatus


class Action(StrEnum):
    SEND_REMINDER = "send-reminder"
    CALL = "call"
    SEND_SECOND_REMINDER = "send-second-reminder"
    SEND_FOURTEEN_DAY_LETTER = "send-fourteen-day-letter"
    SEND_FINAL_DEMAND = "send-final-demand"
    HAND_OVER = "hand-over"
    CHECK_PROMISE = "check-promise"
    CHASE_INSTALMENT = "chase-instalment"
    RESOLVE_DISPUTE = "resolve-dispute"


class Reason(StrEnum):
    NOT_YET_DUE = "not_yet_due"  # the first reminder, once the invoice is overdue
    OVERDUE = "overdue"  # the first reminder
    LONG_OVERDUE = "long_overdue"  # the first reminder, more than a month late: no oversight
    RESENT = "resent"  # the first reminder, a step's time after the invoice was re-sent
    NO_PAYMENT = "no_payment"  # the next ladder step: the last one brought no payment
    CALL_AGAIN = "call_again"  # a call that did not reach anyone, to try again
    NOT_REACHED = "not_reached"  # the next letter, because calls did not reach anyone
    LADDER_DONE = "ladder_done"  # hand over after the last step
    PROMISE_DUE = "promise_due"
    PROMISE_BROKEN = "promise_broken"
    INSTALMENT_DUE = "instalment_due"
    INSTALMENT_MISSED = "instalment_missed"
    PLAN_DEFAULT = "plan_default"  # the vervalclausule: all that remains is due
    DISPUTED = "disputed"
    PRESCRIPTION = "prescription"  # the claim may prescribe soon: a written demand stops it


ONE_DAY = timedelta(days=1)
LONG_OVERDUE = timedelta(days=30)  # later than this, a first reminder is no gentle nudge
CALL = "call"
FOURTEEN_DAY = "fourteen-day-letter"
FINAL_DEMAND = "final-demand"
STEP_ACTIONS = {
    "reminder": Action.SEND_REMINDER,
    CALL: Action.CALL,
    "second-reminder": Action.SEND_SECOND_REMINDER,
    FOURTEEN_DAY: Action.SEND_FOURTEEN_DAY_LETTER,
    FINAL_DEMAND: Action.SEND_FINAL_DEMAND,
}

URGENCY = (
    "prescription",  # a demand before the claim prescribes: miss it and the money is lost
    Action.CALL,  # (after a broken promise; a ladder call ranks with the ladder below)
    Action.CHASE_INSTALMENT,
    Action.RESOLVE_DISPUTE,
    Action.HAND_OVER,
    Action.SEND_FINAL_DEMAND,
    Action.SEND_FOURTEEN_DAY_LETTER,
    Action.SEND_SECOND_REMINDER,
    "ladder-call",
    Action.SEND_REMINDER,
    Action.CHECK_PROMISE,
)


class OpenInvoice(NamedTuple):
    """A named tuple, not a dataclass: the worklist makes one per open invoice in the book."""

    id: int
    due_date: date
    open_cents: int
    disputed: bool = False
    sent_on: date | None = None  # a date after the due date means it was re-sent
    last_day: date | None = None  # before the claim may prescribe (domain/prescription.py)


@dataclass(frozen=True)
class LetterFact:
    kind: str
    day: date  # sent on, or made on when not marked sent
    invoice_ids: frozenset[int]


@dataclass(frozen=True)
class ContactFacts:
    last_reached_call: date | None = None
    last_call_attempt: date | None = None  # any outcome
    last_unreached_call: date | None = None
    last_handover: date | None = None
    last_dispute_call: date | None = None
    last_touch: date | None = None  # a letter, or any contact except an unanswered call


@dataclass(frozen=True)
class PromiseFact:
    status: PromiseStatus  # open or broken (kept and cancelled ones need nothing)
    promised_by: date
    amount_cents: int
    invoice_ids: frozenset[int]


@dataclass(frozen=True)
class PlanFact:
    plan_id: int
    invoice_ids: frozenset[int]
    matched: MatchResult


@dataclass(frozen=True)
class ClientFacts:
    kind: ClientKind
    invoices: tuple[OpenInvoice, ...]
    letters: tuple[LetterFact, ...] = ()
    contacts: ContactFacts = ContactFacts()
    promises: tuple[PromiseFact, ...] = ()
    plans: tuple[PlanFact, ...] = ()


@dataclass(frozen=True)
class LadderRules:
    steps: tuple[str, ...] = ("reminder", "second-reminder", FOURTEEN_DAY, FINAL_DEMAND)
    days_between: int = 14


@dataclass(frozen=True)
class Step:
    action: Action
    due_on: date
    reason: Reason
    invoice_ids: tuple[int, ...]
    amount_cents: int
    from_ladder: bool = False

    def urgency(self, as_of: date) -> tuple[int, int, date, int, int]:
        """Sort key: due steps first, by kind, then the longest waiting, the largest amount;
        then the steps still to come, soonest first."""
        kind = "ladder-call" if self.action is Action.CALL and self.from_ladder else self.action
        if self.reason is Reason.PRESCRIPTION:
            kind = "prescription"
        rank = URGENCY.index(kind)
        if self.due_on <= as_of:
            return (0, rank, self.due_on, 0, -self.amount_cents)
        return (1, 0, self.due_on, rank, -self.amount_cents)


@lru_cache(maxsize=64)
def effective_ladder(steps: tuple[str, ...], kind: ClientKind) -> tuple[str, ...]:
    """The ladder for this client: known steps only, the call after the first one, and the
    14-dagenbrief for consumers only (and always before a consumer's final demand)."""
    ladder = [s for s in dict.fromkeys(steps) if s in STEP_ACTIONS]
    if kind is ClientKind.BUSINESS:
        ladder = [s for s in ladder if s != FOURTEEN_DAY]
    elif FOURTEEN_DAY not in ladder and FINAL_DEMAND in ladder:
        ladder.insert(ladder.index(FINAL_DEMAND), FOURTEEN_DAY)
    if CALL not in ladder:
        ladder.insert(min(1, len(ladder)), CALL)
    return tuple(ladder)


def _after(day: date | None, since: date) -> bool:
    return day is not None and day >= since


def _step(
    action: Action, due_on: date, reason: Reason, invoices: Sequence[OpenInvoice], **kw: bool
) -> Step:
    ids = tuple(sorted(i.id for i in invoices))
    return Step(action, due_on, reason, ids, sum(i.open_cents for i in invoices), **kw)


def _dispute_step(facts: ClientFacts) -> Step | None:
    disputed = [i for i in facts.invoices if i.disputed]
    if not disputed:
        return None
    due = min(i.due_date for i in disputed)
    if facts.contacts.last_dispute_call is not None:
        due = min(due, facts.contacts.last_dispute_call)
    return _step(Action.RESOLVE_DISPUTE, due, Reason.DISPUTED, disputed)


def _plan_step(plan: PlanFact, facts: ClientFacts, as_of: date) -> Step | None:
    """The plan's next instalment to chase; a disputed invoice is not chased (when all of
    the plan's open invoices are disputed, nothing is)."""
    first = plan.matched.first_unpaid()
    if first is None:
        return None
    disputed = {i.id for i in facts.invoices if i.disputed}
    ids = tuple(sorted(plan.invoice_ids - disputed))
    if not ids:
        return None
    if as_of < first.missed_from:
        due, reason, cents = first.missed_from, Reason.INSTALMENT_DUE, first.unpaid_cents
    elif _after(facts.contacts.last_touch, first.missed_from):
        assert facts.contacts.last_touch is not None
        due = facts.contacts.last_touch + timedelta(days=SHORT_TERM_DAYS + 1)
        reason, cents = Reason.PLAN_DEFAULT, plan.matched.remaining_cents
    else:
        due, reason = first.missed_from, Reason.INSTALMENT_MISSED
        cents = sum(i.unpaid_cents for i in plan.matched.missed(as_of))
    return Step(Action.CHASE_INSTALMENT, due, reason, ids, cents)


def _promise_steps(facts: ClientFacts, held: set[int]) -> tuple[list[Step], set[int]]:
    """Steps for open and broken promises, and the invoices they hold out of the ladder."""
    steps: list[Step] = []
    waiting: set[int] = set()
    for promise in sorted(facts.promises, key=lambda p: p.promised_by):
        ids = promise.invoice_ids - held
        if not ids:
            continue
        if promise.status is PromiseStatus.OPEN:
            action, due, reason = Action.CHECK_PROMISE, promise.promised_by, Reason.PROMISE_DUE
        elif not _after(facts.contacts.last_call_attempt, promise.promised_by + ONE_DAY):
            action, due, reason = Action.CALL, promise.promised_by + ONE_DAY, Reason.PROMISE_BROKEN
        else:
            continue  # broken, and called about since: back to the ladder
        waiting |= ids
        steps.append(Step(action, due, reason, tuple(sorted(ids)), promise.amount_cents))
    return steps, waiting


def _ladder_step(
    invoices: Sequence[OpenInvoice], facts: ClientFacts, rules: LadderRules, as_of: date
) -> Step | None:
    if not invoices:
        return None
    ladder = effective_ladder(rules.steps, facts.kind)
    days = timedelta(days=rules.days_between)
    ids = {i.id for i in invoices}
    oldest_due = min(i.due_date for i in invoices)
    letters = [
        letter for letter in facts.letters if letter.kind in ladder and letter.invoice_ids & ids
    ]
    last = max(letters, key=lambda x: (x.day, ladder.index(x.kind)), default=None)
    contacts = facts.contacts

    def step(action: Action, due_on: date, reason: Reason) -> Step:
        target = [i for i in invoices if i.due_date < max(as_of, due_on)]
        return _step(action, due_on, reason, target, from_ladder=True)

    position = ladder.index(last.kind) if last else -1
    base = last.day if last else None
    reason = Reason.NO_PAYMENT
    following = position + 1
    if following < len(ladder) and ladder[following] == CALL:
        since = base or oldest_due + ONE_DAY
        call_due = base + days if base else since
        if _after(contacts.last_reached_call, since):
            assert contacts.last_reached_call is not None
            following, base = following + 1, contacts.last_reached_call
        elif _after(contacts.last_unreached_call, since) and as_of >= call_due + days:
            following, base, reason = following + 1, call_due, Reason.NOT_REACHED
        elif _after(contacts.last_unreached_call, since):
            assert contacts.last_unreached_call is not None
            retry = max(call_due, contacts.last_unreached_call + ONE_DAY)
            return step(Action.CALL, retry, Reason.CALL_AGAIN)
        else:
            return step(Action.CALL, call_due, reason if base else Reason.OVERDUE)
    if base is None:
        due = oldest_due + ONE_DAY
        resent = [i.sent_on for i in invoices if i.sent_on and i.sent_on > i.due_date]
        first_reason = Reason.OVERDUE if due <= as_of else Reason.NOT_YET_DUE
        if as_of - due > LONG_OVERDUE:
            first_reason = Reason.LONG_OVERDUE
        if resent and max(resent) + days > due:
            due, first_reason = max(resent) + days, Reason.RESENT
        return step(STEP_ACTIONS[ladder[following]], due, first_reason)
    due = base + days
    if last is not None and last.kind == FOURTEEN_DAY:
        due = max(due, fourteen_day_term(last.day).bik_owed_from)
    if following >= len(ladder):
        return step(Action.HAND_OVER, due, Reason.LADDER_DONE)
    return step(STEP_ACTIONS[ladder[following]], due, reason)


def _handed_over(facts: ClientFacts) -> set[int]:
    """The invoices that were overdue when the file was handed over, and not taken back."""
    day = facts.contacts.last_handover
    if day is None:
        return set()
    taken_back = {i for letter in facts.letters if letter.day > day for i in letter.invoice_ids}
    return {i.id for i in facts.invoices if i.due_date < day and i.id not in taken_back}


def _prescription_step(facts: ClientFacts, as_of: date) -> Step | None:
    """Whatever else is going on (a dispute, a plan, a promise), a claim close to its last
    day needs a written demand to keep it alive (art. 3:317 BW)."""
    near = [i for i in facts.invoices if i.last_day is not None and i.last_day - SOON <= as_of]
    if not near:
        return None
    first = min(i.last_day for i in near if i.last_day is not None)
    return _step(Action.SEND_FINAL_DEMAND, first - SOON, Reason.PRESCRIPTION, near)


def client_steps(facts: ClientFacts, rules: LadderRules, as_of: date) -> list[Step]:
    """Every track's next step for one client, most urgent first."""
    steps: list[Step] = []
    gone = _handed_over(facts)
    if gone:
        facts = replace(facts, invoices=tuple(i for i in facts.invoices if i.id not in gone))
    held = gone | {i.id for i in facts.invoices if i.disputed}
    if (prescription := _prescription_step(facts, as_of)) is not None:
        steps.append(prescription)
    if (dispute := _dispute_step(facts)) is not None:
        steps.append(dispute)
    for plan in facts.plans:
        if plan.invoice_ids <= gone:
            continue
        held |= plan.invoice_ids
        if (chase := _plan_step(plan, facts, as_of)) is not None:
            steps.append(chase)
    promise_steps, waiting = _promise_steps(facts, held)
    steps += promise_steps
    held |= waiting
    ladder = _ladder_step([i for i in facts.invoices if i.id not in held], facts, rules, as_of)
    if ladder is not None:
        steps.append(ladder)
    return sorted(steps, key=lambda s: s.urgency(as_of))


def next_step(facts: ClientFacts, rules: LadderRules, as_of: date) -> Step | None:
    """The one step to show for a client: the most urgent due one, else the soonest."""
    steps = client_steps(facts, rules, as_of)
    return steps[0] if steps else None


_LETTER_FOR_ACTION = {
    Action.SEND_REMINDER: LetterKind.REMINDER,
    Action.SEND_SECOND_REMINDER: LetterKind.SECOND_REMINDER,
    Action.SEND_FOURTEEN_DAY_LETTER: LetterKind.FOURTEEN_DAY_LETTER,
    Action.SEND_FINAL_DEMAND: LetterKind.FINAL_DEMAND,
}


def letter_for(action: str) -> LetterKind | None:
    """The letter a next step asks for (``None`` when the step is no letter)."""
    try:
        return _LETTER_FOR_ACTION.get(Action(action))
    except ValueError:
        return None
