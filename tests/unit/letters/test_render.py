"""Every letter kind, read back from its PDF: names, amounts, dates, wording, layout."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from debiteur_desk.domain.bik import CollectionCosts
from debiteur_desk.domain.errors import InvalidInput, RuleViolation
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind, render_letter

from . import samples
from .pdftext import pages, text

ALL = [(kind, language) for kind in LetterKind for language in Language]


@pytest.mark.parametrize(("kind", "language"), ALL, ids=lambda v: str(v))
def test_every_kind_names_the_parties_and_prints_special_characters(kind, language):
    ctx = samples.context(kind, language)
    out = text(render_letter(kind, ctx))
    assert ctx.recipient.name in out
    assert samples.COMPANY.name in out
    # The address with é, ë, ø, ł, & and <> prints exactly as typed.
    assert samples.STREET in out
    assert "3512 AB UTRECHT" in out
    assert "Ødegård-Łukasiewicz" in out


@pytest.mark.parametrize(("kind", "language"), ALL, ids=lambda v: str(v))
def test_same_input_gives_identical_bytes(kind, language):
    """The app keeps each letter's sha256 as evidence, so a letter must re-render identically."""
    ctx = samples.context(kind, language)
    first = render_letter(kind, ctx)
    render_letter(LetterKind.REMINDER, samples.context(LetterKind.REMINDER, Language.EN))
    again = render_letter(kind, ctx)
    assert hashlib.sha256(first).hexdigest() == hashlib.sha256(again).hexdigest()


def test_bytes_do_not_depend_on_the_process(tmp_path):
    """Another process with another hash seed makes the very same file."""
    script = (
        "import sys, hashlib\n"
        "from tests.unit.letters import samples\n"
        "from debiteur_desk.letters import LetterKind, render_letter\n"
        "kind = LetterKind.FINAL_DEMAND\n"
        "pdf = render_letter(kind, samples.context(kind, count=5))\n"
        "print(hashlib.sha256(pdf).hexdigest())\n"
    )
    root = Path(__file__).resolve().parents[3]
    # This checkout's sources first: the environment may have another one installed.
    path = os.pathsep.join([str(root / "src"), str(root)])
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    here = render_letter(LetterKind.FINAL_DEMAND, samples.context(LetterKind.FINAL_DEMAND, count=5))
    assert done.stdout.strip() == hashlib.sha256(here).hexdigest()


def test_a_client_name_with_markup_characters_prints_as_is():
    ctx = samples.context(LetterKind.REMINDER, name="Smit & Zn <B.V.>")
    out = text(render_letter(LetterKind.REMINDER, ctx))
    assert "Smit & Zn <B.V.>" in out
    assert "&amp;" not in out
    assert "&lt;" not in out


def test_reminder_in_dutch_lists_invoices_amounts_dates_and_unapplied_payment():
    ctx = samples.context(LetterKind.REMINDER, count=3)
    out = text(render_letter(LetterKind.REMINDER, ctx))
    assert "Betalingsherinnering" in out
    assert "2026-1041 02-03-2026 16-03-2026 € 125,45 € 0,00 € 125,45" in out
    assert "Totaal openstaand € 487,35" in out
    assert "Ontvangen op 18-11-2026, nog niet verwerkt (via iDEAL) − € 100,00" in out
    assert "Nog te betalen € 387,35" in out
    assert "uiterlijk 02-12-2026" in out
    assert "Utrecht, 22-11-2026" in out
    assert "5000 0567 8901 2345" in out
    assert "NL91 ABNA 0417 1643 00" in out
    assert "GiroCode" in out
    assert "Pagina 1 van 1" in out


def test_reminder_is_friendly_and_makes_no_threats():
    out = text(render_letter(LetterKind.REMINDER, samples.context(LetterKind.REMINDER)))
    assert "aan uw aandacht ontsnapt" in out
    for threat in ("incasso", "rechter", "deurwaarder", "verdere stappen"):
        assert threat not in out.lower()


def test_english_letters_use_english_formats():
    ctx = samples.context(LetterKind.REMINDER, Language.EN, count=40)
    out = text(render_letter(LetterKind.REMINDER, ctx))
    assert "Payment reminder" in out
    assert "€1,013.45" in out
    assert "by 02/12/2026" in out
    assert "Utrecht, 22/11/2026" in out
    assert "Page 1 of 2" in out


def test_a_long_invoice_table_breaks_across_pages_and_repeats_its_header():
    ctx = samples.context(LetterKind.REMINDER, count=40)
    printed = pages(render_letter(LetterKind.REMINDER, ctx))
    header = "Factuur Factuurdatum Vervaldatum Bedrag Betaald Open"
    assert len(printed) >= 2
    assert header in printed[0] and header in printed[1]
    assert "2026-1041" in printed[0] and "2026-1080" in printed[1]
    assert all(f"Pagina {n} van {len(printed)}" in page for n, page in enumerate(printed, 1))
    # Later pages carry a running header, and every page the footer.
    assert "Betalingsherinnering (vervolg)" in printed[1]
    assert all("KvK 12345678" in page for page in printed)


def test_second_reminder_mentions_the_first_reminder_and_the_phone_call():
    ctx = samples.context(LetterKind.SECOND_REMINDER)
    out = text(render_letter(LetterKind.SECOND_REMINDER, ctx))
    assert "Tweede betalingsherinnering" in out
    assert "Op 01-11-2026 hebben wij u een herinnering gestuurd" in out
    assert "Op 08-11-2026 hebben wij hierover ook telefonisch contact met u gehad" in out
    assert "uiterlijk 15-11-2026 te betalen" in out
    assert "verdere stappen" in out
    without_call = replace(ctx, phone_agreement=None)
    assert "telefonisch" not in text(render_letter(LetterKind.SECOND_REMINDER, without_call))


def test_agreement_confirmation_states_call_deadline_exception_and_invoices():
    ctx = samples.context(LetterKind.AGREEMENT_CONFIRMATION, count=3)
    ctx = replace(ctx, phone_agreement=replace(ctx.phone_agreement, invoice_numbers=("2026-1042",)))
    out = text(render_letter(LetterKind.AGREEMENT_CONFIRMATION, ctx))
    assert "Bevestiging telefonische afspraak" in out
    assert "telefoongesprek van 20-11-2026" in out
    assert "uiterlijk 04-12-2026" in out
    assert "eenmalige uitzondering" in out
    assert "2026-1042" in out and "2026-1041" not in out
    assert "onderstaande factuur." in out  # one invoice: singular


def test_payment_plan_has_schedule_terms_two_signature_blocks_and_a_copy_to_return():
    ctx = samples.context(LetterKind.PAYMENT_PLAN, count=2)
    plan = ctx.payment_plan
    printed = pages(render_letter(LetterKind.PAYMENT_PLAN, ctx))
    out = " ".join(printed)
    assert "Exemplaar voor uw eigen administratie" in out
    assert "Exemplaar om ondertekend aan ons terug te sturen" in out
    assert out.count("Voor akkoord, schuldeiser") == 2
    assert out.count("Voor akkoord, schuldenaar") == 2
    assert "Aanbetaling 29-11-2026 € 250,00" in out
    assert f"Totaal {samples.euro_nl(plan.total)}" in out
    assert "Hoofdsom € 287,90" in out
    # Vervalclausule and acknowledgement of the debt (art. 3:318 BW interrupts prescription).
    assert "herinnering met een termijn van 14 dagen" in out
    assert "in één keer opeisbaar" in out
    assert "art. 3:318 BW" in out
    # Each copy numbers its own pages.
    assert printed[0].count("Pagina 1 van") == 1
    assert sum("Pagina 1 van" in page for page in printed) == 2


def test_fourteen_day_letter_states_the_exact_costs_and_the_accepted_term():
    """Art. 6:96 lid 6 BW and HR 25-11-2016 (ECLI:NL:HR:2016:2704): exact BIK, 14 days
    from the day after delivery, never counted from the letter's date."""
    ctx = samples.context(LetterKind.FOURTEEN_DAY_LETTER, count=3)
    out = text(render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx))
    assert "binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd" in out
    # BIK on € 387,35 (open less the payment received): 15% = € 58,10 (art. 2 Besluit BIK).
    assert ctx.costs.amount == Decimal("58.10")
    assert "buitengerechtelijke incassokosten verschuldigd van € 58,10." in out
    assert "btw" not in out.lower().replace("btw-id", "")
    assert "wettelijke rente" in out
    for wrong in ("na dagtekening", "na verzending", "na heden"):
        assert wrong not in out
    assert "02-12-2026" not in out  # no date-bound deadline


def test_fourteen_day_letter_names_btw_on_the_costs_when_it_applies():
    """Art. 2 lid 3 Besluit BIK: BTW only when the creditor cannot deduct it, said explicitly."""
    ctx = samples.context(LetterKind.FOURTEEN_DAY_LETTER, bik_btw=True)
    out = text(render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx))
    assert "€ 58,10 plus € 12,20 btw, in totaal € 70,30" in out
    assert "niet verrekenen" in out


def test_fourteen_day_letter_in_english():
    ctx = samples.context(LetterKind.FOURTEEN_DAY_LETTER, Language.EN)
    out = text(render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx))
    assert "within fourteen days from the day after this letter has been delivered to you" in out
    assert "extrajudicial collection costs of €58.10" in out


def test_fourteen_day_letter_is_refused_for_a_business_client():
    """Art. 6:96 lid 4-6 BW: the 14-dagenbrief is a consumer protection."""
    ctx = samples.context(LetterKind.FOURTEEN_DAY_LETTER, client_kind=ClientKind.BUSINESS)
    with pytest.raises(RuleViolation) as caught:
        render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx)
    assert caught.value.code == "fourteen_day_business_client"


def test_fourteen_day_letter_is_refused_before_default():
    """Art. 6:96 lid 6 BW: only once the consumer is in default, never before the due date."""
    ctx = samples.context(LetterKind.FOURTEEN_DAY_LETTER)
    ctx = replace(ctx, letter_date=date(2026, 3, 16))  # the first invoice's due date
    with pytest.raises(RuleViolation) as caught:
        render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx)
    assert caught.value.code == "letter_invoice_not_due"


def test_fourteen_day_letter_needs_the_collection_costs():
    ctx = replace(samples.context(LetterKind.FOURTEEN_DAY_LETTER), costs=None)
    with pytest.raises(InvalidInput) as caught:
        render_letter(LetterKind.FOURTEEN_DAY_LETTER, ctx)
    assert caught.value.code == "letter_missing_bik"


def test_final_demand_shows_principal_interest_breakdown_costs_total_and_what_follows():
    ctx = samples.context(LetterKind.FINAL_DEMAND, count=3)
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    interest = sum((line.breakdown.total for line in ctx.interest), Decimal(0))
    total = ctx.total_open + interest + ctx.costs.amount - Decimal("100.00")
    assert "Ingebrekestelling en sommatie" in out
    assert "Hoofdsom € 487,35" in out
    label = "Wettelijke handelsrente (art. 6:119a BW) tot en met 22-11-2026"
    assert f"{label} {samples.euro_nl(interest)}" in out
    # One table: each invoice with its interest periods, the invoice on the first of them.
    for invoice, line in zip(ctx.invoices, ctx.interest, strict=True):
        first = line.breakdown.periods[0]
        due, still_open = f"{invoice.due_date:%d-%m-%Y}", samples.euro_nl(invoice.open)
        assert f"{invoice.number} {due} {still_open} {first.start:%d-%m-%Y} t/m" in out
        for p in line.breakdown.periods:
            rate = f"{p.rate.normalize():f}%".replace(".", ",")
            base, amount = samples.euro_nl(p.base), samples.euro_nl(p.amount)
            row = f"{p.start:%d-%m-%Y} t/m {p.end:%d-%m-%Y} {p.days} {base} {rate} {amount}"
            assert row in out
    assert "Buitengerechtelijke incassokosten € 58,10" in out
    assert f"Totaal te betalen {samples.euro_nl(total)}" in out
    assert "incassobureau" in out and "rechter" in out
    assert "uitdrukkelijk alle rechten voor" in out  # art. 3:317 BW: interrupts prescription


def test_final_demand_to_a_business_states_the_40_euro_minimum_under_its_own_name():
    """Art. 6:96 lid 4 BW: at least EUR 40 per late invoice in a commercial contract."""
    minimum = CollectionCosts(Decimal("80.00"), Decimal("0.00"), (1, 2), None, True)
    ctx = replace(samples.context(LetterKind.FINAL_DEMAND, count=2), costs=minimum)
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    assert "Vergoeding invorderingskosten (art. 6:96 lid 4 BW) € 80,00" in out


def test_final_demand_to_a_consumer_uses_consumer_interest():
    ctx = samples.context(LetterKind.FINAL_DEMAND, client_kind=ClientKind.CONSUMER)
    out = text(render_letter(LetterKind.FINAL_DEMAND, ctx))
    assert "Wettelijke rente (art. 6:119 BW)" in out


@pytest.mark.parametrize(
    ("kind", "change", "code"),
    [
        (LetterKind.REMINDER, {"invoices": ()}, "letter_no_invoices"),
        (LetterKind.REMINDER, {"deadline": None}, "letter_missing_deadline"),
        (
            LetterKind.SECOND_REMINDER,
            {"earlier_reminder_date": None},
            "letter_missing_earlier_reminder",
        ),
        (LetterKind.AGREEMENT_CONFIRMATION, {"phone_agreement": None}, "letter_missing_agreement"),
        (LetterKind.PAYMENT_PLAN, {"payment_plan": None}, "letter_missing_plan"),
    ],
)
def test_missing_data_is_refused_with_a_code(kind, change, code):
    ctx = replace(samples.context(kind), **change)
    with pytest.raises(InvalidInput) as caught:
        render_letter(kind, ctx)
    assert caught.value.code == code


def test_a_bad_iban_is_refused_rather_than_printed_in_a_qr_code():
    ctx = samples.context(LetterKind.REMINDER)
    ctx = replace(ctx, company=replace(ctx.company, iban="NL91ABNA0417164301"))
    with pytest.raises(InvalidInput) as caught:
        render_letter(LetterKind.REMINDER, ctx)
    assert caught.value.code == "iban_invalid"


def test_without_an_iban_the_letter_has_no_qr_code():
    ctx = samples.context(LetterKind.REMINDER)
    ctx = replace(ctx, company=replace(ctx.company, iban="", bic=""))
    out = text(render_letter(LetterKind.REMINDER, ctx))
    assert "GiroCode" not in out
    assert "Betaalgegevens" in out


def test_logo_and_signature_images_are_drawn(tmp_path):
    from PIL import Image

    logo, signature = tmp_path / "logo.png", tmp_path / "signature.png"
    Image.new("RGB", (400, 120), "navy").save(logo)
    Image.new("RGBA", (300, 100), (0, 0, 0, 0)).save(signature)
    ctx = samples.context(LetterKind.REMINDER)
    company = replace(ctx.company, logo_path=logo, signature_path=signature)
    plain = render_letter(LetterKind.REMINDER, ctx)
    with_images = render_letter(LetterKind.REMINDER, replace(ctx, company=company))
    assert with_images.count(b"/Subtype /Image") >= 2
    assert b"/Subtype /Image" not in plain


def test_a_missing_logo_file_is_reported():
    ctx = samples.context(LetterKind.REMINDER)
    ctx = replace(ctx, company=replace(ctx.company, logo_path=Path("/nonexistent.png")))
    with pytest.raises(InvalidInput) as caught:
        render_letter(LetterKind.REMINDER, ctx)
    assert caught.value.code == "letter_image_unreadable"


def test_a_consumer_sommatie_promises_no_costs_beyond_the_bik():
    """Art. 6:96 lid 5 BW: for a consumer the BIK covers every extra-judicial cost; only
    the costs of court proceedings can follow, so the letter must not suggest more."""
    ctx = samples.context(LetterKind.FINAL_DEMAND, client_kind=ClientKind.CONSUMER)
    out = " ".join(text(render_letter(LetterKind.FINAL_DEMAND, ctx)).split())
    assert "De kosten daarvan kunnen eveneens" not in out
    assert "alleen de kosten van een gerechtelijke procedure" in out
    business = samples.context(LetterKind.FINAL_DEMAND, client_kind=ClientKind.BUSINESS)
    out = " ".join(text(render_letter(LetterKind.FINAL_DEMAND, business)).split())
    assert "De kosten daarvan kunnen eveneens voor uw rekening komen" in out


def test_the_sommatie_speaks_of_earlier_requests_only_when_letters_were_sent():
    """A court reads the letter against the file: 'despite our earlier requests' to a client
    who was never sent one is untrue."""
    ctx = samples.context(LetterKind.FINAL_DEMAND)
    out = " ".join(text(render_letter(LetterKind.FINAL_DEMAND, ctx)).split())
    assert "Ondanks" not in out and "Eerder, het laatst op" not in out
    ctx = replace(ctx, earlier_demand_date=date(2026, 11, 2))
    out = " ".join(text(render_letter(LetterKind.FINAL_DEMAND, ctx)).split())
    assert "Eerder, het laatst op 02-11-2026, hebben wij u schriftelijk om betaling" in out


def test_the_agreement_confirmation_reserves_default_and_interest():
    """A deferral granted on the phone is no waiver: the default and the statutory interest
    (art. 6:119 BW) stand, and all rights are reserved (art. 3:317 BW)."""
    ctx = samples.context(LetterKind.AGREEMENT_CONFIRMATION)
    out = " ".join(text(render_letter(LetterKind.AGREEMENT_CONFIRMATION, ctx)).split())
    assert "een verzuim dat al is ingetreden blijft bestaan" in out
    assert "wettelijke rente blijft verschuldigd" in out


def test_the_payment_plan_states_interest_breaking_and_how_payments_apply():
    """The plan says what happens to interest while it runs, what is due at once when it
    breaks (vervalclausule), and the order of art. 6:44 BW for payments."""
    ctx = samples.context(LetterKind.PAYMENT_PLAN)
    out = " ".join(text(render_letter(LetterKind.PAYMENT_PLAN, ctx)).split())
    assert "Tijdens de regeling loopt de wettelijke rente" in out
    assert "in één keer opeisbaar, met de wettelijke rente" in out
    assert "eerst tot voldoening van de kosten, dan van de rente" in out and "6:44" in out
