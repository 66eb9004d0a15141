"""What to do today, and the one next action per client.

The facts about every client that owes something come from six set-wise queries
(``store/queries/collection.py``), never one per client; the rules are pure
(``domain/escalation.py``). ``reason`` is a stable code (``domain.escalation.Reason``);
:func:`describe` turns an item into a sentence in the user's language. ``WorkItem`` and
``describe`` live in ``worklist_items.py`` (no database code, for the window's start-up)
and are importable from here too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from debiteur_desk.domain import clock
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
    letter_for,
)
from debiteur_desk.domain.instalments import InstalmentMatch, MatchResult
from debiteur_desk.domain.letter_rules import named_in_sent_letters
from debiteur_desk.domain.money import from_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.prescription import last_day, term_years
from debiteur_desk.domain.promises import PromiseStatus
from debiteur_desk.domain.sent_check import open_flags
from debiteur_desk.domain.snooze import Snooze
from debiteur_desk.services.letter_facts import sending_facts
from debiteur_desk.services.worklist_items import (
    ACTIONS,
    CHECK_SENT,
    InvoiceSending,
    SnoozeNote,
    WorkItem,
    describe,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.queries import collection as q
from debiteur_desk.store.queries import worklist as wq
from debiteur_desk.store.settings_store import get_setting

_TEXT: dict[str, str] = {e: e.value for e in (*Action, *Reason)}  # plain str, fast


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def _contacts(row: q.ContactRow | None, letter_days: list[date]) -> ContactFacts:
    if row is None:
        return ContactFacts(last_touch=max(letter_days, default=None))
    touches = [d for d in (_day(row.last_contact), *letter_days) if d is not None]
    return ContactFacts(
        last_reached_call=_day(row.last_reached_call),
        last_call_attempt=_day(row.last_call_attempt),
        last_unreached_call=_day(row.last_unreached_call),
        last_handover=_day(row.last_handover),
        last_dispute_call=_day(row.last_dispute_call),
        last_touch=max(touches, default=None),
    )


def _letters(rows: list[q.LetterRow]) -> tuple[LetterFact, ...]:
    by_letter: dict[int, list[q.LetterRow]] = defaultdict(list)
    for row in rows:
        by_letter[row.id].append(row)
    return tuple(
        LetterFact(
            parts[0].kind,
            parts[0].sent_on or parts[0].created_at.date(),
            frozenset(p.invoice_id for p in parts),
        )
        for parts in by_letter.values()
    )


def _plan(row: q.LivePlanRow) -> PlanFact:
    matches = tuple(InstalmentMatch(*part) for part in row.instalments)
    return PlanFact(row.id, row.invoice_ids, MatchResult(matches, 0))


def _promise(row: q.PromiseRow) -> PromiseFact:
    return PromiseFact(
        PromiseStatus(row.status),
        row.promised_by,
        min(row.promised_cents, row.open_cents),
        row.open_invoice_ids,
    )


def _as_then(letter: q.LetterRow, until: date) -> q.LetterRow:
    """A letter sent after ``until`` was, on that day, only made."""
    return letter._replace(sent_on=None) if letter.sent_on and letter.sent_on > until else letter


def _promise_then(row: q.PromiseRow, until: date) -> q.PromiseRow:
    """A promise whose day had not passed on ``until`` was still open then."""
    return row._replace(status="open") if row.promised_by >= until else row


def _gather(
    session: Session, client_id: int | None, until: date | None = None
) -> tuple[list[tuple[q.ClientRow, ClientFacts]], list[q.LetterRow]]:
    """Every owing client with the facts the escalation rules read (seven queries), and
    the letters about their open invoices (sent after ``until``: only made then).
    ``until``: the book as it stood at the end of that day (an earlier as-of date)."""
    invoices: dict[int, list[OpenInvoice]] = defaultdict(list)
    for inv in q.open_invoices(session, client_id, until):
        invoices[inv.client_id].append(OpenInvoice(*inv[1:]))
    open_ids = {i.id for rows in invoices.values() for i in rows}
    letters: dict[int, list[q.LetterRow]] = defaultdict(list)
    for letter in q.letters_on_open_invoices(session, client_id, until):
        if until is None or letter.invoice_id in open_ids:
            letters[letter.client_id].append(_as_then(letter, until) if until else letter)
    contacts = {row.client_id: row for row in q.contact_summary(session, client_id, until)}
    promises: dict[int, list[PromiseFact]] = defaultdict(list)
    statuses = ("open", "broken") if until is None else ("open", "broken", "kept")
    for row in q.promise_rows(session, client_id=client_id, statuses=statuses):
        if until is not None:
            if row.made_on > until:
                continue
            row = _promise_then(row, until)
            if row.status == "kept":
                continue
        if row.open_invoice_ids:
            promises[row.client_id].append(_promise(row))
    plans: dict[int, list[PlanFact]] = defaultdict(list)
    for plan in q.live_plans(session, client_id, until):
        plans[plan.client_id].append(_plan(plan))
    interruptions = q.claim_interruptions(session, client_id)
    result = []
    owing = q.owing_clients(session, client_id, None if until is None else set(invoices))
    for client in owing:
        facts = _letters(letters[client.id]) if client.id in letters else ()
        kind = ClientKind(client.kind)
        years = term_years(kind)
        open_invoices = tuple(
            inv._replace(last_day=last_day(inv.due_date, years, interruptions.get(inv.id, ())))
            for inv in invoices[client.id]
        )
        result.append(
            (
                client,
                ClientFacts(
                    kind,
                    open_invoices,
                    facts,
                    _contacts(contacts.get(client.id), [f.day for f in facts]),
                    tuple(promises.get(client.id, ())),
                    tuple(plans.get(client.id, ())),
                ),
            )
        )
    return result, [row for rows in letters.values() for row in rows]


def _rules(session: Session) -> LadderRules:
    return LadderRules(
        tuple(get_setting(session, "escalation.ladder")),
        int(get_setting(session, "escalation.days_between_steps")),
    )


# The ladder's first step (nothing sent or made yet): check the invoice went out first.
FIRST_REASONS = frozenset({Reason.NOT_YET_DUE, Reason.OVERDUE, Reason.LONG_OVERDUE, Reason.RESENT})


def _asks_check(step: Step) -> bool:
    """The ladder's first step, or any letter step: before it, how its invoices went out is
    checked, as the letter rules hold an unchecked one out of the letter."""
    first = step.from_ladder and step.reason in FIRST_REASONS
    return first or letter_for(step.action) is not None


def _sending(row: wq.SendingRow, as_of: date) -> InvoiceSending:
    """What the book knew on ``as_of`` (sent or checked later: not yet then)."""
    sent_on = row.sent_on if row.sent_on is not None and row.sent_on <= as_of else None
    checked = row.checked_on if row.checked_on is not None and row.checked_on <= as_of else None
    facts = replace(sending_facts(row), sent_on=sent_on)
    # the same rule the letters ask (``letter_rules``): nothing to check once checked
    flags = tuple(flag.value for flag in open_flags(facts, checked, as_of))
    return InvoiceSending(row.invoice_id, row.number, facts, flags, checked)


@dataclass(frozen=True)
class _Read:
    steps: list[tuple[q.ClientRow, list[Step]]]
    snoozes: dict[tuple[int, str], Snooze]
    sending: dict[int, InvoiceSending]

    def item(self, client: q.ClientRow, step: Step) -> WorkItem:
        snooze = self.snoozes.get((client.id, step.action))
        due = step.due_on if snooze is None else max(step.due_on, snooze.until)
        lines = (
            tuple(self.sending[i] for i in step.invoice_ids if i in self.sending)
            if _asks_check(step)
            else ()
        )
        return WorkItem(
            client.id,
            client.name,
            _TEXT[step.action],
            due,
            _TEXT[step.reason],
            step.invoice_ids,
            from_cents(step.amount_cents),
            lines,
            None
            if snooze is None
            else SnoozeNote(snooze.id, snooze.snoozed_on, snooze.until, snooze.reason),
        )


def _read(db: Database, as_of: date, client_id: int | None = None, *, sending: bool) -> _Read:
    """The steps on ``as_of``, the snoozes then, and (``sending``) how the invoices of
    letter steps went out that no sent ladder letter named yet: the same test as the letter
    rules' (``letter_rules.named_in_sent_letters``), on the letters already read."""
    until = as_of if as_of < clock.today() else None  # the book as it stood then
    with db.reading() as session:
        rules = _rules(session)
        gathered, letters = _gather(session, client_id, until)
        steps = [(client, client_steps(facts, rules, as_of)) for client, facts in gathered]
        snoozes = {(s.client_id, s.action): s for s in wq.snoozes_on(session, as_of, client_id)}
        lines: dict[int, InvoiceSending] = {}
        if sending:
            named = named_in_sent_letters(
                ((x.kind, x.sent_on, (x.invoice_id,)) for x in letters), as_of
            )
            unnamed = {
                i
                for _, found in steps
                for step in found
                if _asks_check(step)
                for i in step.invoice_ids
                if i not in named
            }
            if unnamed:
                lines = {
                    row.invoice_id: _sending(row, as_of)
                    for row in wq.sending_rows(session, unnamed)
                }
    return _Read(steps, snoozes, lines)


def _ordered(read: _Read, as_of: date) -> list[tuple[Step, WorkItem]]:
    """Every step with its item, most urgent first; a snoozed step's day is the snooze's."""
    pairs = []
    for client, steps in read.steps:
        for step in steps:
            item = read.item(client, step)
            pairs.append((replace(step, due_on=item.due_on), item, client))
    pairs.sort(key=lambda p: (p[0].urgency(as_of), p[2].name, p[2].id))
    return [(step, item) for step, item, _client in pairs]


@dataclass(frozen=True)
class WorklistRead:
    items: list[WorkItem]  # due on the as-of date, most urgent first
    snoozed: list[WorkItem]  # due, but snoozed until a later day


def worklist_read(db: Database, as_of: date) -> WorklistRead:
    """The worklist and the steps snoozed out of it (``WorkItem.snooze`` says until when)."""
    items, snoozed = [], []
    for step, item in _ordered(_read(db, as_of, sending=True), as_of):
        if step.due_on <= as_of:
            items.append(item)
        elif item.snooze is not None and item.snooze.snoozed_on <= as_of:
            snoozed.append(item)
    return WorklistRead(items, snoozed)


def worklist(db: Database, as_of: date) -> list[WorkItem]:
    """Everything due on or before ``as_of``, most urgent first (``Step.urgency``); steps
    snoozed until a later day are left out."""
    return worklist_read(db, as_of).items


def next_actions(db: Database, as_of: date) -> dict[int, WorkItem]:
    """Per client that owes something, the one next action (due now or still to come)."""
    result: dict[int, WorkItem] = {}
    for _step, item in _ordered(_read(db, as_of, sending=False), as_of):
        result.setdefault(item.client_id, item)  # the most urgent, a snoozed one by its day
    return result


def client_work(db: Database, client_id: int, as_of: date) -> list[WorkItem]:
    """One client's steps on every track, most urgent first (for the client's page)."""
    return [item for _step, item in _ordered(_read(db, as_of, client_id, sending=True), as_of)]


__all__ = [
    "ACTIONS",
    "CHECK_SENT",
    "Reason",
    "WorkItem",
    "WorklistRead",
    "client_work",
    "describe",
    "next_actions",
    "worklist",
    "worklist_read",
]
