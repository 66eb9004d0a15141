"""What the letter window needs when it opens: the client's open invoices, the client's
next step, and the letter to start from: the one that step asks for, or, when the step is
no letter (a call, a promise to check), the letter after the last one on the ladder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from debiteur_desk.domain.escalation import CALL, effective_ladder, letter_for
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.services.letter_facts import client_facts
from debiteur_desk.services.reports import InvoiceFilter, InvoiceRow, list_invoices
from debiteur_desk.services.worklist import WorkItem, client_work
from debiteur_desk.store.database import Database
from debiteur_desk.store.settings_store import get_setting


@dataclass(frozen=True)
class LetterChoice:
    invoices: list[InvoiceRow]  # open, for the window's "about" list
    step: WorkItem | None  # the client's most urgent step (due now or still to come)
    suggested: LetterKind  # the letter to start from
    step_is_letter: bool  # False: the step is something else (say so)


def _after_last_letter(db: Database, client_id: int) -> LetterKind:
    with db.reading() as session:
        facts = client_facts(session, client_id)
        steps = tuple(get_setting(session, "escalation.ladder"))
    ladder = [s for s in effective_ladder(steps, facts.kind) if s != CALL]
    made = [x for x in facts.letters if x.kind.value in ladder]
    if not made:
        return LetterKind(ladder[0]) if ladder else LetterKind.REMINDER
    last = max(made, key=lambda x: (x.made_on, ladder.index(x.kind.value)))
    position = min(ladder.index(last.kind.value) + 1, len(ladder) - 1)
    return LetterKind(ladder[position])


def letter_choice(db: Database, client_id: int, as_of: date) -> LetterChoice:
    invoices = list_invoices(db, client_id=client_id, status=InvoiceFilter.OPEN)
    steps = client_work(db, client_id, as_of)
    step = steps[0] if steps else None
    kind = letter_for(step.action) if step is not None else None
    if kind is not None:
        return LetterChoice(invoices, step, kind, True)
    return LetterChoice(invoices, step, _after_last_letter(db, client_id), False)
