"""The EPC QR code (EPC069-12 "GiroCode") on letters with an IBAN."""

from __future__ import annotations

import hashlib
import random
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters import LetterKind, render_letter
from debiteur_desk.letters.epc_qr import MAX_BYTES, QrFlowable, epc_payload, qr_matrix

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


def _payloads(count: int, seed: int) -> list[str]:
    """EPC payloads of every length, plain and with characters of two or more bytes."""
    rng = random.Random(seed)
    names = ["Van der Meer B.V.", "Zoë Ødegård-Łukasiewicz", "X", "Ł" * 70]
    references = ["", "5000056789012345", "RF18 5390 0754 7034", "2026-1041, 2026-1042"]
    return [
        epc_payload(
            rng.choice(names),
            "NL91ABNA0417164300",
            Decimal(rng.randint(1, 10**9)) / 100,
            bic=rng.choice(["", "ABNANL2A"]),
            reference=rng.choice(references),
            text=rng.choice(["", "ø" * rng.randint(0, 140), "x" * rng.randint(0, 140)]),
        )
        for _ in range(count)
    ]


SHORTEST = epc_payload("X", "NL91ABNA0417164300", Decimal("1"))
LONGEST = epc_payload("Ł" * 70, "NL91ABNA0417164300", Decimal("1"), bic="ABNANL2A", text="ø" * 140)


def _format_information(matrix: tuple[bytes, ...]) -> tuple[int, int]:
    """(error correction bits, mask) as the symbol states them beside its top-left finder
    (ISO/IEC 18004 7.9: bits 14..7 along row 8, bits 6..0 up column 8, XOR 101010000010010)."""
    bits = [matrix[8][c] for c in (0, 1, 2, 3, 4, 5, 7, 8)]
    bits += [matrix[r][8] for r in (7, 5, 4, 3, 2, 1, 0)]
    value = int("".join(map(str, bits)), 2) ^ 0b101010000010010
    return value >> 13, (value >> 10) & 0b111


@pytest.mark.parametrize("payload", [SHORTEST, LONGEST, *_payloads(20, seed=7)])
def test_the_code_states_level_m_and_has_a_valid_size(payload):
    matrix = qr_matrix(payload)
    size = len(matrix)
    assert (size - 17) % 4 == 0 and all(len(row) == size for row in matrix)
    # The three finder patterns sit in the corners.
    for r, c in ((0, 0), (0, size - 7), (size - 7, 0)):
        assert all(matrix[r][c + i] for i in range(7))
    level_m = 0b00  # L is 01, Q 11, H 10
    assert _format_information(matrix) == (level_m, 2)


def test_the_largest_payload_fits_version_13():
    assert len(LONGEST.encode("utf-8")) == MAX_BYTES
    assert len(qr_matrix(LONGEST)) == 13 * 4 + 17


def test_the_modules_of_a_known_payload_stay_the_same():
    """The letters' bytes follow from these modules: a segno release that encoded the same
    payload otherwise would change every letter made after it (and so this hash)."""
    payload = epc_payload(
        "Van der Meer B.V.", "NL91ABNA0417164300", Decimal("1234.50"), reference="5000056789012345"
    )
    modules = b"\n".join(qr_matrix(payload))
    assert hashlib.sha256(modules).hexdigest() == PINNED_MODULES


PINNED_MODULES = "861c65074f3f889e7df3a82fb20ecbada69c8e60b9bef2c0f36511f35dedbad0"

needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools or poppler-utils not installed",
)


def _scan(pdf: Path, dpi: int) -> list[str]:
    """What zbar reads on each page of ``pdf``, printed at ``dpi``.

    The bytes as they are (``-Sbinary``): without it zbar guesses their character set and
    may take UTF-8 for Shift JIS, where a banking app goes by the payload's third line.
    """
    pages = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(pages)], check=True)
    return [
        subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sbinary", str(page)], capture_output=True
        ).stdout.decode("utf-8")
        for page in sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))
    ]


@needs_zbar
def test_codes_of_every_size_scan_back_to_their_payload(tmp_path):
    payloads = [SHORTEST, LONGEST, *_payloads(10, seed=8)]
    pdf = tmp_path / "codes.pdf"
    canvas = Canvas(str(pdf), pagesize=(40 * mm, 40 * mm), invariant=1)
    for payload in payloads:
        QrFlowable(payload).drawOn(canvas, 5 * mm, 5 * mm)  # 30 mm, as on the letters
        canvas.showPage()
    canvas.save()
    assert _scan(pdf, dpi=300) == payloads


@needs_zbar
def test_the_printed_code_scans_back_to_the_payload(tmp_path):
    ctx = samples.context(LetterKind.REMINDER, count=1)
    ctx = replace(ctx, recipient=replace(ctx.recipient, name="Zoë"))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_letter(LetterKind.REMINDER, ctx))
    expected = epc_payload(
        ctx.company.payee,
        ctx.company.iban,
        ctx.invoices[0].open - Decimal("100.00"),
        bic=ctx.company.bic,
        reference=ctx.payment_reference,
    )
    assert _scan(pdf, dpi=150) == [expected]
