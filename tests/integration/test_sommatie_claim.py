"""The sommatie states the claim as a court computes it (issue 13): the same figures as
``debiteur-desk claim --invoice …`` for the same invoices and day, with the payments
applied as art. 6:44 BW does (costs, then interest, then principal) and shown so that the
recipient can follow them. Without payments the letter's figures are what they were."""

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from debiteur_desk.cli import main
from debiteur_desk.domain.bik import calculate_bik
from debiteur_desk.domain.interest import InterestKind, calculate_interest
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import AppliedPayment, LetterKind
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter, mark_letter_sent, prepare_letter
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.settings import change_setting

from ..unit.letters.pdftext import text
from .factories import client, invoice

DAY = date(2026, 12, 2)
ONE_DAY = timedelta(days=1)


@pytest.fixture
def book(db, tmp_path, monkeypatch, today_is):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    today_is(DAY)
    return db


def pay(db, client_id, day, amount, invoice_id=None):
    allocations = ((invoice_id, Decimal(amount)),) if invoice_id else ()
    record_payment(
        db,
        PaymentInput(day, Decimal(amount), client_id, allocations=allocations,
                     keep_as_credit=invoice_id is None),
    )  # fmt: skip


def cli_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def letter_json(capsys, book_url, tmp_path, number=None):
    """``letter final-demand`` for one invoice, or for all of the (only) client's."""
    selection = ["--invoice", number] if number else ["--client", "1"]
    out = tmp_path / f"sommatie-{len(list(tmp_path.iterdir()))}.pdf"
    data = cli_json(capsys, "letter", "final-demand", *selection, "--as-of", DAY.isoformat(),
                    "--db", book_url, "--out", str(out), "--json")  # fmt: skip
    return data["claim"], out


def claim_totals(capsys, book_url, invoices):
    selection = [a for n in invoices for a in ("--invoice", n)]
    return cli_json(capsys, "claim", *selection, "--as-of", DAY.isoformat(),
                    "--db", book_url, "--json")  # fmt: skip


def assert_same_claim(letter, claimed):
    """The letter's figures are the claim's: principal, interest, costs (with BTW) still
    owed, and their total."""
    totals = claimed["totals"]
    assert letter["principal"] == totals["principal"]
    assert letter["interest"] == totals["interest"]
    assert Decimal(letter["costs"]) + Decimal(letter["btw"]) == Decimal(totals["costs"])
    assert Decimal(letter["total"]) == Decimal(totals["total"]) - Decimal(letter["paid"])
    parts = ("principal", "interest", "costs", "btw")
    added = sum((Decimal(letter[k]) for k in parts), Decimal(0)) - Decimal(letter["paid"])
    assert Decimal(letter["total"]) == added


def issue_example(db):
    """Issue 13: a consumer with a fatal term (art. 6:83 sub a BW), EUR 1,000 due
    31-01-2026, EUR 600 received on 01-11-2026 and allocated to the invoice."""
    change_setting(db, "rules.payment_term_agreed", True)
    cid = client(db, "Jansen", ClientKind.CONSUMER, street="Dorpsstraat 1",
                 postcode="1234 AB", city="Utrecht")  # fmt: skip
    iid = invoice(db, cid, "2026-001", "1000.00", date(2026, 1, 1), date(2026, 1, 31))
    pay(db, cid, date(2026, 11, 1), "600.00", iid)
    return cid


def test_art_6_44_sommatie_after_a_partial_payment_claims_what_the_claim_computes(
    book, book_url, tmp_path, capsys
):
    """Art. 6:44 lid 1 BW: the EUR 600 first pays the EUR 29.92 interest that ran up to
    31-10 (the payment day pays interest through the day before), then EUR 570.08 of the
    principal; the sommatie claims EUR 431.43 (principal 429.92, interest 1.51), as
    ``claim --invoice`` does, not the book's EUR 400 plus interest on 400 from February."""
    issue_example(book)
    letter, pdf = letter_json(capsys, book_url, tmp_path, "2026-001")
    assert {k: letter[k] for k in ("principal", "interest", "costs", "btw", "paid", "total")} == {
        "principal": "429.92", "interest": "1.51", "costs": "0.00", "btw": "0.00",
        "paid": "0.00", "total": "431.43",
    }  # fmt: skip
    assert_same_claim(letter, claim_totals(capsys, book_url, ["2026-001"]))
    page = text(pdf.read_bytes())
    assert "Ontvangen op 01-11-2026 € 600,00: € 29,92 rente, € 570,08 hoofdsom" in page
    assert "art. 6:44 BW" in page
    # The columns add up on the page: 1,000.00 - 570.08 and 16.44 + 13.48 - 29.92 + 1.51.
    assert "2026-001 31-01-2026 € 1.000,00 01-02-2026 t/m 30-06-2026" in page
    assert "Nog open € 429,92 € 1,51" in page
    assert "Totaal te betalen € 431,43" in page and "€ 400,00" not in page


def test_art_6_44_the_letter_carries_every_payment_as_applied(book):
    """Art. 6:44 lid 1 BW, per invoice: the letter's context holds the payment split in
    costs, interest and principal, the interest periods on the principal before and after
    it, and the principal the payment left as the invoice's open amount."""
    issue_example(book)
    prepared = prepare_letter(book, LetterRequest(LetterKind.FINAL_DEMAND,
                                                  invoice_number="2026-001"), DAY)  # fmt: skip
    ctx = prepared.context
    assert ctx.applied_payments == (
        AppliedPayment("2026-001", date(2026, 11, 1), Decimal("600.00"), Decimal("0.00"),
                       Decimal("29.92"), Decimal("570.08")),
    )  # fmt: skip
    [line] = ctx.interest
    assert [(p.start, p.end, p.base) for p in line.breakdown.periods] == [
        (date(2026, 2, 1), date(2026, 6, 30), Decimal("1000.00")),
        (date(2026, 7, 1), date(2026, 10, 31), Decimal("1000.00")),
        (date(2026, 11, 1), DAY, Decimal("429.92")),
    ]
    [invoice_line] = ctx.invoices
    assert (invoice_line.paid, invoice_line.open) == (Decimal("570.08"), Decimal("429.92"))
    assert ctx.total_claim == Decimal("431.43")


def test_art_6_96_lid_4_and_6_44_business_payments_pay_the_costs_first(
    book, book_url, tmp_path, capsys
):
    """Art. 6:96 lid 4 BW: a business owes the costs from the day after the due date;
    art. 6:44 lid 1 BW: a later payment pays those costs before interest and principal.
    Three invoices (BIK on the principals added together), two paid in part: the letter
    claims the costs less what the payments paid of them, and adds up to the claim."""
    firm = client(book, "Kok B.V.", ClientKind.BUSINESS)
    k1 = invoice(book, firm, "K-1", "1000.00", date(2026, 1, 1), date(2026, 1, 31))
    invoice(book, firm, "K-2", "250.00", date(2026, 3, 1), date(2026, 3, 31))
    k3 = invoice(book, firm, "K-3", "480.00", date(2026, 5, 1), date(2026, 5, 31))
    pay(book, firm, date(2026, 6, 15), "300.00", k1)
    pay(book, firm, date(2026, 9, 1), "200.00", k1)
    pay(book, firm, date(2026, 5, 20), "80.00", k3)  # before the due date: all principal
    numbers = ["K-1", "K-2", "K-3"]
    letter, pdf = letter_json(capsys, book_url, tmp_path)  # the client's: all three
    claimed = claim_totals(capsys, book_url, numbers)
    assert_same_claim(letter, claimed)
    assert letter["total"] == "1431.35" and letter["costs"] == "97.50"
    [k1_claim] = [line for line in claimed["invoices"] if line["number"] == "K-1"]
    assert k1_claim["payments"][0]["to_costs"] == "75.00"
    page = text(pdf.read_bytes())
    assert "Ontvangen op 15-06-2026 € 300,00: € 75,00 kosten, € 37,26 rente, € 187,74 hoofdsom" in (
        page
    )
    assert "Ontvangen op 20-05-2026 € 80,00: € 80,00 hoofdsom" in page
    assert "Buitengerechtelijke incassokosten € 172,50" in page
    assert "Al betaald op de incassokosten − € 75,00" in page
    assert "Totaal te betalen € 1.431,35" in page
    # One invoice alone: its own share of the claim, again as ``claim`` has it.
    alone, _ = letter_json(capsys, book_url, tmp_path, "K-1")
    assert_same_claim(alone, claim_totals(capsys, book_url, ["K-1"]))


def test_art_6_96_lid_6_consumer_costs_with_btw_partly_paid(book, book_url, tmp_path, capsys):
    """Art. 6:96 lid 6 BW: a consumer owes the BIK (EUR 75, with BTW EUR 15.75 under
    art. 2 lid 3 BIK) once the 14-dagenbrief's term ran out; art. 6:44 BW: EUR 50 received
    after that goes to those costs. The letter claims EUR 40.75 of costs, the BTW in
    proportion (EUR 7.07), and the rest of the claim as ``claim`` computes it."""
    change_setting(book, "rules.payment_term_agreed", True)
    change_setting(book, "rules.bik_with_btw", True)
    person = client(book, "Anna", ClientKind.CONSUMER, street="Dorpsstraat 1",
                    postcode="1234 AB", city="Utrecht")  # fmt: skip
    p1 = invoice(book, person, "P-1", "500.00", date(2026, 8, 1), date(2026, 8, 31))
    on = date(2026, 10, 1)
    made = make_letter(book, LetterRequest(LetterKind.FOURTEEN_DAY_LETTER, letter_date=on,
                                           client_id=person), today=on)  # fmt: skip
    mark_letter_sent(book, made.letter_id, on, "post")
    pay(book, person, date(2026, 11, 2), "50.00", p1)
    letter, pdf = letter_json(capsys, book_url, tmp_path, "P-1")
    claimed = claim_totals(capsys, book_url, ["P-1"])
    assert_same_claim(letter, claimed)
    assert (letter["costs"], letter["btw"]) == ("33.68", "7.07")
    assert letter["principal"] == "500.00"  # nothing of the 50 reached the principal
    page = text(pdf.read_bytes())
    assert "Ontvangen op 02-11-2026 € 50,00: € 50,00 kosten" in page
    assert "Al betaald op de incassokosten − € 50,00" in page


def test_art_6_119a_and_6_96_lid_4_without_payments_the_figures_do_not_change(
    book, book_url, tmp_path, capsys
):
    """Without payments the claim is what the sommatie always said: commercial interest
    (art. 6:119a BW) on each principal from the day after its due date, compounded yearly
    (lid 3), and the BIK on the principals added together with BTW (art. 6:96 lid 4 BW,
    Besluit BIK art. 2 lid 3); money kept as credit is still deducted (``paid``)."""
    change_setting(book, "rules.bik_with_btw", True)
    firm = client(book, "Kok B.V.", ClientKind.BUSINESS, language="en")
    bills = [("K-1", "12500.00", date(2024, 7, 1)), ("K-2", "90.00", date(2026, 3, 31)),
             ("K-3", "480.00", date(2026, 5, 31))]  # fmt: skip
    for number, amount, due in bills:
        invoice(book, firm, number, amount, due - timedelta(days=30), due)
    pay(book, firm, date(2026, 11, 5), "25.00")  # kept as credit, not allocated
    numbers = [n for n, _, _ in bills]
    letter, pdf = letter_json(capsys, book_url, tmp_path)
    claimed = claim_totals(capsys, book_url, numbers)
    assert_same_claim(letter, claimed)
    assert claimed["credit_not_applied"] == "25.00" and letter["paid"] == "25.00"
    # What the sommatie computed before issue 13, from the book: the same figures.
    interest = sum(
        (calculate_interest(Decimal(a), due + ONE_DAY, DAY, InterestKind.COMMERCIAL).total
         for _, a, due in bills),
        Decimal(0),
    )  # fmt: skip
    bik = calculate_bik(sum((Decimal(a) for _, a, _ in bills), Decimal(0)), ClientKind.BUSINESS,
                        with_btw=True)  # fmt: skip
    assert Decimal(letter["interest"]) == interest
    assert (Decimal(letter["costs"]), Decimal(letter["btw"])) == (bik.amount, bik.btw)
    assert letter == {
        "principal": "13070.00", "interest": "3569.00", "costs": "905.70", "btw": "190.20",
        "paid": "25.00", "total": "17709.90", "costs_invoices": ["K-1", "K-2", "K-3"],
        "warnings": letter["warnings"],
    }  # fmt: skip
    page = text(pdf.read_bytes())
    assert "Received" not in page.replace("Received on 05/11/2026, not yet allocated", "")
    assert "Still owed" not in page and "Total to pay €17,709.90" in page
