"""Letters made from the book: filed per client, recorded with their hash, refused with a reason."""

import hashlib
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from debiteur_desk.cli import main
from debiteur_desk.domain.bik import calculate_bik
from debiteur_desk.domain.errors import DebiteurError, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.progress import run_to_end
from debiteur_desk.letters import LetterKind
from debiteur_desk.services import audit
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_batch import due_reminder_requests, make_reminders, undo_batch
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import (
    make_letter,
    mark_letter_sent,
    verify_letter,
)
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import Letter
from tests.progress_steps import steps_and_result

from .factories import client, invoice

TODAY = date(2026, 11, 22)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    target = tmp_path / "letters"
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(target))
    return target


@pytest.fixture
def book(db, folder):
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    # The payment terms were agreed as fatal terms: the consumer is in default on the day
    # after the due date (art. 6:83 sub a BW); test_letter_law.py covers the other case.
    change_setting(db, "rules.payment_term_agreed", True)
    return db


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def consumer_with_overdue(db, name="Anna de Vries", amounts=("250.00", "150.00")):
    cid = client(
        db,
        name=name,
        kind=ClientKind.CONSUMER,
        street="Dorpsstraat 1",
        postcode="1234 AB",
        city="Utrecht",
    )
    for n, amount in enumerate(amounts, start=1):
        due = TODAY - timedelta(days=30 * n)
        invoice(
            db,
            cid,
            f"{name[:2].upper()}-{n}",
            amount,
            invoice_date=due - timedelta(days=14),
            due=due,
        )
    return cid


def make(db, kind, **kw):
    return make_letter(db, LetterRequest(kind, letter_date=TODAY, **kw), today=TODAY)


def test_reminder_is_filed_per_client_and_recorded_with_its_hash(book, folder):
    cid = consumer_with_overdue(book)
    made = make(book, LetterKind.REMINDER, client_id=cid)
    assert made.path.parent == folder / f"{cid} Anna de Vries"
    assert made.path.name == "2026-11-22 herinnering 2 facturen.pdf"
    assert made.sha256 == hashlib.sha256(made.path.read_bytes()).hexdigest()
    content = pdf_text(made.path)
    assert "Anna de Vries" in content and "€ 400,00" in content and "06-12-2026" in content
    with book.reading() as s:
        letter = s.get(Letter, made.letter_id)
        assert sorted(i.number for i in letter.invoices) == ["AN-1", "AN-2"]
        assert letter.sha256 == made.sha256 and letter.template_version
        assert '"deadline": "2026-12-06"' in letter.data_json
    assert verify_letter(book, made.letter_id)


def test_emoji_and_control_characters_stay_out_of_folder_names(book, folder):
    cid = consumer_with_overdue(book, name="Fietsen 🚲 Zoë\u200f Çelik\x07 👍🏽")
    made = make(book, LetterKind.REMINDER, client_id=cid)
    assert made.path.parent == folder / f"{cid} Fietsen Zoë Çelik"
    content = pdf_text(made.path)
    assert "Fietsen ? Zoë" in content and "Çelik ??" in content and "🚲" not in content


def test_a_second_letter_never_overwrites_the_first(book):
    cid = consumer_with_overdue(book)
    first = make(book, LetterKind.REMINDER, client_id=cid)
    second = make(book, LetterKind.REMINDER, client_id=cid)
    assert first.path != second.path and second.path.name.endswith("(2).pdf")
    assert first.path.exists() and second.path.exists()


def test_second_reminder_needs_a_first_that_was_sent(book):
    """Only a letter marked as sent has legal effect (art. 3:37 lid 3 BW: a statement works
    once it reached the addressee); a second reminder refers to the first one sent."""
    cid = consumer_with_overdue(book)
    with pytest.raises(RuleViolation) as info:
        make(book, LetterKind.SECOND_REMINDER, client_id=cid)
    assert info.value.code == "letter_no_earlier_reminder"
    first = make_letter(
        book, LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=date(2026, 11, 2))
    )
    with pytest.raises(RuleViolation) as info:
        make(book, LetterKind.SECOND_REMINDER, client_id=cid)
    assert info.value.code == "letter_reminder_not_sent"
    mark_letter_sent(book, first.letter_id, date(2026, 11, 3), "post")
    made = make(book, LetterKind.SECOND_REMINDER, client_id=cid)
    assert "03-11-2026" in pdf_text(made.path)  # refers to the day the first one was sent


def test_fourteen_day_letter_states_the_exact_collection_costs(book):
    """Art. 6:96 lid 6 BW and HR 25-11-2016 (ECLI:NL:HR:2016:2704): the exact BIK and the
    accepted term wording."""
    cid = consumer_with_overdue(book)
    record_payment(book, PaymentInput(TODAY - timedelta(days=1), Decimal("500.00"), None))
    made = make(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=cid)
    content = " ".join(pdf_text(made.path).split())
    expected = calculate_bik(Decimal("400.00"), ClientKind.CONSUMER).amount  # 15% -> 60.00
    assert expected == Decimal("60.00") and "€ 60,00" in content
    assert "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in content
    assert "na dagtekening" not in content


def test_fourteen_day_letter_refused_for_business_and_for_invoice_not_due(book):
    business = client(book, name="Bakkerij Jansen B.V.", kind=ClientKind.BUSINESS)
    invoice(
        book,
        business,
        "B-1",
        "100.00",
        invoice_date=TODAY - timedelta(days=60),
        due=TODAY - timedelta(days=30),
    )
    with pytest.raises(RuleViolation) as info:
        make(book, LetterKind.FOURTEEN_DAY_LETTER, client_id=business)
    assert info.value.code == "fourteen_day_business_client"
    consumer = client(book, name="Piet Smit", kind=ClientKind.CONSUMER)
    invoice(book, consumer, "C-1", "100.00", invoice_date=TODAY, due=TODAY + timedelta(days=14))
    with pytest.raises(RuleViolation) as info:
        make(book, LetterKind.FOURTEEN_DAY_LETTER, invoice_number="C-1")
    assert info.value.code == "letter_invoice_not_due"


def test_final_demand_for_a_business_claims_interest_and_at_least_40_per_invoice(book):
    """Art. 6:96 lid 4 BW: at least EUR 40 per late invoice; art. 6:119a BW interest."""
    cid = client(book, name="Smit & Zn <B.V.>", kind=ClientKind.BUSINESS)
    for n in (1, 2):
        invoice(book, cid, f"S-{n}", "100.00", invoice_date=date(2026, 8, 1), due=date(2026, 9, n))
    made = make(book, LetterKind.FINAL_DEMAND, client_id=cid)
    content = " ".join(pdf_text(made.path).split())
    assert "Smit & Zn <B.V.>" in content
    assert "€ 80,00" in content  # 2 x EUR 40 beats 15% of EUR 200 (EUR 30)
    assert "6:119a" in content


def test_refusal_leaves_no_file_and_no_record(db, folder):
    cid = consumer_with_overdue(db)
    with pytest.raises(RuleViolation) as info:
        make(db, LetterKind.REMINDER, client_id=cid)
    assert info.value.code == "company_details_missing"
    assert not folder.exists()
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM letters")).scalar() == 0


def test_file_is_removed_when_the_record_fails(book, folder, monkeypatch):
    cid = consumer_with_overdue(book)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        make(book, LetterKind.REMINDER, client_id=cid)
    assert not any(folder.rglob("*.pdf"))


def test_sent_date_and_tracking_number_and_tamper_check(book):
    cid = consumer_with_overdue(book)
    made = make(book, LetterKind.REMINDER, client_id=cid)
    mark_letter_sent(book, made.letter_id, TODAY, "registered", "3SABCD1234567")
    with book.reading() as s:
        letter = s.scalars(select(Letter)).one()
        assert (letter.sent_on, letter.sent_via, letter.tracking_number) == (
            TODAY,
            "registered",
            "3SABCD1234567",
        )
    made.path.write_bytes(made.path.read_bytes() + b"%changed")
    assert not verify_letter(book, made.letter_id)


def test_batch_of_first_reminders_with_one_combined_pdf(book, tmp_path):
    clients = [
        consumer_with_overdue(book, name=n, amounts=("100.00",))
        for n in ("Anna Bakker", "Bram Visser", "Chloé Dekker")
    ]
    requests = due_reminder_requests(book, TODAY)
    assert sorted(r.client_id for r in requests) == sorted(clients)
    combined = tmp_path / "print.pdf"
    steps, result = steps_and_result(make_reminders(book, requests, TODAY, combined))
    assert [(p.done, p.total) for p in steps] == [(1, 3), (2, 3), (3, 3)]
    assert len(result.letters) == 3 and result.refusals == () and result.combined == combined
    pages = sum(len(PdfReader(letter.path).pages) for letter in result.letters)
    assert len(PdfReader(combined).pages) == pages
    assert due_reminder_requests(book, TODAY) == []  # each has had its first letter now


def test_stopping_a_batch_takes_back_what_it_made(book, tmp_path):
    """Stop means nothing happened: no letter record without its file, no file left over."""
    for n in ("Anna Bakker", "Bram Visser", "Chloé Dekker"):
        consumer_with_overdue(book, name=n, amounts=("100.00",))
    job = make_reminders(book, due_reminder_requests(book, TODAY), TODAY, tmp_path / "p.pdf")
    next(job), next(job)  # two letters filed
    job.close()
    with book.reading() as s:
        assert s.scalars(select(Letter)).all() == []
    assert not any((tmp_path / "letters").rglob("*.pdf"))
    assert not (tmp_path / "p.pdf").exists()


def test_a_batch_can_be_undone_until_a_letter_is_sent(book, tmp_path):
    for n in ("Anna Bakker", "Bram Visser"):
        consumer_with_overdue(book, name=n, amounts=("100.00",))
    result = run_to_end(make_reminders(book, due_reminder_requests(book, TODAY), TODAY))
    mark_letter_sent(book, result.letters[0].letter_id, TODAY, "post")
    with pytest.raises(RuleViolation) as caught:
        undo_batch(book, result)
    assert caught.value.code == "letter_already_sent"
    assert all(letter.path.exists() for letter in result.letters)
    with book.transaction() as s:
        s.get(Letter, result.letters[0].letter_id).sent_on = None
    undo_batch(book, result)
    assert not any(letter.path.exists() for letter in result.letters)
    assert result.combined is not None and not result.combined.exists()
    assert len(due_reminder_requests(book, TODAY)) == 2


def test_cli_letter_and_its_refusal(book, tmp_path, book_url, capsys):
    cid = consumer_with_overdue(book)
    out = tmp_path / "brief.pdf"
    assert (
        main(
            [
                "letter",
                "reminder",
                "--client",
                str(cid),
                "--db",
                book_url,
                "--as-of",
                "2026-11-22",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.exists() and capsys.readouterr().out.strip() == str(out)
    assert (
        main(["letter", "reminder", "--client", str(cid), "--db", book_url, "--out", str(out)]) == 1
    )
    assert "bestaat al" in capsys.readouterr().err
    code = main(["letter", "fourteen-day-letter", "--invoice", "NOPE", "--db", book_url])
    err = capsys.readouterr().err
    assert code == 1 and err.strip() == "Factuur NOPE bestaat niet."


def test_every_refusal_is_a_user_error(book):
    cid = consumer_with_overdue(book)
    for kind in (LetterKind.AGREEMENT_CONFIRMATION, LetterKind.PAYMENT_PLAN):
        with pytest.raises(DebiteurError):
            make(book, kind, client_id=cid)
