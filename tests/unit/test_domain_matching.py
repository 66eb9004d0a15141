"""Matching bank credits to open invoices (issue 12), against the sample year of
Fietsenmakerij De Spaak (tests/data/statements/expected-2026.json) and small cases.

The year is replayed in order: each credit is matched against the invoices open at that
moment, what the expected file says it pays is then booked (as a user's confirmation,
which also teaches the payer's IBAN), and credit notes count from their date."""

import json
from datetime import date
from pathlib import Path

import pytest

from debiteur_desk.domain.matching import (
    Credit,
    MatchReason,
    OpenItem,
    OpenItems,
    Payers,
    asked_by,
    candidates,
    certain,
    normalise_reference,
)

DATA = Path(__file__).parents[1] / "data" / "statements" / "expected-2026.json"
SURE_BASES = {"betalingskenmerk", "RF creditor reference", "invoice number in remittance",
              "invoice numbers in remittance"}  # fmt: skip


def _year():
    expected = json.loads(DATA.read_text(encoding="utf-8"))
    invoices = {row["invoice"]: row for row in expected["invoices"]}
    ids = {number: i for i, number in enumerate(sorted(invoices), start=1)}
    clients = {}
    for row in invoices.values():
        clients.setdefault(row["customer"], len(clients) + 1)
    open_cents = {n: row["open_at_export_cents"] for n, row in invoices.items()}
    return expected, invoices, ids, clients, open_cents


def _items(invoices, ids, clients, open_cents):
    return [
        OpenItem(ids[n], n, clients[row["customer"]], open_cents[n],
                 date.fromisoformat(row["due_date"]), row["payment_reference"] or "")
        for n, row in invoices.items() if open_cents[n] > 0
    ]  # fmt: skip


def _credit(t):
    text = " ".join(x for x in (t["remittance"], t["end_to_end_id"]) if x)
    return Credit(t["amount_cents"], t["counterparty_iban"] or "", t["counterparty_name"] or "",
                  text, t["reference"] or "")  # fmt: skip


def test_the_sample_year_books_what_is_sure_and_offers_the_rest():
    """Rule 1 and rule 2 with the amount agreeing book by themselves and pay exactly the
    expected invoices; nothing the expected file calls unrelated, ambiguous or a duplicate
    is booked; every other expected match is among the candidates offered for review."""
    expected, invoices, ids, clients, open_cents = _year()
    number_of = {i: n for n, i in ids.items()}
    names = {cid: name for name, cid in clients.items()}
    ibans: dict[str, int] = {}
    booked = offered = 0
    credit_notes = sorted(expected["credit_notes"], key=lambda c: c["date"])
    for t in sorted(expected["transactions"], key=lambda t: t["booking_date"]):
        for note in [c for c in credit_notes if c["date"] <= t["booking_date"]]:
            open_cents[note["credits_invoice"]] -= note["amount_incl_cents"]
            credit_notes.remove(note)
        if t["amount_cents"] <= 0 or t["match"] not in ("invoice", "none"):
            if t["match"] == "reversal":
                for pay in t["pays"]:
                    open_cents[pay["invoice"]] -= pay["amount_cents"]
            continue
        found = candidates(_credit(t), _items(invoices, ids, clients, open_cents),
                           Payers(ibans, names))  # fmt: skip
        sure = certain(found)
        want = (
            {p["invoice"]: p["amount_cents"] for p in t["pays"]} if t["match"] == "invoice" else {}
        )
        if t["match"] == "none":
            assert sure is None, (t["id"], t["none_reason"], sure)
            continue
        offered_here = [{number_of[i]: c for i, c in c.allocations} for c in found]
        if sure is not None:  # booked by itself: exactly what the expected file says
            assert {number_of[i]: c for i, c in sure.allocations} == want, t["id"]
            booked += 1
        else:
            assert want in offered_here, (t["id"], t["match_basis"], offered_here)
            offered += 1
        by_reference = t["match_basis"] in ("betalingskenmerk", "RF creditor reference")
        closes = sum(want.values()) == sum(open_cents[n] for n in want)
        if by_reference or (t["match_basis"] in SURE_BASES and closes):
            assert sure is not None, (t["id"], t["match_basis"], found[:2])
        for number, cents in want.items():
            open_cents[number] -= cents
        client = clients[invoices[next(iter(want))]["customer"]]
        if t["counterparty_iban"]:
            ibans[t["counterparty_iban"]] = client  # learned from the confirmation
    assert (booked, offered) == (34, 9)


def _one(number="2026-0004", cents=8950, client=1, reference="", due=date(2026, 2, 1)):
    return OpenItem(int(number[-2:]), number, client, cents, due, reference)


NOBODY = Payers({}, {})


@pytest.mark.parametrize(
    "text",
    ["fact 2026-0004", "Factuur nr. 2026 0004", "INV20260004", "factuurnummer 2026/0004",
     "betaling 2026-4"],
)  # fmt: skip
def test_an_invoice_number_is_found_however_it_is_written(text):
    found = candidates(Credit(8950, "", "", text, ""), [_one()], NOBODY)
    assert found and found[0].reason is MatchReason.INVOICE_NUMBER
    assert certain(found) is not None


def test_a_reference_with_a_failed_check_digit_still_matches():
    """Rule 1: banks' own samples fail the check digit; the reference is compared as text."""
    item = _one(reference="RF18 5390 0754 7035")
    found = candidates(Credit(8950, "", "", "", "rf18539007547035"), [item], NOBODY)
    assert certain(found).reason is MatchReason.REFERENCE
    assert normalise_reference("RF18 5390-0754.7035") == "RF18539007547035"


def test_a_partial_payment_by_reference_books_as_partial():
    found = candidates(Credit(5000, "", "", "", "5010002167010010"),
                       [_one(reference="5010002167010010")], NOBODY)  # fmt: skip
    assert certain(found).allocations == ((4, 5000),)


def test_a_partial_payment_by_invoice_number_is_asked_about():
    found = candidates(Credit(5000, "", "", "fact 2026-0004", ""), [_one()], NOBODY)
    assert found[0].allocations == ((4, 5000),) and certain(found) is None


def test_two_numbers_in_the_text_pay_both_when_the_amounts_add_up():
    items = [_one("2026-0004", 8950), _one("2026-0007", 1050, due=date(2026, 1, 1))]
    found = candidates(Credit(10000, "", "", "fact 2026-0004 en 2026-0007", ""), items, NOBODY)
    assert certain(found).allocations == ((7, 1050), (4, 8950))


def test_a_known_iban_with_a_combination_of_open_invoices_is_offered_not_booked():
    items = [_one("2026-0001", 1000, due=date(2026, 1, 1)), _one("2026-0002", 2000),
             _one("2026-0003", 5000)]  # fmt: skip
    payers = Payers({"NL91ABNA0417164300": 1}, {1: "Bakker"})
    found = candidates(Credit(3000, "NL91ABNA0417164300", "", "", ""), items, payers)
    assert found[0].allocations == ((1, 1000), (2, 2000)) and certain(found) is None


def test_a_mistyped_number_matches_only_with_the_amount_agreeing():
    """Rule 4: 2026-0040 typed as 2026-0004 (two neighbours swapped)."""
    item = _one("2026-0040", 12345)
    assert candidates(Credit(12345, "", "", "fact 2026-0400", ""), [item], NOBODY)[0].reason \
        is MatchReason.MISTYPED_NUMBER  # fmt: skip
    assert candidates(Credit(100, "", "", "fact 2026-0400", ""), [item], NOBODY) == []


def test_two_invoices_equally_named_are_never_booked_by_themselves():
    items = [_one("2026-0004", 8950, client=1), _one("2026-0004", 8950, client=2)]
    found = candidates(Credit(8950, "", "", "fact 2026-0004", ""), items, NOBODY)
    assert len(found) == 2 and certain(found) is None


def test_an_index_built_for_some_credits_matches_them_as_the_full_index_does():
    """``OpenItems(items, asked_by(credits))`` keeps only the references, numbers and
    amounts those credits look up: every credit of the sample year gets the same
    candidates from it as from the full index, also once a partial payment has left an
    invoice open for exactly a credit's amount."""
    expected, invoices, ids, clients, open_cents = _year()
    items = _items(invoices, ids, clients, open_cents)
    credits = [_credit(t) for t in expected["transactions"] if t["amount_cents"] > 0]
    payers = Payers({}, {cid: name for name, cid in clients.items()})
    full, asked = OpenItems(items), OpenItems(items, asked_by(credits))
    smallest = min(credits, key=lambda c: c.amount_cents)
    bigger = next(i for i in items if i.open_cents > smallest.amount_cents)
    for index in (full, asked):  # partly paid: now open for the smallest credit's amount
        index[bigger.invoice_id] = bigger._replace(open_cents=smallest.amount_cents)
    found = [candidates(c, full, payers) for c in credits]
    assert [candidates(c, asked, payers) for c in credits] == found
    assert sum(1 for f in found if f) >= 30
    assert bigger.invoice_id in [i.invoice_id for i in asked.with_open(smallest.amount_cents)]


def test_an_index_built_for_some_credits_refuses_another_credit():
    """Asked for a number it was not built for, it says so rather than finding nothing."""
    items = OpenItems([_one("2026-0004")], asked_by([Credit(8950, "", "", "fact 2026-0004", "")]))
    assert candidates(Credit(8950, "", "", "fact 2026-0004", ""), items, NOBODY)
    with pytest.raises(KeyError):
        candidates(Credit(8950, "", "", "fact 2026-0005", ""), items, NOBODY)
