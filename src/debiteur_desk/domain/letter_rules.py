"""Whether a letter may be made, about which invoices, with interest and costs from when.

The one place that decides (ARCHITECTURE 13): the facts go in (the client's invoices with
their due dates, what is open and what was paid when; the letters made and *sent*; the
promises and payment plans; the settings), a :class:`Decision` comes out, or a
``RuleViolation`` that names the rule and what to do. The letter window, the command line,
the reminder batch and payment plans all ask :func:`decide` (plans ask
:func:`claim_basis`); none of them decides on its own.

The rules, with their sources:

* **Due first.** No reminder, 14-dagenbrief or sommatie about an invoice that is not yet
  due: before its due date a claim cannot be demanded (art. 6:38 BW) and no one is in
  default (art. 6:81 BW). A letter for the whole client leaves such invoices out.
* **Sent and received first.** No ladder letter names an invoice whose sending check is
  open (``domain/sent_check.py``: never marked as sent, e-mailed to a mistyped address or
  not the client's, a due date off the agreed term, a term over 60 days or, from a large
  company, over 30 (art. 6:119a lid 5 and 6 BW)) until the user checked it or corrected
  the invoice. A reminder or demand about an invoice counts only once the client received
  that invoice: a declaration to someone has effect only once it reached them (art. 3:37
  lid 3 BW). Once a ladder letter naming the invoice was sent, the client had it in
  writing: the check is before the first letter that names it (:func:`named_in_sent_letters`,
  which the worklist asks too, on any letter step). A letter for the whole client leaves
  such invoices out and says why; refused because all are held, the first says why and
  carries the others (``also_held``).
* **Only letters marked as sent count.** A letter only made has no legal effect: it gives
  no term, puts no one in default, is no earlier reminder and no 14-dagenbrief; the
  creditor must prove sending and receipt (art. 3:37 lid 3 BW; HR 25-11-2016,
  ECLI:NL:HR:2016:2704 for the 14-dagenbrief).
* **Not while the creditor agreed to wait.** No ladder letter about an invoice under a
  running promise (an agreed deferral; the creditor granted time, art. 6:83 BW does not
  make the debtor default before it ends) or in a live payment plan (the plan's own clause:
  no further collection steps while it is kept). A broken promise, or an instalment
  missed as of the letter date, lifts this. Disputed invoices wait for the dispute.
* **Default** (verzuim, art. 6:81-6:83 BW). A business is in default the day after the
  due date (art. 6:119a BW: the agreed payment term). A consumer is too when the payment
  term was agreed as a fatal term (art. 6:83 sub a, the setting ``rules.payment_term_agreed``);
  otherwise only once a written demand with a reasonable term, *sent*, has run out
  (ingebrekestelling, art. 6:82 BW). A 14-dagenbrief may be sent only to a consumer in
  default (HR 13-06-2014, ECLI:NL:HR:2014:1405).
* **Interest** runs from the first day of default: for a business the day after the due
  date (art. 6:119a); for a consumer the same with a fatal term, otherwise the day after
  the term of the first sent demand (or 14-dagenbrief) that ran out (art. 6:119, 6:82).
* **Collection costs, business**: at least EUR 40 per invoice, the BIK staffel on the
  principals added together when more, owed the day after the due date without any letter
  (art. 6:96 lid 4 BW; Besluit BIK art. 2).
* **Collection costs, consumer**: only on the invoices named in a sent 14-dagenbrief whose
  term (after the Algemene termijnenwet) has run, on what was still open when it ran out,
  and never more than that letter announced (art. 6:96 lid 6 BW). One 14-dagenbrief for
  all claims in default (principals added together, art. 6:96 lid 7 BW): a 14-dagenbrief
  names every invoice of the client in default on its date that is not already named in
  one, or is refused. While a 14-dagenbrief's term runs, no sommatie.
* **Costs once.** Costs already added to a payment plan for an invoice are not claimed
  again in a later letter.
* **BTW on costs** only with the setting (art. 2 lid 3 BIK: the creditor cannot deduct the
  VAT it pays a collection service), on both the staffel and the EUR 40; a warning when
  the creditor has a VAT number, since it can then normally deduct that VAT.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from debiteur_desk.domain.bik import BTW_RATE, MINIMUM, CollectionCosts, calculate_bik
from debiteur_desk.domain.errors import Notice, RuleViolation
from debiteur_desk.domain.fourteen_day import fourteen_day_term
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.money import ZERO, round_cents
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.promises import PromiseStatus
from debiteur_desk.domain.sent_check import SendingFacts, SentFlag, open_flags

ONE_DAY = timedelta(days=1)
LADDER = frozenset(
    {
        LetterKind.REMINDER,
        LetterKind.SECOND_REMINDER,
        LetterKind.FOURTEEN_DAY_LETTER,
        LetterKind.FINAL_DEMAND,
    }
)
# Letters that demand payment within a term: sent and run out, they put a consumer in
# default (art. 6:82 BW). The 14-dagenbrief's term is the statutory one.
DEMANDS = LADDER


# -- the facts --------------------------------------------------------------------------


@dataclass(frozen=True)
class InvoiceFacts:
    id: int
    number: str
    due_date: date
    amount: Decimal
    open: Decimal  # open now
    reductions: tuple[tuple[date, Decimal], ...] = ()  # payments, credit notes: (day, amount)
    disputed: bool = False
    sending: SendingFacts | None = None  # how it went out; None: unknown, nothing to check
    sent_checked_on: date | None = None  # the user checked it (Klopt, verstuurd)

    def open_on(self, day: date) -> Decimal:
        """What was open at the end of ``day``."""
        return self.amount - sum((a for d, a in self.reductions if d <= day), ZERO)


@dataclass(frozen=True)
class LetterFacts:
    id: int
    kind: LetterKind
    invoice_ids: frozenset[int]
    made_on: date
    sent_on: date | None = None
    deadline: date | None = None  # the term it gave (not the 14-dagenbrief: see below)
    announced_costs: Decimal | None = None  # a 14-dagenbrief: the BIK it stated, no BTW
    announced_btw: Decimal = ZERO

    def term_ends(self) -> date | None:
        """The last day of the term the letter gave, counted from its sending; ``None``
        when it was not sent (or gave no term)."""
        if self.sent_on is None:
            return None
        if self.kind is LetterKind.FOURTEEN_DAY_LETTER:
            return fourteen_day_term(self.sent_on).last_day
        if self.deadline is None or self.deadline <= self.sent_on:
            return None  # sent on or after its own deadline: no term was given
        return self.deadline


@dataclass(frozen=True)
class PromiseFacts:
    invoice_ids: frozenset[int]
    promised_by: date
    state: PromiseStatus


@dataclass(frozen=True)
class PlanFacts:
    id: int
    invoice_ids: frozenset[int]
    live: bool  # draft or active
    missed_from: date | None = None  # the first day an unpaid instalment counts as missed
    costs_added: bool = False


@dataclass(frozen=True)
class ClientFacts:
    kind: ClientKind
    invoices: tuple[InvoiceFacts, ...]  # the client's open invoices
    letters: tuple[LetterFacts, ...] = ()
    promises: tuple[PromiseFacts, ...] = ()
    plans: tuple[PlanFacts, ...] = ()
    credit: Decimal = ZERO  # money received and not allocated to an invoice
    term_is_fatal: bool = False  # rules.payment_term_agreed
    costs_with_btw: bool = False  # rules.bik_with_btw
    creditor_has_vat_number: bool = False


@dataclass(frozen=True)
class LetterAsk:
    kind: LetterKind
    letter_date: date
    invoice_ids: tuple[int, ...] | None = None  # None: the client's whole book


# -- the answer -------------------------------------------------------------------------


class ClaimWarning(StrEnum):
    BTW_DEDUCTIBLE = "btw_deductible"  # BTW on costs while the creditor has a VAT number
    COSTS_IN_PLAN = "costs_in_plan"  # some invoices' costs were already added to a plan


@dataclass(frozen=True)
class ClaimBasis:
    """From which day interest runs per invoice, and which costs are owed, on a day."""

    interest_from: dict[int, date]  # invoice id -> first day of interest; absent: none yet
    costs: CollectionCosts | None
    warnings: tuple[ClaimWarning, ...] = ()


@dataclass(frozen=True)
class Decision:
    invoices: tuple[InvoiceFacts, ...]
    basis: ClaimBasis
    announced: CollectionCosts | None = None  # what a 14-dagenbrief states it will charge
    earlier_reminder: LetterFacts | None = None  # the sent reminder a second one refers to
    left_out: tuple[RuleViolation, ...] = field(default=())  # invoices left out, and why


# -- the rules --------------------------------------------------------------------------


def decide(ask: LetterAsk, facts: ClientFacts) -> Decision:
    """May this letter be made? Raises ``RuleViolation`` with the rule when it may not."""
    if ask.kind not in LADDER:
        raise ValueError(f"{ask.kind} is no ladder letter")  # confirmations follow a record
    if ask.kind is LetterKind.FOURTEEN_DAY_LETTER:
        check_fourteen_day_letter(facts.kind, (), ask.letter_date)
    invoices, left_out = _claimable(ask, facts)
    earlier = None
    announced = None
    if ask.kind is LetterKind.SECOND_REMINDER:
        earlier = _earlier_reminder(invoices, facts, ask.letter_date)
    if ask.kind is LetterKind.FOURTEEN_DAY_LETTER:
        invoices, waiting = _fourteen_day_scope(ask, facts, invoices)
        left_out += [
            RuleViolation("fourteen_day_no_default", number=i.number, due_date=i.due_date)
            for i in waiting
        ]
        announced = _costs_on(facts, invoices, [i.open for i in invoices])
    if ask.kind is LetterKind.FINAL_DEMAND:
        _no_running_fourteen_day_term(invoices, facts, ask.letter_date)
    basis = claim_basis(facts, [i.id for i in invoices], ask.letter_date)
    if ask.kind is not LetterKind.FINAL_DEMAND:
        basis = ClaimBasis({}, None, basis.warnings if announced else ())
    return Decision(tuple(invoices), basis, announced, earlier, tuple(left_out))


def claim_basis(facts: ClientFacts, invoice_ids: Iterable[int], as_of: date) -> ClaimBasis:
    """Interest start per invoice and the costs owed on ``as_of`` (a sommatie, a plan)."""
    chosen = [i for i in facts.invoices if i.id in set(invoice_ids)]
    starts = {}
    for invoice in chosen:
        start = interest_start(invoice, facts, as_of)
        if start is not None and start <= as_of:
            starts[invoice.id] = start
    costs, warnings = _owed_costs(facts, chosen, as_of)
    return ClaimBasis(starts, costs, warnings)


def interest_start(invoice: InvoiceFacts, facts: ClientFacts, as_of: date) -> date | None:
    """The first day of default, when statutory interest starts (see the module text)."""
    if facts.kind is ClientKind.BUSINESS or facts.term_is_fatal:
        return invoice.due_date + ONE_DAY
    ends = [
        end
        for letter in facts.letters
        if letter.kind in DEMANDS and invoice.id in letter.invoice_ids
        if (end := letter.term_ends()) is not None and end < as_of
    ]
    return min(ends) + ONE_DAY if ends else None


def check_fourteen_day_letter(
    kind: ClientKind, invoices: Iterable[tuple[str, date]], letter_date: date
) -> None:
    """What a 14-dagenbrief can be checked against on its own (the letter engine's safety
    net): only to a consumer (art. 6:96 lid 5-6 BW), and only about invoices that are due."""
    if kind is ClientKind.BUSINESS:
        raise RuleViolation("fourteen_day_business_client")
    for number, due_date in invoices:
        if not _is_due(due_date, letter_date):
            raise RuleViolation(
                "letter_invoice_not_due",
                number=number,
                due_date=due_date,
                first_day=due_date + ONE_DAY,
            )


def _is_due(due_date: date, day: date) -> bool:
    """A claim may be demanded from the day after its due date (art. 6:38 BW)."""
    return due_date < day


def in_default(invoice: InvoiceFacts, facts: ClientFacts, on: date) -> bool:
    start = interest_start(invoice, facts, on)
    return start is not None and start <= on


# -- which invoices ---------------------------------------------------------------------


def _held_because(invoice: InvoiceFacts, facts: ClientFacts, day: date) -> str | None:
    """Why no ladder letter may name this invoice on ``day``, or ``None``."""
    if invoice.open <= 0:
        return "letter_invoice_not_open"
    if not _is_due(invoice.due_date, day):
        return "letter_invoice_not_due"
    if invoice.disputed:
        return "letter_invoice_disputed"
    if any(_deferred(p, invoice, day) for p in facts.promises):
        return "letter_invoice_promised"
    if any(_waiting_for_plan(p, invoice, day) for p in facts.plans):
        return "letter_invoice_in_plan"
    if _sending_to_check(invoice, facts, day):
        return "letter_invoice_sent_check_open"
    return None


def named_in_sent_letters(
    letters: Iterable[tuple[str, date | None, Iterable[int]]], day: date
) -> frozenset[int]:
    """The invoices a ladder letter sent by ``day`` names, from (kind, sent on, invoice
    ids) per letter: the client had them in writing, so how they went out is not checked
    again (art. 3:37 lid 3 BW, module text). The worklist asks this too, so it offers the
    check ("Klopt, verstuurd") for exactly the invoices a letter would leave out."""
    return frozenset(
        invoice_id
        for kind, sent_on, invoice_ids in letters
        if kind in LADDER and sent_on is not None and sent_on <= day
        for invoice_id in invoice_ids
    )


def _sending_to_check(invoice: InvoiceFacts, facts: ClientFacts, day: date) -> tuple[SentFlag, ...]:
    """What is still to check about how the invoice went out before a letter names it:
    nothing once a ladder letter naming it was sent (art. 3:37 lid 3 BW, module text)."""
    if invoice.sending is None:
        return ()
    named = named_in_sent_letters(((x.kind, x.sent_on, x.invoice_ids) for x in facts.letters), day)
    return () if invoice.id in named else open_flags(invoice.sending, invoice.sent_checked_on, day)


def _sending_problem(invoice: InvoiceFacts, flag: SentFlag) -> Notice:
    """The first thing that looks wrong, worded as the worklist words it."""
    sending = invoice.sending
    assert sending is not None
    return Notice(
        f"sent_flag_{flag.value}",
        {
            "number": invoice.number,
            "sent_to": sending.sent_to.strip(),
            "client_email": sending.client_email.strip(),
            "due_date": sending.due_date,
            "agreed_due_date": sending.agreed_due_date,
            "term": sending.term_days,
            "agreed_term": sending.agreed_term_days,
        },
    )


def _deferred(promise: PromiseFacts, invoice: InvoiceFacts, day: date) -> bool:
    """A promise still running on ``day``: the creditor agreed to wait until then."""
    running = promise.state is PromiseStatus.OPEN and promise.promised_by >= day
    return running and invoice.id in promise.invoice_ids


def _waiting_for_plan(plan: PlanFacts, invoice: InvoiceFacts, day: date) -> bool:
    """A live plan with no instalment missed by ``day``."""
    kept = plan.missed_from is None or plan.missed_from > day
    return plan.live and kept and invoice.id in plan.invoice_ids


def _refusal(code: str, invoice: InvoiceFacts, facts: ClientFacts, day: date) -> RuleViolation:
    params: dict[str, object] = {
        "number": invoice.number,
        "due_date": invoice.due_date,
        "invoice_id": invoice.id,  # for a caller that lets the user act on it
    }
    if code == "letter_invoice_not_due":
        params["first_day"] = invoice.due_date + ONE_DAY
    if code == "letter_invoice_promised":
        params["until"] = max(p.promised_by for p in facts.promises if _deferred(p, invoice, day))
    if code == "letter_invoice_in_plan":
        params["plan"] = next(p.id for p in facts.plans if _waiting_for_plan(p, invoice, day))
    if code == "letter_invoice_sent_check_open":
        params["problem"] = _sending_problem(invoice, _sending_to_check(invoice, facts, day)[0])
    return RuleViolation(code, **params)


def _claimable(
    ask: LetterAsk, facts: ClientFacts
) -> tuple[list[InvoiceFacts], list[RuleViolation]]:
    day = ask.letter_date
    if ask.invoice_ids is not None:
        wanted = [i for i in facts.invoices if i.id in set(ask.invoice_ids)]
        for invoice in wanted:
            if (code := _held_because(invoice, facts, day)) is not None:
                raise _refusal(code, invoice, facts, day)
        if not wanted:
            raise RuleViolation("letter_nothing_overdue")
        return wanted, []
    chosen, left_out = [], []
    for invoice in sorted(facts.invoices, key=lambda i: (i.due_date, i.number)):
        code = _held_because(invoice, facts, day)
        if code is None:
            chosen.append(invoice)
        elif code not in ("letter_invoice_not_open", "letter_invoice_not_due"):
            left_out.append(_refusal(code, invoice, facts, day))
    if not chosen:
        if left_out:  # the first says why; the others held travel with it
            first, *others = left_out
            raise RuleViolation(first.code, **first.params, also_held=tuple(others))
        raise RuleViolation("letter_nothing_overdue")
    return chosen, left_out


def _sent(letters: Iterable[LetterFacts], kind: LetterKind, ids: set[int]) -> list[LetterFacts]:
    return [x for x in letters if x.kind is kind and x.invoice_ids & ids]


def _earlier_reminder(
    invoices: Sequence[InvoiceFacts], facts: ClientFacts, day: date
) -> LetterFacts:
    ids = {i.id for i in invoices}
    reminders = _sent(facts.letters, LetterKind.REMINDER, ids)
    sent = [x for x in reminders if x.sent_on is not None and x.sent_on < day]
    if sent:
        return max(sent, key=lambda x: (x.sent_on, x.id))
    if reminders:
        raise RuleViolation("letter_reminder_not_sent", made_on=max(x.made_on for x in reminders))
    raise RuleViolation("letter_no_earlier_reminder")


def _fourteen_day_scope(
    ask: LetterAsk, facts: ClientFacts, invoices: list[InvoiceFacts]
) -> tuple[list[InvoiceFacts], list[InvoiceFacts]]:
    """Lid 7: every invoice in default and not yet named in a 14-dagenbrief, or a refusal;
    and the overdue invoices the consumer is not yet in default for (left out)."""
    day = ask.letter_date
    covered = {
        i: letter
        for letter in facts.letters
        if letter.kind is LetterKind.FOURTEEN_DAY_LETTER
        for i in letter.invoice_ids
    }
    for invoice in invoices:
        if (earlier := covered.get(invoice.id)) is not None and ask.invoice_ids is not None:
            code = "fourteen_day_already_sent" if earlier.sent_on else "fourteen_day_already_made"
            raise RuleViolation(code, number=invoice.number, made_on=earlier.made_on)
    fresh = [i for i in invoices if i.id not in covered]
    if not fresh:
        raise RuleViolation("fourteen_day_all_covered")
    waiting = [i for i in fresh if not in_default(i, facts, day)]
    scope = [i for i in fresh if i not in waiting]
    if waiting and (ask.invoice_ids is not None or not scope):
        first = waiting[0]
        raise RuleViolation("fourteen_day_no_default", number=first.number, due_date=first.due_date)
    others = [
        i
        for i in facts.invoices
        if i.id not in covered
        and i not in scope
        and _held_because(i, facts, day) is None
        and in_default(i, facts, day)
    ]
    if others:
        raise RuleViolation("fourteen_day_all_claims", numbers=", ".join(i.number for i in others))
    return scope, waiting


def _no_running_fourteen_day_term(
    invoices: Sequence[InvoiceFacts], facts: ClientFacts, day: date
) -> None:
    ids = {i.id for i in invoices}
    for letter in _sent(facts.letters, LetterKind.FOURTEEN_DAY_LETTER, ids):
        end = letter.term_ends()
        if end is not None and end >= day:
            raise RuleViolation(
                "final_demand_fourteen_day_running", sent_on=letter.sent_on, until=end,
                first_day=end + ONE_DAY,
            )  # fmt: skip


# -- costs ------------------------------------------------------------------------------


def _costs_on(
    facts: ClientFacts, invoices: Sequence[InvoiceFacts], principals: Sequence[Decimal]
) -> CollectionCosts | None:
    """BIK on the principals added together; a business at least EUR 40 per invoice."""
    base = sum(principals, ZERO)
    if facts.kind is ClientKind.CONSUMER:
        base -= min(facts.credit, base)  # money already received lowers what is claimed
    if base <= 0 or not invoices:
        return None
    bik = calculate_bik(base, facts.kind)
    amount, per_invoice = bik.amount, False
    if facts.kind is ClientKind.BUSINESS and MINIMUM * len(invoices) > amount:
        amount, per_invoice = MINIMUM * len(invoices), True
    btw = round_cents(amount * BTW_RATE) if facts.costs_with_btw else ZERO
    ids = tuple(i.id for i in invoices)
    return CollectionCosts(amount, btw, ids, bik, per_invoice)


def _owed_costs(
    facts: ClientFacts, invoices: Sequence[InvoiceFacts], as_of: date
) -> tuple[CollectionCosts | None, tuple[ClaimWarning, ...]]:
    warnings: list[ClaimWarning] = []
    in_plans = {i for p in facts.plans if p.costs_added for i in p.invoice_ids}
    eligible = [i for i in invoices if i.id not in in_plans]
    if len(eligible) < len(invoices):
        warnings.append(ClaimWarning.COSTS_IN_PLAN)
    if facts.costs_with_btw and facts.creditor_has_vat_number:
        warnings.append(ClaimWarning.BTW_DEDUCTIBLE)
    if facts.kind is ClientKind.BUSINESS:
        overdue = [i for i in eligible if i.due_date < as_of]
        return _costs_on(facts, overdue, [i.open for i in overdue]), tuple(warnings)
    parts: list[CollectionCosts] = []
    for letter in facts.letters:
        if letter.kind is not LetterKind.FOURTEEN_DAY_LETTER or letter.sent_on is None:
            continue
        end = fourteen_day_term(letter.sent_on).last_day
        named = [i for i in eligible if i.id in letter.invoice_ids]
        if end >= as_of or not named:
            continue
        costs = _costs_on(facts, named, [i.open_on(end) for i in named])
        if costs is not None:
            parts.append(_capped(costs, letter, facts))
    if not parts:
        return None, tuple(warnings)
    return _added(parts), tuple(warnings)


def _capped(costs: CollectionCosts, letter: LetterFacts, facts: ClientFacts) -> CollectionCosts:
    """Never more than the 14-dagenbrief announced (art. 6:96 lid 6 BW)."""
    if letter.announced_costs is None or costs.amount <= letter.announced_costs:
        return costs
    amount = letter.announced_costs
    btw = min(costs.btw, letter.announced_btw) if facts.costs_with_btw else ZERO
    return CollectionCosts(amount, btw, costs.invoice_ids, costs.bik, costs.per_invoice_minimum)


def _added(parts: Sequence[CollectionCosts]) -> CollectionCosts:
    if len(parts) == 1:
        return parts[0]
    return CollectionCosts(
        sum((c.amount for c in parts), ZERO),
        sum((c.btw for c in parts), ZERO),
        tuple(i for c in parts for i in c.invoice_ids),
        None,
    )
