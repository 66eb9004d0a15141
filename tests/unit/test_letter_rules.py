"""The pure rule behind every letter (domain/letter_rules.py), on plain facts: each test
names the article or ruling it follows."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.letter_rules import (
    ClaimWarning,
    ClientFacts,
    InvoiceFacts,
    LetterAsk,
    LetterFacts,
    PlanFacts,
    PromiseFacts,
    check_fourteen_day_letter,
    claim_basis,
    decide,
    interest_start,
    named_in_sent_letters,
)
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.promises import PromiseStatus
from debiteur_desk.domain.sent_check import SendingFacts

DAY = date(2026, 11, 22)
CONSUMER, BUSINESS = ClientKind.CONSUMER, ClientKind.BUSINESS


def bill(n, amount="100.00", due=date(2026, 9, 30), **kw):
    return InvoiceFacts(n, f"F-{n}", due, Decimal(amount), Decimal(kw.pop("open", amount)), **kw)


def facts(kind=CONSUMER, *invoices, **kw):
    return ClientFacts(kind, tuple(invoices) or (bill(1),), **kw)


def fourteen_day(ids, sent_on, announced="75.00", made_on=None):
    return LetterFacts(9, LetterKind.FOURTEEN_DAY_LETTER, frozenset(ids), made_on or sent_on,
                       sent_on, None, Decimal(announced))  # fmt: skip


def ask(kind, day=DAY, ids=None):
    return LetterAsk(kind, day, ids)


def test_no_14_day_letter_to_a_business():
    """Art. 6:96 lid 4 BW: a business owes the EUR 40 without any letter; the 14-dagenbrief
    is a consumer protection (lid 5-6)."""
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.FOURTEEN_DAY_LETTER), facts(BUSINESS, term_is_fatal=True))
    assert caught.value.code == "fourteen_day_business_client"
    with pytest.raises(RuleViolation):
        check_fourteen_day_letter(BUSINESS, (), DAY)


@pytest.mark.parametrize("letter_day", [date(2026, 9, 1), date(2026, 9, 30)])
def test_nothing_before_the_day_after_the_due_date(letter_day):
    """Art. 6:38 BW: not demandable before the due date; on it, the debtor may still pay."""
    for kind in (LetterKind.REMINDER, LetterKind.FINAL_DEMAND):
        with pytest.raises(RuleViolation) as caught:
            decide(ask(kind, letter_day, (1,)), facts(BUSINESS))
        assert caught.value.code == "letter_invoice_not_due"
        assert caught.value.params["first_day"] == date(2026, 10, 1)


def test_a_consumer_is_in_default_after_a_fatal_term_or_a_sent_demand_that_ran_out():
    """Art. 6:83 sub a BW (fatal term) or 6:82 BW (ingebrekestelling with a term, sent)."""
    invoice = bill(1)
    assert interest_start(invoice, facts(term_is_fatal=True), DAY) == date(2026, 10, 1)
    assert interest_start(invoice, facts(), DAY) is None
    unsent = LetterFacts(1, LetterKind.REMINDER, frozenset({1}), date(2026, 10, 5), None,
                         date(2026, 10, 19))  # fmt: skip
    assert interest_start(invoice, facts(letters=(unsent,)), DAY) is None
    sent = LetterFacts(1, LetterKind.REMINDER, frozenset({1}), date(2026, 10, 5),
                       date(2026, 10, 6), date(2026, 10, 19))  # fmt: skip
    assert interest_start(invoice, facts(letters=(sent,)), DAY) == date(2026, 10, 20)
    late = LetterFacts(1, LetterKind.REMINDER, frozenset({1}), date(2026, 10, 5),
                       date(2026, 10, 25), date(2026, 10, 19))  # fmt: skip
    assert interest_start(invoice, facts(letters=(late,)), DAY) is None  # sent after its term


def test_business_interest_from_the_day_after_the_due_date():
    """Art. 6:119a BW."""
    assert interest_start(bill(1), facts(BUSINESS), DAY) == date(2026, 10, 1)


def test_the_14_day_term_counts_from_sending_after_the_algemene_termijnenwet():
    """Art. 6:96 lid 6 BW, art. 1 Atw: posted Thu 03-12-2026, the term runs to Mon 21-12;
    costs are owed from 22-12, not from Sat 19-12 + 1."""
    known = facts(CONSUMER, bill(1, "500.00"), letters=(fourteen_day({1}, date(2026, 12, 3)),))
    assert claim_basis(known, [1], date(2026, 12, 21)).costs is None
    assert claim_basis(known, [1], date(2026, 12, 22)).costs.amount == Decimal("75.00")
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.FINAL_DEMAND, date(2026, 12, 21)), known)
    assert caught.value.code == "final_demand_fourteen_day_running"


def test_never_more_than_the_14_day_letter_announced():
    """Art. 6:96 lid 6 BW: the letter states the costs; more cannot be claimed later."""
    known = facts(CONSUMER, bill(1, "500.00"),
                  letters=(fourteen_day({1}, date(2026, 10, 1), announced="60.00"),))  # fmt: skip
    assert claim_basis(known, [1], DAY).costs.amount == Decimal("60.00")


def test_partial_payment_within_the_term_lowers_the_costs():
    """Art. 6:96 lid 6 BW (reference: BIK on the unpaid part): €200 of €500 paid in the term."""
    paid = bill(1, "500.00", open="300.00", reductions=((date(2026, 10, 8), Decimal("200")),))
    known = facts(CONSUMER, paid, letters=(fourteen_day({1}, date(2026, 10, 1)),))
    assert claim_basis(known, [1], DAY).costs.amount == Decimal("45.00")
    after = bill(1, "500.00", open="300.00", reductions=((date(2026, 11, 1), Decimal("200")),))
    known = facts(CONSUMER, after, letters=(fourteen_day({1}, date(2026, 10, 1)),))
    assert claim_basis(known, [1], DAY).costs.amount == Decimal("75.00")  # paid after the term


def test_business_costs_at_least_40_per_invoice_with_btw_only_by_setting():
    """Art. 6:96 lid 4 BW: EUR 40 per invoice; art. 2 lid 3 Besluit BIK: BTW only when the
    creditor cannot deduct it, on the EUR 40 path too, with a warning for a VAT number."""
    known = facts(BUSINESS, bill(1, "100.00"), bill(2, "100.00"))
    costs = claim_basis(known, [1, 2], DAY).costs
    assert (costs.amount, costs.btw, costs.per_invoice_minimum) == (Decimal("80"), 0, True)
    known = facts(BUSINESS, bill(1, "100.00"), bill(2, "100.00"), costs_with_btw=True,
                  creditor_has_vat_number=True)  # fmt: skip
    basis = claim_basis(known, [1, 2], DAY)
    assert basis.costs.btw == Decimal("16.80")
    assert ClaimWarning.BTW_DEDUCTIBLE in basis.warnings


def test_costs_already_in_a_plan_are_not_charged_again():
    """BIK compensates the extra-judicial costs once (art. 6:96 lid 2 sub c BW)."""
    plan = PlanFacts(3, frozenset({1}), live=False, costs_added=True)
    basis = claim_basis(facts(BUSINESS, bill(1), bill(2), plans=(plan,)), [1, 2], DAY)
    assert basis.costs.invoice_ids == (2,) and ClaimWarning.COSTS_IN_PLAN in basis.warnings


def test_a_running_promise_holds_the_letters_a_broken_one_does_not():
    """The creditor agreed to wait (art. 6:81-6:83 BW: no default before the new term)."""
    running = PromiseFacts(frozenset({1}), date(2026, 12, 1), PromiseStatus.OPEN)
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.REMINDER), facts(BUSINESS, promises=(running,)))
    assert caught.value.code == "letter_invoice_promised"
    broken = PromiseFacts(frozenset({1}), date(2026, 11, 1), PromiseStatus.BROKEN)
    assert decide(ask(LetterKind.REMINDER), facts(BUSINESS, promises=(broken,))).invoices


def test_a_live_plan_holds_the_letters_until_an_instalment_is_missed():
    """The plan's own clause: no collection steps while it is kept."""
    plan = PlanFacts(3, frozenset({1}), live=True, missed_from=date(2026, 12, 24))
    known = facts(BUSINESS, bill(1), bill(2), plans=(plan,))
    decision = decide(ask(LetterKind.REMINDER), known)
    assert [i.id for i in decision.invoices] == [2]
    assert [v.code for v in decision.left_out] == ["letter_invoice_in_plan"]
    later = decide(ask(LetterKind.REMINDER, date(2026, 12, 24)), known)
    assert [i.id for i in later.invoices] == [1, 2]


def never_sent(due=date(2026, 9, 30)):
    """Due after the agreed 14 days, but never marked as sent."""
    return SendingFacts(due - timedelta(days=14), due, None, None, "", "", 14)


def test_no_letter_names_an_invoice_whose_sending_is_not_checked():
    """Art. 3:37 lid 3 BW: a reminder counts only once the client received the invoice.
    Until the user checked how it went out, a letter for the client leaves it out and
    one about it alone is refused; checked, or named in a reminder that was sent, it is in."""
    unchecked = bill(1, sending=never_sent())
    known = facts(BUSINESS, unchecked, bill(2))
    decision = decide(ask(LetterKind.REMINDER), known)
    assert [i.id for i in decision.invoices] == [2]
    [why] = decision.left_out
    assert (why.code, why.params["number"]) == ("letter_invoice_sent_check_open", "F-1")
    assert why.params["problem"].code == "sent_flag_never_sent"
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.REMINDER, ids=(1,)), known)
    assert caught.value.code == "letter_invoice_sent_check_open"
    checked = bill(1, sending=never_sent(), sent_checked_on=date(2026, 11, 1))
    assert decide(ask(LetterKind.REMINDER, ids=(1,)), facts(BUSINESS, checked)).invoices
    sent = LetterFacts(5, LetterKind.REMINDER, frozenset({1}), date(2026, 10, 5), date(2026, 10, 5))
    again = facts(BUSINESS, unchecked, letters=(sent,))
    assert decide(ask(LetterKind.SECOND_REMINDER, ids=(1,)), again).invoices


def test_only_a_sent_ladder_letter_ends_the_sending_check():
    """Art. 3:37 lid 3 BW: the client had the invoice in writing once a ladder letter naming
    it reached them, not when it was only made, sent later, or no demand (a confirmation).
    The worklist asks the same function, so it offers the check where a letter holds."""
    letters = [
        (LetterKind.REMINDER, date(2026, 10, 5), {1}),  # sent: named
        ("second-reminder", DAY, frozenset({2})),  # the letters table's text works too
        (LetterKind.REMINDER, None, {3}),  # only made
        (LetterKind.FINAL_DEMAND, DAY + timedelta(days=1), {4}),  # sent after the day
        (LetterKind.PAYMENT_PLAN, date(2026, 10, 5), {5}),  # no ladder letter
    ]
    assert named_in_sent_letters(letters, DAY) == {1, 2}


def test_a_refused_letter_carries_every_invoice_held_for_the_sending_check():
    """Art. 3:37 lid 3 BW: when every invoice waits for the check, the refusal says why for
    the first and carries the others, each with its invoice, so the user can confirm all."""
    known = facts(BUSINESS, bill(1, sending=never_sent()), bill(2, sending=never_sent()))
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.REMINDER), known)
    refusal = caught.value
    [other] = refusal.params["also_held"]
    assert (refusal.code, refusal.params["invoice_id"]) == ("letter_invoice_sent_check_open", 1)
    assert (other.code, other.params["invoice_id"]) == ("letter_invoice_sent_check_open", 2)


def test_one_14_day_letter_names_every_claim_in_default():
    """Art. 6:96 lid 7 BW: the principals added together, BIK once: 3 x €100 gives €45."""
    known = facts(CONSUMER, bill(1), bill(2), bill(3), term_is_fatal=True)
    decision = decide(ask(LetterKind.FOURTEEN_DAY_LETTER), known)
    assert decision.announced.amount == Decimal("45.00")
    with pytest.raises(RuleViolation) as caught:
        decide(ask(LetterKind.FOURTEEN_DAY_LETTER, ids=(1,)), known)
    assert caught.value.code == "fourteen_day_all_claims"
