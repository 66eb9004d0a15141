"""EPC QR code ("GiroCode", EPC069-12): a SEPA credit transfer a banking app can scan.

Payload lines: ``BCD`` / version ``002`` / character set ``1`` (UTF-8) / ``SCT`` /
BIC (may be empty in version 002) / beneficiary name (max 70) / IBAN /
``EUR`` amount / purpose (empty) / structured reference (ISO 11649 RF) *or*
unstructured text (max 140). At most 331 bytes; error correction level M.
Encoded with ReportLab's own QR encoder (sped up in :mod:`.qr_encode`), so no extra
dependency.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from stdnum import iso11649

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.money import round_cents
from debiteur_desk.domain.references import validate_iban
from debiteur_desk.letters.qr_encode import penalty, qr_modules, row_ints

MAX_BYTES = 331
MAX_NAME = 70
MAX_TEXT = 140
MAX_AMOUNT = Decimal("999999999.99")


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


def _penalty(modules: list[list[bool]]) -> int:
    """ISO/IEC 18004 mask penalty of a symbol: runs, 2x2 blocks, finder-like, balance."""
    return penalty(row_ints(modules), len(modules))


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark modules of the code for ``payload`` (byte mode, UTF-8, level M)."""
    return qr_modules(payload)


class QrFlowable(Flowable):
    """The code as one filled path, with the 4-module quiet zone the standard asks for.

    ReportLab's ``QrCodeWidget`` encodes twice and makes a shape object per module,
    which costs tens of milliseconds per letter; this draws runs of modules instead.
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
        for run in bytes(modules).split(b"\x00"):  # the runs of dark modules, and gaps
            if run:
                ops.append(f"{col} {row + quiet_zone} {len(run)} 1 re")
            col += len(run) + 1
    ops.append("f")
    return "\n".join(ops)
