"""The EPC QR code (EPC069-12 "GiroCode") on letters with an IBAN."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters import LetterKind, render_letter
from debiteur_desk.letters.epc_qr import MAX_BYTES, _penalty, epc_payload, qr_matrix

from . import samples


def test_payload_lines_follow_the_standard():
    payload = epc_payload(
        "Van der Meer B.V.",
        "NL91 ABNA 0417 1643 00",
        Decimal("1234.5"),
        bic="abnanl2a",
        reference="5000056789012345",
    )
    assert payload.split("\n") == [
        "BCD",
        "002",
        "1",
        "SCT",
        "ABNANL2A",
        "Van der Meer B.V.",
        "NL91ABNA0417164300",
        "EUR1234.50",
        "",
        "",
        "5000056789012345",  # a Dutch kenmerk is not ISO 11649: unstructured text
    ]


def test_an_rf_reference_goes_in_the_structured_field():
    payload = epc_payload("X", "NL91ABNA0417164300", Decimal("10"), reference="RF18 5390 0754 7034")
    assert payload.split("\n")[9:] == ["RF18539007547034"]


def test_long_names_and_texts_are_cut_to_the_limits():
    payload = epc_payload("Ł" * 100, "NL91ABNA0417164300", Decimal("1"), text="ø" * 300)
    lines = payload.split("\n")
    assert len(lines[5]) <= 70 and len(lines[10]) <= 140
    assert len(payload.encode("utf-8")) <= MAX_BYTES


@pytest.mark.parametrize(
    ("iban", "amount", "code"),
    [
        ("NL91ABNA0417164301", Decimal("1"), "iban_invalid"),
        ("NL91ABNA0417164300", Decimal("0"), "epc_amount"),
        ("NL91ABNA0417164300", Decimal("1000000000"), "epc_amount"),
    ],
)
def test_bad_payment_data_is_refused(iban, amount, code):
    with pytest.raises(InvalidInput) as caught:
        epc_payload("X", iban, amount)
    assert caught.value.code == code


def test_the_code_uses_level_m_and_a_valid_size():
    matrix = qr_matrix(epc_payload("Van der Meer B.V.", "NL91ABNA0417164300", Decimal("1")))
    size = len(matrix)
    assert (size - 17) % 4 == 0 and all(len(row) == size for row in matrix)
    # The three finder patterns sit in the corners.
    for r, c in ((0, 0), (0, size - 7), (size - 7, 0)):
        assert all(matrix[r][c + i] for i in range(7))


def test_mask_penalty_counts_runs_blocks_and_balance():
    all_dark = [[True] * 21 for _ in range(21)]
    # N1: 42 lines of 21 -> 42 * (3 + 16); N2: 20*20 blocks * 3; N4: 100% dark -> 10 * 10.
    assert _penalty(all_dark) == 42 * 19 + 400 * 3 + 100


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_printed_code_scans_back_to_the_payload(tmp_path):
    ctx = samples.context(LetterKind.REMINDER, count=1)
    ctx = replace(ctx, recipient=replace(ctx.recipient, name="Zoë"))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_letter(LetterKind.REMINDER, ctx))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "p")], check=True)
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "p-1.png")], capture_output=True, text=True
    ).stdout
    expected = epc_payload(
        ctx.company.payee,
        ctx.company.iban,
        ctx.invoices[0].open - Decimal("100.00"),
        bic=ctx.company.bic,
        reference=ctx.payment_reference,
    )
    assert found.strip() == expected
