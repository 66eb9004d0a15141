"""The claim as a court computes it (domain/claim.py): payments to costs, then interest,
then principal (art. 6:44 BW), designated or not (art. 6:43 BW). Each test names its
article and shows its arithmetic.

Most cases use a flat test table so the arithmetic is easy to follow by hand: 7.30% a
year on EUR 1,000 is EUR 0.20 a day (1,000 x 7.30% / 365), 3.65% is EUR 0.10 a day.
"""

from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.domain.claim import (
    CapitalisedInterest,
    ClaimPayment,
    InvoiceClaimInput,
    compute_claim,
)
from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.interest import InterestKind, InterestRate, calculate_interest
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.letter_rules import (
    ClientFacts,
    InvoiceFacts,
    LetterFacts,
    claim_basis,
    interest_start,
)
from debiteur_desk.domain.parties import ClientKind

D = Decimal
COMMERCIAL, CONSUMER = InterestKind.COMMERCIAL, InterestKind.CONSUMER
FLAT = [
    InterestRate(COMMERCIAL, date(2020, 1, 1), D("7.30")),
    InterestRate(CONSUMER, date(2020, 1, 1), D("3.65")),
]
AS_OF = date(2025, 6, 8)
PAID_ON = date(2025, 4, 20)  # 01-03 to 19-04 = 50 days; 20-04 to 08-06 = 50 days


def bill(number="A", principal="1000.00", due=date(2025, 2, 28), start=date(2025, 3, 1), **kw):
    return InvoiceClaimInput(number, D(principal), due, start, **kw)


def paid(day, amount, reference=""):
    return ClaimPayment(day, D(amount), reference)


def periods(line):
    return [(p.start, p.end, p.days, p.base, p.amount) for p in line.periods]


def applied(line):
    return [(a.amount, a.to_costs, a.to_interest, a.to_principal, a.designated)
            for a in line.applications]  # fmt: skip


def test_no_payment_is_plain_interest_plus_costs():
    """Art. 6:119a BW (interest from the day after the due date) and art. 6:96 lid 4 BW
    (costs owed from then): EUR 1,000 due 28-02-2025, 01-03 to 08-06-2025 = 100 days x
    EUR 0.20 = EUR 20.00; costs EUR 150.00; claim 1,000 + 20 + 150 = EUR 1,170.00. With
    no payment the claim's interest is exactly ``calculate_interest``'s."""
    claim = compute_claim([bill(costs=D("150.00"))], AS_OF, COMMERCIAL, FLAT)
    [line] = claim.invoices
    assert periods(line) == [(date(2025, 3, 1), AS_OF, 100, D("1000.00"), D("20.00"))]
    assert line.interest == calculate_interest(D("1000"), date(2025, 3, 1), AS_OF,
                                               COMMERCIAL, FLAT).total  # fmt: skip
    assert (line.principal_open, line.interest_open, line.costs_open) == (
        D("1000.00"), D("20.00"), D("150.00"),
    )  # fmt: skip
    assert claim.total == D("1170.00") and claim.paid == D("0.00")
    assert line.costs_from == date(2025, 3, 1)


def test_partial_payment_that_only_covers_interest():
    """Art. 6:44 lid 1 BW: a payment goes to the interest that has fallen due before the
    principal. 01-03 to 19-04 = 50 days x 0.20 = 10.00 interest; EUR 6.00 paid on 20-04
    all goes to it (4.00 left); the principal stays 1,000.00, so 20-04 to 08-06 = 50 days
    x 0.20 = 10.00 more. Claim: 1,000 + 4.00 + 10.00 = EUR 1,014.00 (the book, with the 6
    on the principal, would say 994.00 plus interest)."""
    claim = compute_claim([bill(payments=(paid(PAID_ON, "6.00"),))], AS_OF, COMMERCIAL, FLAT)
    [line] = claim.invoices
    assert periods(line) == [
        (date(2025, 3, 1), date(2025, 4, 19), 50, D("1000.00"), D("10.00")),
        (PAID_ON, AS_OF, 50, D("1000.00"), D("10.00")),
    ]
    assert applied(line) == [(D("6.00"), D("0.00"), D("6.00"), D("0.00"), True)]
    assert (line.principal_open, line.interest_open) == (D("1000.00"), D("14.00"))
    assert claim.total == D("1014.00")


def test_payment_to_costs_then_interest_then_part_of_the_principal():
    """Art. 6:44 lid 1 BW, order costs - interest - principal: EUR 400 paid on 20-04 pays
    the costs (150.00, owed since 01-03, art. 6:96 lid 4 BW), the interest 01-03 to 19-04
    (50 days x 0.20 = 10.00) and 240.00 of the principal: 760.00 left. 20-04 to 08-06:
    760 x 7.30% x 50 / 365 = 7.60. Claim 760.00 + 7.60 = EUR 767.60 (the book: 600.00)."""
    line_in = bill(costs=D("150.00"), payments=(paid(PAID_ON, "400.00"),))
    claim = compute_claim([line_in], AS_OF, COMMERCIAL, FLAT)
    [line] = claim.invoices
    assert applied(line) == [(D("400.00"), D("150.00"), D("10.00"), D("240.00"), True)]
    assert periods(line)[-1] == (PAID_ON, AS_OF, 50, D("760.00"), D("7.60"))
    assert (line.principal_open, line.interest_open, line.costs_open) == (
        D("760.00"), D("7.60"), D("0.00"),
    )  # fmt: skip
    assert claim.total == D("767.60") and claim.paid == D("400.00")


def test_designated_payment_stays_on_its_invoice():
    """Art. 6:43 lid 1 BW: a payment designated for invoice B goes to B, though A is older;
    within B art. 6:44 still applies. Money not designated goes to the oldest due claim
    (art. 6:43 lid 2 BW), again interest first.

    A: 1,000 due 31-01, interest from 01-02; B: 1,000 due 28-02, from 01-03. On 20-04:
    300 for B pays B's 50 days x 0.20 = 10.00 interest and 290.00 principal (710.00 left);
    100 undesignated pays A's 78 days (01-02 to 19-04) x 0.20 = 15.60 and 84.40 principal
    (915.60 left). Then 50 days to 08-06: A 915.60 x 7.30% x 50/365 = 9.156 -> 9.16;
    B 710 x 7.30% x 50/365 = 7.10. Claim A 924.76 + B 717.10 = EUR 1,641.86."""
    a = bill("A", due=date(2025, 1, 31), start=date(2025, 2, 1))
    b = bill("B", payments=(paid(PAID_ON, "300.00"),))
    claim = compute_claim([a, b], AS_OF, COMMERCIAL, FLAT, undesignated=[paid(PAID_ON, "100")])
    line_a, line_b = claim.invoices
    assert applied(line_b) == [(D("300.00"), D("0.00"), D("10.00"), D("290.00"), True)]
    assert applied(line_a) == [(D("100.00"), D("0.00"), D("15.60"), D("84.40"), False)]
    assert (line_a.principal_open, line_a.interest_open, line_a.total) == (
        D("915.60"), D("9.16"), D("924.76"),
    )  # fmt: skip
    assert (line_b.principal_open, line_b.interest_open, line_b.total) == (
        D("710.00"), D("7.10"), D("717.10"),
    )  # fmt: skip
    assert claim.total == D("1641.86") and claim.unapplied == ()


def test_undesignated_money_goes_to_due_claims_before_claims_not_yet_due():
    """Art. 6:43 lid 2 BW: first the claims that are due, the oldest first. EUR 1,100 on
    20-04: A (due 31-01) takes its 15.60 interest and 1,000.00 principal; the 84.40 left goes
    to N, due only on 31-05 (no interest yet), though its number sorts first: 915.60 left.
    N's interest from 01-06: 8 days x 915.60 x 7.30% / 365 = 1.46. Claim EUR 917.06."""
    a = bill("A", due=date(2025, 1, 31), start=date(2025, 2, 1))
    n = bill("0-N", due=date(2025, 5, 31), start=date(2025, 6, 1))
    claim = compute_claim([a, n], AS_OF, COMMERCIAL, FLAT, undesignated=[paid(PAID_ON, "1100")])
    line_a, line_n = claim.invoices
    assert applied(line_a) == [(D("1015.60"), D("0.00"), D("15.60"), D("1000.00"), False)]
    assert applied(line_n) == [(D("84.40"), D("0.00"), D("0.00"), D("84.40"), False)]
    assert line_a.total == D("0.00")
    assert periods(line_n) == [(date(2025, 6, 1), AS_OF, 8, D("915.60"), D("1.46"))]
    assert claim.total == D("917.06")


def _consumer(letters=()):
    invoice = InvoiceFacts(1, "A", date(2025, 2, 28), D("1000.00"), D("900.00"),
                           reductions=((date(2025, 5, 10), D("100.00")),))  # fmt: skip
    return invoice, ClientFacts(ClientKind.CONSUMER, (invoice,), letters=letters)


def test_consumer_before_default_pays_principal_only():
    """Art. 6:119 with 6:82 BW: a consumer whose payment term was no fatal term (art. 6:83
    sub a) is not in default without a demand that ran out, so no interest runs
    (``letter_rules.interest_start`` is None), and no costs without a 14-dagenbrief
    (art. 6:96 lid 6 BW). EUR 100 paid on 10-05 all reduces the principal: EUR 900.00."""
    invoice, facts = _consumer()
    assert interest_start(invoice, facts, AS_OF) is None
    assert claim_basis(facts, [1], AS_OF).costs is None
    line_in = bill(start=None, payments=(paid(date(2025, 5, 10), "100.00"),))
    claim = compute_claim([line_in], AS_OF, CONSUMER, FLAT)
    [line] = claim.invoices
    assert line.periods == () and line.costs_from is None
    assert applied(line) == [(D("100.00"), D("0.00"), D("0.00"), D("100.00"), True)]
    assert claim.total == D("900.00")


def test_consumer_after_default_interest_first_costs_only_after_the_14_day_term():
    """Art. 6:82 and 6:119 BW: a reminder sent 10-04 with a term to 30-04 that ran out puts
    the consumer in default: interest from 01-05 (``letter_rules.interest_start``). A
    14-dagenbrief posted Thu 01-05-2025 is presumed delivered Sat 03-05; its term ends
    Sat 17-05, moved by the Algemene termijnenwet to Mon 19-05: costs are owed from 20-05
    (art. 6:96 lid 6 BW), on what was open then, 900.00: 15% = EUR 135.00 (Besluit BIK).

    EUR 100 paid on 10-05, before the costs were owed: interest 01-05 to 09-05 = 9 days x
    0.10 = 0.90, then 99.10 principal (900.90 left). 10-05 to 08-06: 30 days x 900.90 x
    3.65% / 365 = 2.70. Claim 900.90 + 2.70 + 135.00 = EUR 1,038.60 (art. 6:44 lid 1)."""
    reminder = LetterFacts(1, LetterKind.REMINDER, frozenset({1}), date(2025, 4, 10),
                           date(2025, 4, 10), date(2025, 4, 30))  # fmt: skip
    fourteen = LetterFacts(2, LetterKind.FOURTEEN_DAY_LETTER, frozenset({1}), date(2025, 5, 1),
                           date(2025, 5, 1), None, D("150.00"))  # fmt: skip
    invoice, facts = _consumer((reminder, fourteen))
    start = interest_start(invoice, facts, AS_OF)
    costs = claim_basis(facts, [1], AS_OF).costs
    assert start == date(2025, 5, 1) and costs is not None and costs.total == D("135.00")
    line_in = bill(start=start, costs=costs.total, costs_from=date(2025, 5, 20),
                   payments=(paid(date(2025, 5, 10), "100.00"),))  # fmt: skip
    claim = compute_claim([line_in], AS_OF, CONSUMER, FLAT)
    [line] = claim.invoices
    assert applied(line) == [(D("100.00"), D("0.00"), D("0.90"), D("99.10"), True)]
    assert periods(line) == [
        (date(2025, 5, 1), date(2025, 5, 9), 9, D("1000.00"), D("0.90")),
        (date(2025, 5, 10), AS_OF, 30, D("900.90"), D("2.70")),
    ]
    assert (line.principal_open, line.interest_open, line.costs_open) == (
        D("900.90"), D("2.70"), D("135.00"),
    )  # fmt: skip
    assert claim.total == D("1038.60")
    # The day before the costs are owed, they are not claimed.
    before = compute_claim([line_in], date(2025, 5, 19), CONSUMER, FLAT)
    assert before.costs_open == D("0.00")


def test_unpaid_interest_is_capitalised_after_a_year_paid_interest_is_not():
    """Art. 6:119 lid 2 / 6:119a lid 3 BW: after each full year the year's interest still
    owed is added to the base. 01-03 to 30-06-2025 = 122 days x 0.20 = 24.40, paid exactly
    on 01-07 (art. 6:44: all to interest, base stays 1,000). 01-07-2025 to 28-02-2026 =
    243 days x 0.20 = 48.60, unpaid: added on 01-03-2026, base 1,048.60. 01-03 to
    31-03-2026: 1,048.60 x 7.30% x 31 / 365 = 6.50. Claim 1,000 + 48.60 + 6.50 =
    EUR 1,055.10."""
    line_in = bill(payments=(paid(date(2025, 7, 1), "24.40"),))
    claim = compute_claim([line_in], date(2026, 3, 31), COMMERCIAL, FLAT)
    [line] = claim.invoices
    assert line.capitalisations == (
        CapitalisedInterest(date(2026, 3, 1), D("48.60"), D("1048.60")),
    )
    assert periods(line)[-1] == (date(2026, 3, 1), date(2026, 3, 31), 31, D("1048.60"),
                                 D("6.50"))  # fmt: skip
    assert (line.principal_open, line.interest_open) == (D("1000.00"), D("55.10"))
    assert claim.total == D("1055.10")


def test_capitalised_interest_is_paid_before_the_running_years():
    """Art. 6:44 lid 1 BW, oldest interest first: after the capitalisation above (48.60 on
    01-03-2026, base 1,048.60), 01-03 to 31-03 runs 6.50. EUR 50 paid on 01-04-2026 pays
    the capitalised 48.60 first (base back to 1,000.00), then 1.40 of the 6.50. 01-04 to
    10-04 = 10 days x 0.20 = 2.00. Claim 1,000 + 5.10 + 2.00 = EUR 1,007.10."""
    line_in = bill(payments=(paid(date(2025, 7, 1), "24.40"), paid(date(2026, 4, 1), "50")))
    claim = compute_claim([line_in], date(2026, 4, 10), COMMERCIAL, FLAT)
    [line] = claim.invoices
    assert applied(line)[-1] == (D("50.00"), D("0.00"), D("50.00"), D("0.00"), True)
    assert periods(line)[-1] == (date(2026, 4, 1), date(2026, 4, 10), 10, D("1000.00"),
                                 D("2.00"))  # fmt: skip
    assert (line.principal_open, line.interest_open) == (D("1000.00"), D("7.10"))
    assert claim.total == D("1007.10")


def test_issue_13_worked_example():
    """Issue 13: EUR 1,000 due 31-01-2026, EUR 600 paid 01-11-2026. It comes out with the
    shipped table for wettelijke rente (art. 6:119 BW, 4% in 2026), interest from the day
    after the due date (a consumer whose term was agreed as a fatal term, art. 6:83 sub a),
    as of 02-12-2026:

    01-02 to 30-06: 150 days x 1,000 x 4% / 365 = 16.44; 01-07 to 31-10: 123 days = 13.48;
    the 600 pays 29.92 interest and 570.08 principal (art. 6:44 lid 1): 429.92 left;
    01-11 to 02-12: 32 days x 429.92 x 4% / 365 = 1.51. Claim 429.92 + 1.51 = EUR 431.43.
    The book, every payment on the principal: 400 + interest on 400 from 01-02 to 02-12
    (6.58 + 6.79) = EUR 413.37."""
    line_in = bill(due=date(2026, 1, 31), start=date(2026, 2, 1),
                   payments=(paid(date(2026, 11, 1), "600.00"),))  # fmt: skip
    claim = compute_claim([line_in], date(2026, 12, 2), CONSUMER)
    [line] = claim.invoices
    assert [p.amount for p in line.periods] == [D("16.44"), D("13.48"), D("1.51")]
    assert applied(line) == [(D("600.00"), D("0.00"), D("29.92"), D("570.08"), True)]
    assert claim.total == D("431.43")
    book = (
        D("400.00")
        + calculate_interest(D("400.00"), date(2026, 2, 1), date(2026, 12, 2), CONSUMER).total
    )
    assert book == D("413.37")


def test_overpayment_is_left_unapplied_and_a_write_off_waives_the_rest():
    """Art. 6:43 lid 2 BW: what is left once every claim is paid is not applied. EUR 1,100
    on 20-04 pays 10.00 interest and 1,000 principal; 90.00 is left over. A write-off on
    20-04 gives up what is owed that day: 1,000 + 10.00 interest = 1,010.00."""
    over = compute_claim([bill(payments=(paid(PAID_ON, "1100", "7"),))], AS_OF, COMMERCIAL, FLAT)
    assert over.total == D("0.00") and over.unapplied == (paid(PAID_ON, "90.00", "7"),)
    waived = compute_claim([bill(waived_on=PAID_ON)], AS_OF, COMMERCIAL, FLAT)
    [line] = waived.invoices
    assert line.waived == D("1010.00") and line.waived_on == PAID_ON
    assert waived.total == D("0.00")


def test_payment_after_the_day_is_left_out_and_bad_amounts_refused():
    claim = compute_claim([bill(payments=(paid(date(2025, 7, 1), "500"),))], AS_OF,
                          COMMERCIAL, FLAT)  # fmt: skip
    assert claim.invoices[0].applications == () and claim.total == D("1020.00")
    with pytest.raises(InvalidInput):
        compute_claim([bill(principal="-1")], AS_OF, COMMERCIAL, FLAT)
    with pytest.raises(InvalidInput):
        compute_claim([bill(payments=(paid(PAID_ON, "0.001"),))], AS_OF, COMMERCIAL, FLAT)


@pytest.mark.parametrize(
    ("received_on", "to_interest", "left_over"),
    [(date(2025, 7, 1), "1515.56", "0.00"), (date(2025, 6, 30), "1512.14", "3.42")],
)
def test_money_received_on_a_day_pays_the_interest_through_the_day_before(
    received_on, to_interest, left_over
):
    """Art. 6:119a and 6:44 lid 1 BW, the app's payment-day convention (docs/dutch-rules.md):
    the business example's EUR 1,515.56 is interest through 30-06-2025, so EUR 11,515.56
    received on 01-07-2025 settles the claim exactly; received a day earlier it is 3.42
    (one day at 11.15% on the capitalised 11,204.10) more than is owed."""
    line = bill(principal="10000.00", due=date(2024, 3, 31), start=date(2024, 4, 1),
                payments=(paid(received_on, "11515.56"),))  # fmt: skip
    claim = compute_claim([line], date(2025, 8, 1), COMMERCIAL)
    [application] = claim.invoices[0].applications
    assert application.to_interest == D(to_interest)
    assert claim.total == 0
    assert sum((u.amount for u in claim.unapplied), D("0.00")) == D(left_over)
