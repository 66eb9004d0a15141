"""The letter's own text for an e-mail: the context read back from the stored evidence is
the one the letter was made from, and the text says what the PDF says."""

import dataclasses
import json

import pytest

from debiteur_desk.letters import Language, LetterKind
from debiteur_desk.letters.evidence import context_from_evidence
from debiteur_desk.letters.plain_text import letter_text
from debiteur_desk.letters.templates import TEXTS

from . import samples


def stored(context):
    """As ``services/letters.py`` keeps it with the letter's record."""
    text = json.dumps(dataclasses.asdict(context), default=str, ensure_ascii=False)
    return json.loads(text)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_the_stored_evidence_gives_back_the_same_context(kind, language):
    context = samples.context(kind, language)
    assert context_from_evidence(stored(context)) == context


def test_the_reminder_text_has_the_letter_in_order_and_no_qr_code():
    text = letter_text(LetterKind.REMINDER, samples.context(LetterKind.REMINDER))
    assert text.subject == "Betalingsherinnering"
    body = text.body.replace("\xa0", " ")  # amounts keep the euro sign with them
    assert body.startswith("Geachte Zoë Ødegård-Łukasiewicz,")
    assert "Factuur | Factuurdatum | Vervaldatum | Bedrag | Betaald | Open" in body
    assert "2026-1041 | 02-03-2026 | 16-03-2026 | € 125,45 | € 0,00 | € 125,45" in body
    assert "Nog te betalen: € 387,35" in body
    assert "Kenmerk: 5000 0567 8901 2345" in body
    assert body.index("Geachte") < body.index("Met vriendelijke groet") < body.index("Bedrag:")
    assert TEXTS[Language.NL].LABELS["qr_explanation"] not in body
    assert "\nBetalingsherinnering\n" not in body  # the subject is the e-mail's subject


def test_the_fourteen_day_letter_keeps_its_legal_term_art_6_96_lid_6_bw():
    """Art. 6:96 lid 6 BW: the term runs from the day after delivery; the e-mail carries
    the statutory wording, never "na dagtekening"."""
    body = letter_text(
        LetterKind.FOURTEEN_DAY_LETTER, samples.context(LetterKind.FOURTEEN_DAY_LETTER)
    ).body
    assert "veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in body
    assert "buitengerechtelijke incassokosten verschuldigd van" in body


def test_the_payment_plan_leaves_the_signatures_to_the_paper_copy():
    plan = letter_text(LetterKind.PAYMENT_PLAN, samples.context(LetterKind.PAYMENT_PLAN))
    body = plan.body.replace("\xa0", " ")
    assert "Betalingsschema" in body and "Aanbetaling | 29-11-2026 | € 250,00" in body
    assert "Handtekening" not in body
    assert body.count("Opbouw van het bedrag") == 1  # one copy, not both


def test_english_text_for_an_english_client():
    text = letter_text(LetterKind.FINAL_DEMAND, samples.context(LetterKind.FINAL_DEMAND,
                                                                Language.EN))  # fmt: skip
    assert text.subject == "Notice of default and final demand"
    assert text.body.startswith("Dear ")
    assert "attached as a PDF" in text.body
    assert "\n    01/07/2026 to 22/11/2026 | 145 |" in text.body  # an invoice's next period
