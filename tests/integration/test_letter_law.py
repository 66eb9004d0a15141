"""Every letter holds up: the Dutch rules applied to the right invoices, from the right day,
after the right letters (issue 10). Each test names the article or ruling it follows; each
failed on the code before ``domain/letter_rules.py``."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from debiteur_desk.cli import main
from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.payment_plan import Frequency
from debiteur_desk.domain.promises import CallOutcome
from debiteur_desk.domain.settings_registry import spec_for
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter, mark_letter_sent, prepare_letter
from debiteur_desk.services.payment_plans import (
    PaymentPlanInput,
    create_payment_plan,
    mark_plan_signed,
    plan_additions,
)
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import Letter

from .factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def book(db, tmp_path, monkeypatch, today_is):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path / "letters"))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    change_setting(db, "rules.payment_term_agreed", False)
    today_is(TODAY)
    return db


def fatal_term(db):
    """The payment term was agreed as a fatal term (art. 6:83 sub a BW)."""
    change_setting(db, "rules.payment_term_agreed", True)


def consumer(db, name="Anna de Vries"):
    return client(db, name=name, kind=ClientKind.CONSUMER, street="Dorpsstraat 1",
                  postcode="1234 AB", city="Utrecht")  # fmt: skip


def bill(db, cid, number, amount, due):
    return invoice(db, cid, number, amount, invoice_date=due - timedelta(days=14), due=due)


def letter(db, kind, on=TODAY, **kw):
    return make_letter(db, LetterRequest(kind, letter_date=on, **kw), today=on)


def sent(db, kind, on, **kw):
    made = letter(db, kind, on, **kw)
    mark_letter_sent(db, made.letter_id, on, "post")
    return made


def refused(db, kind, on=TODAY, **kw):
    with pytest.raises(RuleViolation) as caught:
        letter(db, kind, on, **kw)
    return caught.value


def letters_made(db):
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(Letter))


# -- 1. not due, no demand ------------------------------------------------------------


def test_no_demand_letter_for_an_invoice_that_is_not_due(book, book_url, capsys):
    """Before its due date a claim cannot be demanded (art. 6:38 BW) and no one is in
    default (art. 6:81 BW): no reminder, 14-dagenbrief or sommatie, on any path."""
    firm = client(book, name="Bouwbedrijf Kok B.V.")
    bill(book, firm, "2026-0041", "2500.00", TODAY + timedelta(days=18))
    person = consumer(book)
    bill(book, person, "2026-0042", "500.00", TODAY + timedelta(days=18))
    code = main(["--db", book_url, "letter", "final-demand", "--invoice", "2026-0041",
                 "--as-of", TODAY.isoformat()])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == (
        "Factuur 2026-0041 is nog niet vervallen (vervaldatum 10-12-2026); een aanmaning "
        "kan pas vanaf 11-12-2026.\n"
    )
    for kind in (LetterKind.REMINDER, LetterKind.SECOND_REMINDER, LetterKind.FINAL_DEMAND):
        assert refused(book, kind, invoice_number="2026-0041").code == "letter_invoice_not_due"
    assert refused(book, LetterKind.FOURTEEN_DAY_LETTER, invoice_number="2026-0042").code == (
        "letter_invoice_not_due"
    )
    assert refused(book, LetterKind.FINAL_DEMAND, client_id=firm).code == "letter_nothing_overdue"
    assert letters_made(book) == 0


# -- 2. consumer costs only as the 14-dagenbrief announced ----------------------------------


def test_consumer_costs_only_on_the_invoices_of_a_fourteen_day_letter_whose_term_ran(book):
    """Art. 6:96 lid 6 BW: BIK is owed on the invoices the 14-dagenbrief named, after its
    term, never more than it stated. A 14-dagenbrief for one €500 invoice announces €75; a
    later sommatie over three invoices (€1,600) claims €75, not BIK on €1,600 (€240)."""
    fatal_term(book)
    person = consumer(book)
    bill(book, person, "A-1", "500.00", date(2026, 6, 30))
    early = sent(book, LetterKind.FOURTEEN_DAY_LETTER, date(2026, 7, 10), client_id=person)
    assert early.claim.announced_costs == Decimal("75.00")
    bill(book, person, "A-2", "600.00", date(2026, 10, 15))
    bill(book, person, "A-3", "500.00", date(2026, 10, 20))
    demand = letter(book, LetterKind.FINAL_DEMAND, client_id=person)
    assert demand.claim.principal == Decimal("1600.00")
    assert (demand.claim.costs, demand.claim.costs_invoices) == (Decimal("75.00"), ("A-1",))
    ids = tuple(prepare_letter(book, LetterRequest(LetterKind.FINAL_DEMAND, client_id=person),
                               TODAY).invoice_ids)  # fmt: skip
    assert plan_additions(book, ids, TODAY).costs == Decimal("75.00")  # plans alike


def test_consumer_costs_on_what_was_still_open_when_the_term_ran_out(book):
    """Art. 6:96 lid 6 BW and the reference: a partial payment within the term lowers the
    BIK to the staffel on the unpaid part (€300 left of €500: 15% = €45)."""
    fatal_term(book)
    person = consumer(book)
    first = bill(book, person, "P-1", "500.00", date(2026, 9, 30))
    sent(book, LetterKind.FOURTEEN_DAY_LETTER, date(2026, 10, 6), client_id=person)
    record_payment(book, PaymentInput(date(2026, 10, 12), Decimal("200.00"), person,
                                      allocations=((first, Decimal("200.00")),)))  # fmt: skip
    demand = letter(book, LetterKind.FINAL_DEMAND, client_id=person)
    assert demand.claim.costs == Decimal("45.00")


def test_costs_on_the_strength_of_a_fourteen_day_letter_that_was_never_sent(book):
    """Only a letter that was sent has legal effect; the creditor must prove receipt
    (art. 3:37 lid 3 BW; HR 25-11-2016, ECLI:NL:HR:2016:2704): no BIK on one only made."""
    fatal_term(book)
    person = consumer(book)
    bill(book, person, "U-1", "500.00", date(2026, 8, 31))
    made = letter(book, LetterKind.FOURTEEN_DAY_LETTER, date(2026, 9, 7), client_id=person)
    assert letter(book, LetterKind.FINAL_DEMAND, client_id=person).claim.costs == 0
    mark_letter_sent(book, made.letter_id, date(2026, 9, 7), "post")
    assert letter(book, LetterKind.FINAL_DEMAND, client_id=person).claim.costs == Decimal("75.00")


# -- 3. several claims on one consumer: one 14-dagenbrief ---------------------------------


def test_one_fourteen_day_letter_for_every_claim_in_default(book):
    """Art. 6:96 lid 7 BW: several claims on one consumer get one aanmaning, the principals
    added together: three €100 invoices give one letter at €45, not three at €40 (€120);
    no second 14-dagenbrief for invoices already named in one."""
    fatal_term(book)
    person = consumer(book)
    for n in (1, 2, 3):
        bill(book, person, f"D-{n}", "100.00", date(2026, 10, n))
    single = refused(book, LetterKind.FOURTEEN_DAY_LETTER, invoice_number="D-1")
    assert single.code == "fourteen_day_all_claims" and single.params["numbers"] == "D-2, D-3"
    made = letter(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=person)
    assert made.claim.announced_costs == Decimal("45.00") and made.claim.principal == 300
    assert refused(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=person).code == (
        "fourteen_day_all_covered"
    )
    again = refused(book, LetterKind.FOURTEEN_DAY_LETTER, invoice_number="D-2")
    assert again.code == "fourteen_day_already_made"
    mark_letter_sent(book, made.letter_id, TODAY, "post")
    again = refused(book, LetterKind.FOURTEEN_DAY_LETTER, invoice_number="D-2")
    assert again.code == "fourteen_day_already_sent"
    assert letters_made(book) == 1


# -- 4. when consumer interest starts -----------------------------------------------------


def test_the_safe_answer_is_the_default_a_term_on_the_invoice_is_no_fatal_term():
    """A payment term printed only on the invoice is normally no fatal term (art. 6:83 sub
    a BW needs a term agreed as such): the setting starts at no."""
    assert spec_for("rules.payment_term_agreed").default is False


def test_consumer_interest_runs_from_the_end_of_the_term_in_the_demand(book):
    """Art. 6:119 BW: interest over the period of default; without a fatal term, default
    begins when the term of a written demand (ingebrekestelling, art. 6:82 BW) ends."""
    person = consumer(book)
    bill(book, person, "R-1", "1000.00", date(2026, 3, 31))
    assert letter(book, LetterKind.FINAL_DEMAND, client_id=person).claim.interest == 0
    sent(book, LetterKind.REMINDER, date(2026, 4, 10), client_id=person)  # pay by 24-04
    demand = prepare_letter(book, LetterRequest(LetterKind.FINAL_DEMAND, client_id=person), TODAY)
    assert [line.breakdown.start for line in demand.context.interest] == [date(2026, 4, 25)]
    fatal_term(book)
    demand = prepare_letter(book, LetterRequest(LetterKind.FINAL_DEMAND, client_id=person), TODAY)
    assert [line.breakdown.start for line in demand.context.interest] == [date(2026, 4, 1)]


def test_business_interest_runs_from_the_day_after_the_due_date(book):
    """Art. 6:119a BW: commercial interest from the day after the agreed payment day."""
    firm = client(book, name="Kok B.V.")
    bill(book, firm, "K-1", "1000.00", date(2026, 3, 31))
    demand = prepare_letter(book, LetterRequest(LetterKind.FINAL_DEMAND, client_id=firm), TODAY)
    assert [line.breakdown.start for line in demand.context.interest] == [date(2026, 4, 1)]


# -- 5. unsent letters, deferrals and plans ------------------------------------------------


def test_a_fourteen_day_letter_needs_default_from_a_demand_that_was_sent(book):
    """Art. 6:82 BW: without a fatal term a consumer is in default once a written demand
    with a reasonable term has run out; a reminder never marked as sent counts for nothing.
    The 14-dagenbrief may be sent only once the consumer is in default (HR 13-06-2014,
    ECLI:NL:HR:2014:1405)."""
    person = consumer(book)
    bill(book, person, "S-1", "400.00", date(2026, 9, 30))
    reminder = letter(book, LetterKind.REMINDER, date(2026, 10, 5), client_id=person)
    assert refused(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=person).code == (
        "fourteen_day_no_default"
    )
    mark_letter_sent(book, reminder.letter_id, date(2026, 10, 5), "post")
    assert letter(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=person).claim.principal == 400


def test_no_demand_during_an_agreed_deferral(book, today_is):
    """The creditor who agreed to wait until a date cannot demand before it (art. 6:83 and
    6:81 BW: no default before the new term ends); a broken promise lifts this."""
    fatal_term(book)
    person = consumer(book)
    inv = bill(book, person, "P-1", "300.00", date(2026, 10, 1))
    record_phone_call(book, PhoneCallInput(
        person, datetime(2026, 11, 20, 10), CallOutcome.REACHED, invoice_ids=(inv,),
        promise=PromiseInput((inv,), Decimal("300.00"), date(2026, 12, 1)),
    ))  # fmt: skip
    for kind in (LetterKind.FINAL_DEMAND, LetterKind.FOURTEEN_DAY_LETTER):
        refusal = refused(book, kind, client_id=person)
        assert refusal.code == "letter_invoice_promised"
        assert refusal.params["until"] == date(2026, 12, 1)
    today_is(date(2026, 12, 3))  # not paid: the promise is broken
    assert letter(book, LetterKind.FINAL_DEMAND, date(2026, 12, 3), client_id=person).claim


def test_no_demand_for_invoices_in_a_running_payment_plan(book):
    """The plan's own clause: while it is kept, no further collection steps; a sommatie
    would also claim interest and costs again on top of what the plan contains. A missed
    instalment lifts this (the vervalclausule follows its reminder)."""
    firm = client(book, name="Kok B.V.")
    inv = bill(book, firm, "L-1", "1200.00", date(2026, 9, 1))
    plan = create_payment_plan(book, PaymentPlanInput(
        firm, (inv,), Frequency.MONTHLY, first_due=date(2026, 12, 20), count=3,
    ))  # fmt: skip
    mark_plan_signed(book, plan, date(2026, 11, 15))
    refusal = refused(book, LetterKind.FINAL_DEMAND, client_id=firm)
    assert refusal.code == "letter_invoice_in_plan" and refusal.params["plan"] == plan
    assert refused(book, LetterKind.REMINDER, invoice_number="L-1").code == (
        "letter_invoice_in_plan"
    )
    late = date(2027, 1, 5)  # the first instalment (20-12) was missed
    assert letter(book, LetterKind.REMINDER, late, client_id=firm).claim.principal == 1200


# -- the command line ---------------------------------------------------------------------


def test_letter_json_shows_the_claim_and_mark_sent_gives_it_legal_effect(book, book_url, capsys):
    fatal_term(book)
    person = consumer(book)
    bill(book, person, "J-1", "500.00", date(2026, 8, 31))
    made = letter(book, LetterKind.FOURTEEN_DAY_LETTER, date(2026, 9, 7), client_id=person)
    args = ["--db", book_url, "mark-sent", str(made.letter_id), "--on", "2026-09-07",
            "--via", "registered", "--tracking", "3SABCD123456789"]  # fmt: skip
    assert main(args) == 0
    assert capsys.readouterr().out == f"Brief {made.letter_id} verstuurd op 07-09-2026.\n"
    args = ["--db", book_url, "letter", "final-demand", "--client", str(person),
            "--as-of", TODAY.isoformat(), "--deadline", "2026-12-04", "--json"]  # fmt: skip
    assert main(args) == 0
    import json

    claim = json.loads(capsys.readouterr().out)["claim"]
    assert claim["principal"] == "500.00" and claim["costs"] == "75.00"
    assert claim["costs_invoices"] == ["J-1"] and claim["btw"] == "0.00"
    expected = Decimal(claim["principal"]) + Decimal(claim["interest"]) + Decimal("75.00")
    assert Decimal(claim["total"]) == expected and Decimal(claim["interest"]) > 0
    assert isinstance(claim["warnings"], list)


def test_deadline_of_your_own_and_where_it_does_not_apply(book, book_url, capsys):
    firm = client(book, name="Kok B.V.")
    bill(book, firm, "T-1", "100.00", date(2026, 10, 1))
    base = ["--db", book_url, "letter", "reminder", "--client", str(firm),
            "--as-of", TODAY.isoformat()]  # fmt: skip
    assert main([*base, "--deadline", "2026-11-22"]) == 1
    assert "moet na de datum van de brief liggen" in capsys.readouterr().err
    assert main([*base, "--deadline", "2026-12-11", "--json"]) == 0
    with book.reading() as s:
        data = s.scalars(select(Letter.data_json)).one()
    assert '"deadline": "2026-12-11"' in data


def test_characters_the_letter_cannot_print_are_named_before_sending(book, book_url, capsys):
    """An emoji in a name prints as '?': the command line says so (the window too)."""
    firm = client(book, name="Fietsen 🚲 Kok")
    bill(book, firm, "E-1", "100.00", date(2026, 10, 1))
    args = ["--db", book_url, "letter", "reminder", "--client", str(firm),
            "--as-of", TODAY.isoformat(), "--json"]  # fmt: skip
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "🚲" in captured.err and "'?'" in captured.err
    import json

    codes = [w["code"] for w in json.loads(captured.out)["claim"]["warnings"]]
    assert codes == ["letter_unprintable"]
