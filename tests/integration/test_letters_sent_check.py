"""No letter about an invoice that may never have reached the client (issue 13).

The worklist asks "did the invoice really go out?" before the first reminder; the letter
rules ask the same (``domain/letter_rules.py``), so the reminder batch, the letter window
and the command line refuse alike until the user confirms ("Klopt, verstuurd") or corrects
the invoice. A reminder or demand about an invoice only counts once the client received
that invoice: a declaration made to someone has effect only once it reached them (art. 3:37
lid 3 BW).
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from debiteur_desk.cli import main
from debiteur_desk.domain.errors import RuleViolation
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.invoices import invoice_input_of, update_invoice
from debiteur_desk.services.letter_batch import (
    due_reminder_requests,
    make_reminders,
    preview_reminders,
)
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import letter_notices, make_letter, prepare_letter
from debiteur_desk.services.worklist_actions import confirm_sent
from debiteur_desk.text.messages import describe

from .factories import client, invoice
from .test_worklist import add_letter

TODAY = date(2026, 11, 22)
CODE = "letter_invoice_sent_check_open"


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def book(company_book, today_is):
    today_is(TODAY)
    return company_book


def overdue(db, name, number, **sent):
    """A client (14 days to pay) with one invoice that follows that term, 30 days overdue;
    nobody checked yet how it went out."""
    email = f"info@{name.split()[0].lower()}.nl"
    cid = client(db, name=name, email=email, street="Dorpsstraat 1", postcode="1234 AB",
                 city="Utrecht")  # fmt: skip
    inv = invoice(db, cid, number, "121.00", invoice_date=days(-44), due=days(-30), checked=False,
                  **sent)  # fmt: skip
    return cid, inv


def by_post(day=None):
    return {"sent_on": day or days(-44), "sent_via": "post"}


def reminder(cid):
    return LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=TODAY)


def test_the_batch_makes_no_reminder_about_an_invoice_never_marked_sent(book):
    """Art. 3:37 lid 3 BW: the reminder counts only if the invoice reached the client; the
    batch lists the refused reminder with the rule and what to do, and makes the others."""
    never, never_inv = overdue(book, "Bakkerij De Korenschoof", "K-1")
    sent, _ = overdue(book, "Slagerij Peters", "P-1", **by_post())
    lines = {line.client_id: line for line in run_to_end(preview_reminders(book, TODAY))}
    refusal = lines[never].refusal
    assert isinstance(refusal, RuleViolation) and refusal.code == CODE
    text = describe(refusal)
    assert "K-1" in text and "niet als verstuurd geregistreerd" in text
    assert "art. 3:37 lid 3 BW" in text and "Klopt, verstuurd" in text
    assert "art. 3:37(3)" in describe(refusal, "en")
    assert lines[sent].refusal is None and lines[sent].invoice_numbers == ("P-1",)
    assert (lines[never].to_check, lines[sent].to_check) == ((never_inv,), ())  # to confirm

    result = run_to_end(make_reminders(book, due_reminder_requests(book, TODAY), TODAY))
    assert [letter.client_id for letter in result.letters] == [sent]
    assert [r.code for r in result.refusals] == [CODE]

    assert confirm_sent(book, [never_inv], TODAY) == 1  # "Klopt, verstuurd"
    [line] = run_to_end(preview_reminders(book, TODAY))
    assert (line.client_id, line.refusal, line.invoice_numbers) == (never, None, ("K-1",))


def test_a_mistyped_address_refuses_the_letter_until_the_invoice_is_corrected(book):
    """Art. 3:37 lid 3 BW: an invoice e-mailed to an address that does not exist never
    reached the client; the letter window (the letter service) refuses, the correction
    lifts the refusal."""
    cid, inv = overdue(book, "Bakkerij De Korenschoof", "K-1", sent_on=days(-44),
                       sent_via="email", sent_to="info@bakkerij")  # fmt: skip
    with pytest.raises(RuleViolation) as refused:
        make_letter(book, reminder(cid), today=TODAY)
    assert refused.value.code == CODE
    assert "info@bakkerij" in describe(refused.value)  # the problem, in the user's words
    data = invoice_input_of(book, inv)
    update_invoice(book, inv, replace(data, sent_to="info@bakkerij.nl"))
    made = make_letter(book, reminder(cid), today=TODAY)
    assert made.kind is LetterKind.REMINDER


def test_a_letter_for_the_whole_client_leaves_the_unchecked_invoice_out_and_says_why(book):
    """Art. 3:37 lid 3 BW: the invoice that may not have reached the client stays out of
    the reminder; the letter names why, and so does the batch. Asked about that invoice
    alone, the letter is refused."""
    cid, _ = overdue(book, "Bakkerij De Korenschoof", "K-1", **by_post())
    invoice(book, cid, "K-2", "60.50", invoice_date=days(-40), due=days(-26), checked=False)
    prepared = prepare_letter(book, reminder(cid), TODAY)
    assert [line.number for line in prepared.context.invoices] == ["K-1"]
    [left_out] = prepared.left_out
    assert (left_out.code, left_out.params["number"]) == (CODE, "K-2")
    notes = [describe(n) for n in letter_notices(prepared)]
    assert any(n.startswith("Niet in deze brief:") and "K-2" in n for n in notes)
    [line] = run_to_end(preview_reminders(book, TODAY))
    assert line.invoice_numbers == ("K-1",)
    assert [r.code for r in line.left_out] == [CODE]
    with pytest.raises(RuleViolation) as refused:
        prepare_letter(book, LetterRequest(LetterKind.REMINDER, invoice_number="K-2"), TODAY)
    assert refused.value.code == CODE


def test_a_payment_term_over_sixty_days_is_checked_before_the_first_letter(book):
    """Art. 6:119a lid 5 BW: between businesses a term over 60 days holds only when
    expressly agreed; the first letter waits until the user checked it, as in the worklist."""
    cid = client(book, name="Groothandel Jansen", email="inkoop@jansen.nl", payment_term_days=90)
    inv = invoice(book, cid, "J-1", "500.00", invoice_date=days(-120), due=days(-30),
                  checked=False, **by_post(days(-120)))  # fmt: skip
    with pytest.raises(RuleViolation) as refused:
        prepare_letter(book, reminder(cid), TODAY)
    assert refused.value.code == CODE and "6:119a lid 5" in describe(refused.value)
    confirm_sent(book, [inv], TODAY)
    assert prepare_letter(book, reminder(cid), TODAY).invoice_ids == (inv,)


def test_an_invoice_named_in_a_sent_reminder_is_not_checked_again(book):
    """Once a reminder about the invoice was sent, the client had it in writing (art. 3:37
    lid 3 BW): the later letters carry no check, as the worklist asks only before the
    first reminder."""
    cid, inv = overdue(book, "Bakkerij De Korenschoof", "K-1")  # never sent
    add_letter(book, cid, "reminder", days(-10), [inv])
    request = LetterRequest(LetterKind.SECOND_REMINDER, client_id=cid, letter_date=TODAY)
    assert prepare_letter(book, request, TODAY).invoice_ids == (inv,)


def test_the_command_line_refuses_with_the_same_rule(book, book_url, tmp_path, capsys):
    """Art. 3:37 lid 3 BW, on the command line: the same sentence, and nothing filed."""
    cid, _ = overdue(book, "Bakkerij De Korenschoof", "K-1")
    out = tmp_path / "brief.pdf"
    args = ["letter", "reminder", "--client", str(cid), "--db", book_url, "--as-of",
            TODAY.isoformat(), "--out", str(out)]  # fmt: skip
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "K-1" in err and "art. 3:37 lid 3 BW" in err and not out.exists()
