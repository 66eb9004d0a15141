"""The hand-over dossier (issue 13): one ZIP with a PDF summary, the letters and a CSV of
invoices and payments, in the client's letter folder, recorded in the audit log."""

import csv
import io
import json
import zipfile
from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from debiteur_desk.cli import main
from debiteur_desk.domain import clock
from debiteur_desk.domain.errors import NotFound
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.promises import CallOutcome, CallReason
from debiteur_desk.letters import LetterKind
from debiteur_desk.services.agreements import PhoneCallInput, PromiseInput, record_phone_call
from debiteur_desk.services.claim import client_claim
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.dossier import make_dossier
from debiteur_desk.services.handover import HandoverInput, record_handover
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter, mark_letter_sent
from debiteur_desk.services.payments import PaymentInput, record_payment
from debiteur_desk.services.settings import change_setting
from debiteur_desk.store.models import AuditLog
from debiteur_desk.text.formatting import format_money

from .factories import client, invoice

TODAY = clock.today()


def days(n):
    return TODAY + timedelta(days=n)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    target = tmp_path / "letters"
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(target))
    return target


@pytest.fixture
def handed_over(db, folder):
    """A business with two overdue invoices, a part payment, a reminder, a promise that
    was not kept, and the file handed to a bailiff."""
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    cid = client(
        db,
        "Garage Laat B.V.",
        kind=ClientKind.BUSINESS,
        street="Industrieweg 4",
        postcode="3542 AD",
        city="Utrecht",
        kvk="12345678",
    )
    i1 = invoice(db, cid, "GL-1", "800.00", invoice_date=days(-120), due=days(-90))
    invoice(
        db, cid, "GL-2", "300.00", invoice_date=days(-80), due=days(-50), description="=SOM(A1)"
    )
    record_payment(
        db,
        PaymentInput(
            days(-60), Decimal("200.00"), cid, ((i1, Decimal("200.00")),),
            counterparty_name="+Garage Laat", description="deel GL-1",
        ),
    )  # fmt: skip
    request = LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=days(-40))
    letter = make_letter(db, request, today=days(-40))
    mark_letter_sent(db, letter.letter_id, days(-40), "post")
    record_phone_call(
        db,
        PhoneCallInput(
            cid,
            datetime.combine(days(-30), time(10)),
            CallOutcome.REACHED,
            reason=CallReason.CASH_FLOW,
            invoice_ids=(i1,),
            promise=PromiseInput((i1,), Decimal("600"), days(-20)),
        ),
    )
    record_handover(db, HandoverInput(cid, days(-2), "bailiff", "Deurwaarder Zuid", "D-77"))
    return cid, letter


def _read(path):
    archive = zipfile.ZipFile(path)
    return archive, {name: archive.read(name) for name in archive.namelist()}


def _pdf_text(data):
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\xa0", " ")


def test_the_dossier_holds_the_summary_the_letters_and_the_csv(db, folder, handed_over):
    cid, letter = handed_over
    result = make_dossier(db, cid)
    assert result.path.parent == letter.path.parent  # beside the client's letters
    assert result.path.name == f"{TODAY.isoformat()} dossier Garage Laat B.V.zip"
    _, files = _read(result.path)
    letter_name = f"brieven/{letter.path.name}"
    assert set(files) == {"samenvatting.pdf", letter_name, "facturen.csv", "betalingen.csv"}
    assert files[letter_name] == letter.path.read_bytes()  # the filed letter, unchanged
    assert result.letters == (letter_name,) and result.missing_letters == ()


def test_the_summary_names_the_client_invoices_claim_and_history(db, folder, handed_over):
    """The claim total is the one services/claim.py computes (art. 6:44 BW applied there)."""
    cid, _ = handed_over
    result = make_dossier(db, cid)
    text = _pdf_text(_read(result.path)[1]["samenvatting.pdf"])
    claim = client_claim(db, cid, TODAY).claim
    assert result.claim_total == claim.total
    assert "Garage Laat B.V." in text and "12345678" in text
    assert "GL-1" in text and "GL-2" in text
    assert format_money(claim.total, "nl").replace("\xa0", " ") in text
    for line in (
        "Brief: herinnering",
        "Telefoongesprek: bereikt",
        "Betalingsbelofte, te betalen uiterlijk",
        "Betalingsbelofte niet nagekomen",
        "Betaling ontvangen voor GL-1",
        "Uit handen gegeven: Deurwaarder Zuid (gerechtsdeurwaarder)",
    ):
        assert line in text, line
    # oldest first
    order = ["Factuur GL-1", "Betaling ontvangen", "Brief: herinnering", "Uit handen gegeven:"]
    assert [text.index(line) for line in order] == sorted(text.index(line) for line in order)


def test_the_csv_is_dutch_and_safe(db, folder, handed_over):
    cid, _ = handed_over
    _, files = _read(make_dossier(db, cid).path)
    raw = files["facturen.csv"]
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Factuurnummer", "Factuurdatum", "Vervaldatum"]
    assert rows[1][0] == "GL-1" and rows[1][3] == "800,00" and rows[1][4] == "200,00"
    assert rows[1][7] == "600,00"
    assert rows[2][0] == "GL-2" and rows[2][-1] == "'=SOM(A1)"  # no formula
    payments = list(
        csv.reader(io.StringIO(files["betalingen.csv"].decode("utf-8-sig")), delimiter=";")
    )
    assert payments[1][1:5] == ["200,00", "GL-1", "0,00", "'+Garage Laat"]


def test_each_dossier_is_a_new_file_and_is_audited(db, folder, handed_over):
    cid, _ = handed_over
    first, second = make_dossier(db, cid), make_dossier(db, cid)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    with db.reading() as s:
        logged = s.scalars(select(AuditLog).where(AuditLog.action == "dossier.made")).all()
    assert [json.loads(a.details)["path"] for a in logged] == [str(first.path), str(second.path)]
    assert all(a.entity_id == cid for a in logged)


def test_a_missing_letter_file_is_listed_not_fatal(db, folder, handed_over):
    cid, letter = handed_over
    letter.path.unlink()
    result = make_dossier(db, cid)
    assert result.letters == () and result.missing_letters == (letter.path.name,)
    text = _pdf_text(_read(result.path)[1]["samenvatting.pdf"])
    assert "(bestand niet gevonden)" in text


def test_unknown_client(db, folder):
    with pytest.raises(NotFound):
        make_dossier(db, 999)


def test_cli_dossier(db, book_url, folder, handed_over, tmp_path, capsys):
    cid, _ = handed_over
    out = tmp_path / "out" / "dossier.zip"
    code = main(["dossier", "--db", book_url, "--client", str(cid), "--out", str(out),
                 "--json"])  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["path"] == str(out) and out.exists()
    assert Decimal(data["claim_total"]) == client_claim(db, cid, TODAY).claim.total
    assert set(data) == {"client_id", "path", "sha256", "letters", "missing_letters",
                         "claim_total"}  # fmt: skip
    code = main(["dossier", "--db", book_url, "--client", "999"])
    assert code == 1 and capsys.readouterr().err.strip()
