"""The 14-dagenbrief and the sommatie on one page for one to three invoices; a longer
letter breaks in a sensible place, under a running header that prints whole."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind, default_template, render_letter
from debiteur_desk.letters.templates import TEXTS

from . import samples
from .pdftext import pages

FOURTEEN_DAY, FINAL_DEMAND = LetterKind.FOURTEEN_DAY_LETTER, LetterKind.FINAL_DEMAND
CONSUMER, BUSINESS = ClientKind.CONSUMER, ClientKind.BUSINESS
DATES = {Language.NL: "22-11-2026", Language.EN: "22/11/2026"}
LONGEST_NAME = "Groothandel in Sanitair, Tegels en Badkamermeubelen Van der Heijden BV"

ONE_PAGE = [
    (kind, client_kind, language, count)
    for kind, client_kinds in ((FOURTEEN_DAY, (CONSUMER,)), (FINAL_DEMAND, (CONSUMER, BUSINESS)))
    for client_kind in client_kinds
    for language in Language
    for count in (1, 2, 3)
]


def letter(
    kind: LetterKind,
    language: Language,
    client_kind: ClientKind,
    count: int,
    name: str | None = None,
) -> bytes:
    """As full as these letters get: a payment received but not yet allocated; in a
    14-dagenbrief BTW on the costs; in a sommatie every invoice's interest split at a
    rate change and the earlier demand."""
    bik_btw = kind is FOURTEEN_DAY
    ctx = samples.context(
        kind, language, count=count, client_kind=client_kind, name=name, bik_btw=bik_btw
    )
    if kind is FINAL_DEMAND:
        ctx = replace(ctx, earlier_demand_date=date(2026, 11, 2))
    return render_letter(kind, ctx)


def words(language: Language) -> dict[str, str]:
    """The first words of the outro, the closing and the payment block's heading."""
    template, labels = default_template(FINAL_DEMAND, language), TEXTS[language].LABELS
    return {
        "outro": " ".join(template["outro"].split()[:3]),
        "closing": template["closing"],
        "payment": labels["pay_title"],
        "principal": labels["claim_principal"],
        "total": labels["claim_total"],
    }


@pytest.mark.parametrize(
    ("kind", "client_kind", "language", "count"), ONE_PAGE, ids=lambda v: str(v)
)
def test_one_to_three_invoices_fit_on_one_page(kind, client_kind, language, count):
    pdf = letter(kind, language, client_kind, count)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    printed = pages(pdf)[0]
    assert samples.COMPANY.signatory_name in printed
    assert "NL91 ABNA 0417 1643 00" in printed


@pytest.mark.parametrize("language", Language, ids=str)
def test_a_longer_sommatie_keeps_the_signature_with_the_text_before_it(language):
    printed = pages(letter(FINAL_DEMAND, language, CONSUMER, 5))
    said = words(language)
    assert len(printed) == 2
    last = printed[-1]
    for part in ("outro", "closing", "payment"):
        assert said[part] in last
    assert samples.COMPANY.signatory_name in last
    # The claim's lines stay together on one page.
    assert any(said["principal"] in page and said["total"] in page for page in printed)


@pytest.mark.parametrize("name", [LONGEST_NAME, LONGEST_NAME.upper()], ids=["name", "NAME"])
@pytest.mark.parametrize("language", Language, ids=str)
def test_the_running_header_prints_whole_for_the_longest_name(language, name):
    assert len(name) == limits.NAME.maximum
    printed = pages(letter(FINAL_DEMAND, language, BUSINESS, 6, name))
    subject = default_template(FINAL_DEMAND, language)["subject"]
    continued = TEXTS[language].LABELS["continued"]
    assert len(printed) == 2
    header = printed[1]
    assert samples.COMPANY.name in header
    assert f"{subject} ({continued})" in header
    assert f"{name} · {DATES[language]}" in header
    assert "…" not in header


def test_a_name_too_long_for_the_header_is_cut_but_the_date_prints_whole():
    name = "Groothandel " * 20
    printed = pages(letter(FINAL_DEMAND, Language.NL, BUSINESS, 6, name))
    assert f"… · {DATES[Language.NL]}" in printed[1]
