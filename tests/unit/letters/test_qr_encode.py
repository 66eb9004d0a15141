"""The fast QR encoder gives the very modules of ReportLab's encoder with the ISO mask rules."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest
from reportlab.graphics.barcode import qrencoder

from debiteur_desk.letters.epc_qr import epc_payload
from debiteur_desk.letters.qr_encode import codewords, penalty, qr_modules, row_ints

_RUNS = re.compile(rb"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(rb"(?=10111010000|00001011101)")
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def reference_penalty(modules: list[list[bool]]) -> int:
    """The penalty as written out line by line (what the letters used before)."""
    n = len(modules)
    rows = [bytes(row).translate(_AS_DIGITS) for row in modules]
    columns = [bytes(column).translate(_AS_DIGITS) for column in zip(*modules, strict=True)]
    score = 0
    for line in rows + columns:
        score += sum(len(run) - 2 for run in _RUNS.findall(line))
        score += 40 * len(_FINDER_LIKE.findall(line))
    values = [int(row, 2) for row in rows]
    full = (1 << n) - 1
    for upper, lower in zip(values, values[1:], strict=False):
        same_vertically = ~(upper ^ lower) & full
        same_horizontally = ~(upper ^ (upper >> 1)) & (full >> 1)
        score += 3 * bin(same_vertically & (same_vertically >> 1) & same_horizontally).count("1")
    dark = sum(row.count(b"1") for row in rows)
    return score + 10 * (abs(100 * dark - 50 * n * n) // (5 * n * n))


class _ReferenceCode(qrencoder.QRCode):
    """ReportLab's encoder, trying each mask in full, as the letters did before."""

    def getBestMaskPattern(self) -> int:  # noqa: N802 - ReportLab's name
        scores = []
        for mask in range(8):
            self.makeImpl(True, mask)
            scores.append(reference_penalty(self.modules))
        return scores.index(min(scores))


def reference_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = _ReferenceCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QR8bitByte(payload))
    code.make()
    return tuple(tuple(row) for row in code.modules)


def _payloads(count: int, seed: int) -> list[str]:
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


def test_the_modules_are_those_of_the_reference_encoder_for_every_size():
    payloads = _payloads(100, seed=7) + ["A", "short", "a" * 40]
    sizes = set()
    for payload in payloads:
        modules = qr_modules(payload)
        assert modules == reference_modules(payload)
        sizes.add(len(modules))
    assert len(sizes) >= 8  # small and large versions alike, up to the 331-byte maximum


def test_codewords_are_those_of_reportlab():
    for payload in _payloads(60, seed=8):
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(qrencoder.QR8bitByte(payload))
        version = code.calculate_version()
        expected = qrencoder.QRCode.createData(version, code.errorCorrectLevel, code.dataList)
        assert codewords(version, payload.encode("utf-8")) == expected


@pytest.mark.parametrize("size", [21, 25, 45, 69])
def test_penalty_agrees_with_the_line_by_line_count(size):
    rng = random.Random(size)
    for n in range(60):
        darkness = (0.1, 0.5, 0.9)[n % 3]
        modules = [[rng.random() < darkness for _ in range(size)] for _ in range(size)]
        for _ in range(4):  # plant finder-like patterns across and down
            r, c = rng.randrange(size), rng.randrange(size - 11)
            for k, module in enumerate(rng.choice(["10111010000", "00001011101"])):
                if n % 2:
                    modules[r][c + k] = module == "1"
                else:
                    modules[c + k][r] = module == "1"
        assert penalty(row_ints(modules), size) == reference_penalty(modules)
