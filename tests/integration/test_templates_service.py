"""User letter texts: checked when saved, used in the letter, reset to the shipped text."""

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind, default_template
from debiteur_desk.services.demo import DEMO_COMPANY
from debiteur_desk.services.letter_context import LetterRequest
from debiteur_desk.services.letters import make_letter
from debiteur_desk.services.settings import change_setting
from debiteur_desk.services.templates import (
    is_customised,
    reset_template,
    save_template,
    template_texts,
)

from .factories import client, invoice

NL = Language.NL


def test_unknown_placeholder_is_refused_when_saving(db):
    parts = {**template_texts(db, LetterKind.REMINDER, NL), "intro": "Beste {klantnaam},"}
    with pytest.raises(InvalidInput) as info:
        save_template(db, LetterKind.REMINDER, NL, parts)
    assert info.value.code == "template_unknown_placeholder"
    assert not is_customised(db, LetterKind.REMINDER, NL)


def test_saved_text_is_used_and_reset_restores_the_default(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DEBITEUR_DESK_DOCUMENTS_DIR", str(tmp_path))
    for key, value in DEMO_COMPANY.items():
        change_setting(db, key, value)
    cid = client(db, name="Iris Bos", kind=ClientKind.CONSUMER)
    today = date(2026, 11, 22)
    invoice(
        db,
        cid,
        "F-1",
        "99.00",
        invoice_date=today - timedelta(days=40),
        due=today - timedelta(days=20),
    )
    parts = template_texts(db, LetterKind.REMINDER, NL)
    save_template(
        db,
        LetterKind.REMINDER,
        NL,
        {**parts, "intro": "Beste {client_name}, wij missen nog {total_open}."},
    )
    assert is_customised(db, LetterKind.REMINDER, NL)
    made = make_letter(
        db, LetterRequest(LetterKind.REMINDER, client_id=cid, letter_date=today), today=today
    )
    text = " ".join(PdfReader(made.path).pages[0].extract_text().split())
    assert "Beste Iris Bos, wij missen nog € 99,00." in text
    reset_template(db, LetterKind.REMINDER, NL)
    assert template_texts(db, LetterKind.REMINDER, NL) == default_template(LetterKind.REMINDER, NL)
    assert not is_customised(db, LetterKind.REMINDER, NL)


def test_saving_the_shipped_text_stores_nothing(db):
    save_template(
        db,
        LetterKind.FINAL_DEMAND,
        Language.EN,
        default_template(LetterKind.FINAL_DEMAND, Language.EN),
    )
    assert not is_customised(db, LetterKind.FINAL_DEMAND, Language.EN)
