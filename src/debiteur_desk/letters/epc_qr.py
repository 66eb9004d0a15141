"""EPC QR code ("GiroCode", EPC069-12): a SEPA credit transfer a banking app can scan.

Payload lines: ``BCD`` / version ``002`` / character set ``1`` (UTF-8) / ``SCT`` /
BIC (may be empty in version 002) / beneficiary name (max 70) / IBAN /
``EUR`` amount / purpose (empty) / structured reference (ISO 11649 RF) *or*
unstructured text (max 140). At most 331 bytes; error correction level M.

Encoded by segno (its public ``make_qr`` and ``QRCode.matrix``): one byte-mode
segment of the UTF-8 bytes, no ECI, level M exactly (segno's ``boost_error`` would
raise it where it fits). The mask is fixed (:data:`MASK`) rather than chosen by the
ISO/IEC 18004 penalty, which makes segno try all eight: some 5 ms more a code, 5 s on
a batch of 1,000 letters. Any mask makes a valid code; over 400 sample EPC payloads
(versions 4 to 13) mask 2 scored lowest in half of them and never above 1.21 times
the best (``benchmarks/study_qr_mask.py``). ``tests/unit/letters/test_epc_qr.py``
scans printed codes back with zbar and pins the modules of a known payload, so a
segno release that encoded differently (and so changed the letters' bytes) would be
noticed. ReportLab only draws the modules.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import segno
from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from stdnum import iso11649

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import round_cents
from debiteur_desk.domain.references import validate_iban

MAX_BYTES = 331
MAX_NAME = 70
MAX_TEXT = 140
MAX_AMOUNT = Decimal("999999999.99")
ERROR_LEVEL = "M"  # EPC069-12
MASK = 2  # see the module's docstring


def _clip(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit].strip()


def _join(lines: list[str]) -> str:
    while lines and lines[-1] == "":
        lines = lines[:-1]
    return "\n".join(lines)


def epc_payload(
    name: str, iban: str, amount: Decimal, *, bic: str = "", reference: str = "", text: str = ""
) -> str:
    """The payload; ``reference`` goes in the structured field when it is a valid RF
    reference, otherwise it is sent as unstructured text (a Dutch betalingskenmerk
    is not accepted in the structured field)."""
    iban = validate_iban(iban)
    amount = round_cents(amount)
    if not Decimal("0.01") <= amount <= MAX_AMOUNT:
        raise InvalidInput("epc_amount", text=str(amount))
    compact_ref = reference.replace(" ", "").upper()
    if compact_ref and iso11649.is_valid(compact_ref):
        structured, unstructured = compact_ref, ""  # the standard allows one or the other
    else:
        structured, unstructured = "", _clip(f"{reference} {text}", MAX_TEXT)
    beneficiary = _clip(name, MAX_NAME)
    if not beneficiary:
        raise InvalidInput("epc_name_empty")
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic.replace(" ", "").upper(),
        beneficiary,
        iban,
        f"EUR{amount:.2f}",
        "",  # purpose code
        structured,
        unstructured,
    ]
    payload = _join(lines)
    # Multi-byte characters count double or more: shorten the free text, then the name.
    while len(payload.encode("utf-8")) > MAX_BYTES:
        if lines[10]:
            lines[10] = lines[10][:-1].rstrip()
        elif lines[5]:
            lines[5] = lines[5][:-1].rstrip()
        else:  # pragma: no cover - the fixed fields alone are far below the limit
            raise InvalidInput("epc_too_long")
        payload = _join(lines)
    return payload


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[bytes, ...]:
    """The code's modules for ``payload``, row by row, 1 for dark (no quiet zone)."""
    code = segno.make_qr(
        payload.encode("utf-8"), error=ERROR_LEVEL, mode="byte", mask=MASK, boost_error=False
    )
    return tuple(bytes(row) for row in code.matrix)


class QrFlowable(Flowable):
    """The code as one filled path, with the 4-module quiet zone the standard asks for.

    Drawn with ReportLab's public canvas calls: the path's operators go in through
    ``Canvas.addLiteral``, one rectangle per run of dark modules in a row (ReportLab's
    ``QrCodeWidget`` makes a shape object per module, tens of milliseconds a letter).
    """

    QUIET_ZONE = 4

    def __init__(self, payload: str, size: float = 30 * mm) -> None:
        super().__init__()
        self.payload = payload
        self.matrix = qr_matrix(payload)
        self.width = self.height = size

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.matrix) + 2 * self.QUIET_ZONE
        module = self.width / count
        canv = self.canv
        canv.saveState()
        canv.setFillColor(black)
        # One unit = one module, origin at the top-left module, y pointing down.
        canv.transform(module, 0, 0, -module, 0, self.height)
        canv.addLiteral(_module_runs(self.payload, self.QUIET_ZONE))
        canv.restoreState()


@lru_cache(maxsize=64)
def _module_runs(payload: str, quiet_zone: int) -> str:
    """The filled path: one rectangle per horizontal run of dark modules, in module units."""
    ops = []
    for row, modules in enumerate(qr_matrix(payload)):
        col = quiet_zone
        for run in modules.split(b"\x00"):  # the runs of dark modules, and gaps
            if run:
                ops.append(f"{col} {row + quiet_zone} {len(run)} 1 re")
            col += len(run) + 1
    ops.append("f")
    return "\n".join(ops)
