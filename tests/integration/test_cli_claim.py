"""``debiteur-desk claim`` (issue 13): the claim as a court computes it, read from the book.
The ``--json`` shape is a public interface; bad input exits 1 with one line on stderr."""

import json
from datetime import date
from decimal import Decimal

import pytest

from debiteur_desk.cli import main
from debiteur_desk.domain.errors import NotFound, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.claim import client_claim, invoices_claim
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter, mark_letter_sent
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.settings import change_setting

from .factories import client, invoice

AS_OF = "2026-12-02"
INVOICE_KEYS = {
    "number", "invoice_date", "due_date", "principal", "interest_from", "costs", "costs_btw",
    "costs_from", "disputed", "book_open", "periods", "capitalisations", "payments",
    "waived_on", "waived", "interest", "open",
}  # fmt: skip


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pay(db, client_id, day, amount, invoice_id=None):
    allocations = ((invoice_id, Decimal(amount)),) if invoice_id else ()
    return record_payment(
        db,
        PaymentInput(
            received_on=day,
            amount=Decimal(amount),
            client_id=client_id,
            allocations=allocations,
            keep_as_credit=invoice_id is None,
        ),
    )


@pytest.fixture
def issue_book(db):
    """Issue 13's example: a consumer whose payment term was agreed as a fatal term (art.
    6:83 sub a BW, so interest from the day after the due date), EUR 1,000 due 31-01-2026,
    EUR 600 paid on 01-11-2026 and allocated to the invoice."""
    change_setting(db, "rules.payment_term_agreed", True)
    cid = client(db, "Jansen", ClientKind.CONSUMER)
    iid = invoice(db, cid, "2026-001", "1000.00", date(2026, 1, 1), date(2026, 1, 31))
    pay(db, cid, date(2026, 11, 1), "600.00", iid)
    return cid


def test_claim_json_shape_and_the_issue_example(issue_book, book_url, capsys):
    """Art. 6:44 lid 1 BW: the EUR 600 pays 29.92 interest first; claim EUR 431.43 where the
    book (principal only) has EUR 400.00 open."""
    code, out, _ = run(capsys, "claim", "--client", str(issue_book), "--as-of", AS_OF,
                       "--db", book_url, "--json")  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"as_of", "client", "interest_kind", "term_is_fatal", "invoices",
                         "unapplied", "credit_not_applied", "totals", "warnings"}  # fmt: skip
    assert data["as_of"] == AS_OF and data["term_is_fatal"] is True
    assert data["client"] == {"id": issue_book, "name": "Jansen", "kind": "consumer"}
    assert data["interest_kind"] == "consumer"
    [line] = data["invoices"]
    assert set(line) == INVOICE_KEYS
    assert line["interest_from"] == "2026-02-01" and line["book_open"] == "400.00"
    assert [(p["from"], p["to"], p["days"], p["rate"], p["base"], p["interest"])
            for p in line["periods"]] == [
        ("2026-02-01", "2026-06-30", 150, "4.00", "1000.00", "16.44"),
        ("2026-07-01", "2026-10-31", 123, "4.00", "1000.00", "13.48"),
        ("2026-11-01", "2026-12-02", 32, "4.00", "429.92", "1.51"),
    ]  # fmt: skip
    [payment] = line["payments"]
    assert {k: payment[k] for k in ("date", "amount", "to_costs", "to_interest",
                                    "to_principal", "designated")} == {
        "date": "2026-11-01", "amount": "600.00", "to_costs": "0.00", "to_interest": "29.92",
        "to_principal": "570.08", "designated": True,
    }  # fmt: skip
    assert line["open"] == {"principal": "429.92", "interest": "1.51", "costs": "0.00",
                            "total": "431.43"}  # fmt: skip
    assert data["totals"] == {
        "principal": "429.92", "interest": "1.51", "costs": "0.00", "total": "431.43",
        "paid": "600.00", "book_open": "400.00",
    }  # fmt: skip
    # The 2026 consumer rates ship unverified: said in the JSON and on stderr.
    assert {w["code"] for w in data["warnings"]} == {"rate_warning_unverified"}


def test_claim_text_is_dutch_and_english_on_request(issue_book, book_url, capsys):
    code, out, _ = run(capsys, "claim", "--invoice", "2026-001", "--as-of", "02-12-2026",
                       "--db", book_url)  # fmt: skip
    assert code == 0
    assert "Vordering op Jansen" in out and "per 02-12-2026" in out
    assert "art. 6:44 BW" in out and "Wettelijke rente (art. 6:119 BW)" in out
    assert "totaal €\xa0431,43" in out and "€\xa0400,00" in out  # a non-breaking space
    code, out, _ = run(capsys, "claim", "--invoice", "2026-001", "--as-of", AS_OF,
                       "--db", book_url, "--lang", "en")  # fmt: skip
    assert code == 0 and "Claim against Jansen" in out and "total €431.43" in out


def test_unknown_client_exits_1_with_one_line(db, book_url, capsys):
    code, out, err = run(capsys, "claim", "--client", "999", "--db", book_url)
    assert code == 1 and out == ""
    assert err.strip() == "Klant 999 bestaat niet." and err.count("\n") == 1


def test_unknown_invoice_and_invoices_of_two_clients(db, book_url, capsys):
    a = client(db, "A")
    b = client(db, "B")
    invoice(db, a, "A-1", "100.00")
    invoice(db, b, "B-1", "100.00")
    code, _, err = run(capsys, "claim", "--invoice", "X-9", "--db", book_url, "--lang", "en")
    assert code == 1 and err.count("\n") == 1 and "X-9" in err
    with pytest.raises(RuleViolation) as caught:
        invoices_claim(db, ["A-1", "B-1"], date(2026, 12, 1))
    assert caught.value.code == "claim_one_client"
    with pytest.raises(NotFound):
        client_claim(db, 12345, date(2026, 12, 1))


def test_business_costs_per_invoice_and_credit_applied_to_the_oldest(db):
    """Art. 6:96 lid 4 BW and Besluit BIK art. 2: a business owes at least EUR 40 per late
    invoice: two invoices of 100.00, staffel 15% x 200 = 30.00 < 2 x 40, so 40.00 each, owed
    from the day after each due date. EUR 150 kept as credit (not designated) on 01-10-2026
    goes by art. 6:43 lid 2 to the oldest due claim, within it by art. 6:44: costs 40.00,
    interest, then principal; the rest to the next invoice."""
    cid = client(db, "Bakkerij", ClientKind.BUSINESS)
    invoice(db, cid, "F-1", "100.00", date(2026, 8, 1), date(2026, 8, 31))
    invoice(db, cid, "F-2", "100.00", date(2026, 8, 15), date(2026, 9, 14))
    pay(db, cid, date(2026, 10, 1), "150.00")
    report = client_claim(db, cid, date(2026, 10, 31))
    first, second = report.claim.invoices
    assert (first.costs, first.costs_from) == (Decimal("40.00"), date(2026, 9, 1))
    assert (second.costs, second.costs_from) == (Decimal("40.00"), date(2026, 9, 15))
    [applied] = first.applications
    assert applied.to_costs == Decimal("40.00") and applied.designated is False
    # F-1: interest 01-09 to 30-09 on 100 at the shipped 10.15%: 30 days = 0.83.
    assert applied.to_interest == Decimal("0.83") and first.principal_open == Decimal("0.00")
    [rest] = second.applications
    # 150.00 - 140.83 = 9.17 left: F-2's costs first.
    assert (rest.amount, rest.to_costs) == (Decimal("9.17"), Decimal("9.17"))
    assert second.costs_open == Decimal("30.83") and second.principal_open == Decimal("100.00")
    assert report.book_open == Decimal("200.00")  # the credit is not allocated in the book
    assert report.credit_not_applied == Decimal("0.00")
    # The same invoices named one by one: the credit is shown, not applied.
    named = invoices_claim(db, ["F-1", "F-2"], date(2026, 10, 31))
    assert named.credit_not_applied == Decimal("150.00")
    assert named.claim.paid == Decimal("0.00")


def test_consumer_default_and_costs_come_from_the_sent_letters(db, tmp_path, monkeypatch):
    """Art. 6:82 and 6:119 BW: without a fatal term a consumer is in default once a sent
    reminder's term has run: reminder of 01-09-2026, term to 15-09, interest from 16-09.
    Art. 6:96 lid 6 BW: costs only after the 14-dagenbrief (posted Thu 01-10-2026, presumed
    delivered Sat 03-10, term to Sat 17-10, moved to Mon 19-10 by the Algemene termijnenwet),
    so from 20-10, on what was open then in the book (800.00): 15% = EUR 120.00.

    EUR 200 paid on 10-10, before the costs were owed: interest 16-09 to 09-10 = 24 days x
    1,000 x 4% / 365 = 2.63, then 197.37 principal (802.63 left). 10-10 to 22-11 = 44 days
    x 802.63 x 4% / 365 = 3.87. Claim 802.63 + 3.87 + 120.00 = EUR 926.50."""
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    change_setting(db, "rules.payment_term_agreed", False)
    cid = client(db, "Anna de Vries", ClientKind.CONSUMER, street="Dorpsstraat 1",
                 postcode="1234 AB", city="Utrecht")  # fmt: skip
    iid = invoice(db, cid, "C-1", "1000.00", date(2026, 8, 17), date(2026, 8, 31))
    for kind, day in ((LetterKind.REMINDER, date(2026, 9, 1)),
                      (LetterKind.FOURTEEN_DAY_LETTER, date(2026, 10, 1))):  # fmt: skip
        made = make_letter(db, LetterRequest(kind, client_id=cid, letter_date=day), today=day)
        mark_letter_sent(db, made.letter_id, day, "post")
    pay(db, cid, date(2026, 10, 10), "200.00", iid)
    report = client_claim(db, cid, date(2026, 11, 22))
    [line] = report.claim.invoices
    assert line.interest_start == date(2026, 9, 16)
    assert (line.costs, line.costs_from) == (Decimal("120.00"), date(2026, 10, 20))
    [applied] = line.applications
    assert (applied.to_costs, applied.to_interest, applied.to_principal) == (
        Decimal("0.00"), Decimal("2.63"), Decimal("197.37"),
    )  # fmt: skip
    assert (line.principal_open, line.interest_open, line.costs_open) == (
        Decimal("802.63"), Decimal("3.87"), Decimal("120.00"),
    )  # fmt: skip
    assert report.claim.total == Decimal("926.50") and report.book_open == Decimal("800.00")
    # Before the 14-dagenbrief's term ran out, no costs are claimed.
    assert client_claim(db, cid, date(2026, 10, 19)).claim.costs_open == Decimal("0.00")
