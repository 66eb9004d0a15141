"""QR code matrices in about a millisecond: the very modules ReportLab's encoder gave.

ReportLab's encoder (``reportlab.graphics.barcode.qrencoder``) took some 11 ms a
code: it lays the whole symbol out once per candidate mask, testing each module
through a lambda, and rebuilds the Reed-Solomon generator for every block. A batch
prints another code on every letter, so all of that counted.

ReportLab still chooses the version and draws the fixed parts (finders, timing,
alignment, format and version bits), kept per version and mask. Rows are held as
integers: the data bits are placed once, each mask is one XOR per row, and the
ISO/IEC 18004 penalty of all eight candidates is a few operations on the rows laid
side by side. As before, masks are compared with the format bits left light and
the first lowest score wins. The error correction uses the usual table-driven
division, with the generator polynomials kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from operator import itemgetter

from reportlab.graphics.barcode import qrencoder

LEVEL = qrencoder.QRErrorCorrectLevel.M
_EXP, _LOG = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
_PAD = (0xEC, 0x11)

_GAP = 11  # light bits between rows laid side by side: no run or pattern crosses them
# Each is the other reversed, so counting both does not depend on the reading direction.
_FINDER_LIKE = ((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1))


@lru_cache(maxsize=64)
def _generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest first) of the product of (x - a^i) for i < degree, in GF(256)."""
    poly = [1]
    for i in range(degree):
        factor = _EXP[i]
        poly = [
            high ^ (_EXP[(_LOG[low] + _LOG[factor]) % 255] if low else 0)
            for high, low in zip([*poly, 0], [0, *poly], strict=True)
        ]
    return tuple(poly)


@lru_cache(maxsize=64)
def _feedback(count: int) -> tuple[int, ...]:
    """Per leading byte: the generator times that byte, ``count`` bytes as one integer."""
    logs = [_LOG[c] for c in _generator(count)[1:]]
    table = [0]
    for factor in range(1, 256):
        shifted = bytes(_EXP[(_LOG[factor] + log) % 255] for log in logs)
        table.append(int.from_bytes(shifted, "big"))
    return tuple(table)


def _error_correction(data: list[int], count: int) -> list[int]:
    """The remainder of data(x) * x^count divided by the generator: the EC codewords."""
    feedback, top, keep = _feedback(count), 8 * (count - 1), (1 << 8 * count) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & keep) ^ feedback[byte ^ (remainder >> top)]
    return list(remainder.to_bytes(count, "big"))


def codewords(version: int, data: bytes) -> list[int]:
    """What ReportLab's ``QRCode.createData`` gives for ``data`` in byte mode: the data
    and error correction codewords, interleaved by block."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    capacity = 8 * sum(block.dataCount for block in blocks)
    segment = qrencoder.QR8bitByte(data)
    length_bits = segment.getLengthBits(version)
    payload = int.from_bytes(data, "big")
    bits = f"{segment.mode:04b}{len(data):0{length_bits}b}{payload:0{8 * len(data)}b}"
    if len(bits) > capacity:
        raise ValueError(f"code length overflow ({len(bits)} > {capacity})")
    if len(bits) + 4 <= capacity:
        bits += "0000"  # the terminator, when it fits
    bits += "0" * (-len(bits) % 8)
    words = list(int(bits, 2).to_bytes(len(bits) // 8, "big"))
    words += [_PAD[i % 2] for i in range(capacity // 8 - len(words))]
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = words[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_error_correction(chunk, block.totalCount - block.dataCount))
    rounds = [*zip_longest(*data_blocks), *zip_longest(*ec_blocks)]
    return [byte for group in rounds for byte in group if byte is not None]


_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_AS_BITS = bytes.maketrans(b"01", b"\x00\x01")


def row_ints(modules: list[list[bool]]) -> list[int]:
    """Each row as an integer, column 0 the most significant bit."""
    return [int(bytes(row).translate(_AS_DIGITS), 2) for row in modules]


@dataclass(frozen=True)
class _Layout:
    """Where a symbol of one version keeps its data, and what each mask does there."""

    size: int
    # From the data bits with a "0" appended: all modules, row by row, data in place.
    gather: Callable[[str], tuple[str, ...]]
    data_rows: tuple[int, ...]  # per row: the modules that carry data
    mask_rows: tuple[tuple[int, ...], ...]  # per mask, per row: its dark data modules


@lru_cache(maxsize=16)
def _layout(version: int) -> _Layout:
    size = version * 4 + 17
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    light = 8 * sum(block.totalCount for block in blocks)  # the "0" after the data bits
    probe = qrencoder.QRCode(version, LEVEL)
    probe.moduleCount = size
    sources = [light] * (size * size)
    data_rows = [0] * size
    masks = [[0] * size for _ in range(8)]
    for number, (col, row) in enumerate(probe.dataPosIterator()):
        sources[row * size + col] = min(number, light)  # places past the data stay light
        bit = 1 << (size - 1 - col)
        data_rows[row] |= bit
        for mask, rows in enumerate(masks):
            if qrencoder.QRUtil.getMask(mask)(row, col):
                rows[row] |= bit
    return _Layout(size, itemgetter(*sources), tuple(data_rows), tuple(map(tuple, masks)))


@lru_cache(maxsize=128)
def _fixed(version: int, mask: int, *, test: bool) -> tuple[int, ...]:
    """The rows of everything but the data: finders, timing, alignment, format and version.

    With ``test`` the format and version modules are left light, as when masks are compared.
    """
    probe = qrencoder.QRCode(version, LEVEL)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
    probe.dataCache = [0] * sum(block.totalCount for block in blocks)
    probe.makeImpl(test, mask)
    data_rows = _layout(version).data_rows
    return tuple(row & ~data for row, data in zip(row_ints(probe.modules), data_rows, strict=True))


@lru_cache(maxsize=16)
def _slots(size: int) -> tuple[int, int, int, int]:
    """Masks over the rows laid side by side: pairs along a row, pairs down a column, and
    where an 11-module pattern can start along a row and down a column."""
    slot = size + _GAP
    full = (1 << size) - 1

    def each(bits: int, rows: int) -> int:
        return sum(bits << (i * slot) for i in range(rows))

    return (
        each(full >> 1, size),
        each(full, size - 1),
        each(full >> 10, size),
        each(full, size - 10),
    )


def _runs(equal: int, step: int) -> int:
    """N1 from "equal to the next module" bits: 3 for a run of five, 1 more per module."""
    windows = equal & (equal >> step) & (equal >> 2 * step) & (equal >> 3 * step)
    return windows.bit_count() + 2 * (windows & ~(windows >> step)).bit_count()


def _finder_like(modules: int, step: int, starts: int) -> int:
    count = 0
    for pattern in _FINDER_LIKE:
        found = starts
        for k, dark in enumerate(pattern):
            part = modules >> (k * step)
            found &= part if dark else ~part
        count += found.bit_count()
    return count


def penalty(rows: list[int], size: int) -> int:
    """ISO/IEC 18004 mask penalty: runs (N1), 2x2 blocks (N2), finder-like (N3), balance (N4).

    Computed on all rows at once, laid side by side in one integer with a gap between
    them: along a row is one bit over, down a column one row's slot over.
    """
    slot = size + _GAP
    along, down_mask, starts_along, starts_down = _slots(size)
    modules = sum(row << (i * slot) for i, row in enumerate(rows))
    across = ~(modules ^ (modules >> 1)) & along
    down = ~(modules ^ (modules >> slot)) & down_mask
    score = _runs(across, 1) + _runs(down, slot)
    finders = _finder_like(modules, 1, starts_along) + _finder_like(modules, slot, starts_down)
    score += 40 * finders
    score += 3 * (down & (down >> 1) & across).bit_count()
    dark = modules.bit_count()
    score += 10 * (abs(100 * dark - 50 * size * size) // (5 * size * size))
    return score


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the code for ``payload``: byte mode, UTF-8, error correction level M."""
    code = qrencoder.QRCode(None, LEVEL)
    code.addData(qrencoder.QR8bitByte(payload))
    version = code.calculate_version()
    words = codewords(version, payload.encode("utf-8"))
    layout = _layout(version)
    size = layout.size
    bits = format(int.from_bytes(bytes(words), "big"), f"0{8 * len(words)}b")
    placed = "".join(layout.gather(bits + "0"))
    data = [int(placed[start : start + size], 2) for start in range(0, size * size, size)]
    test = _fixed(version, 0, test=True)
    scores = [
        penalty([f | (d ^ m) for f, d, m in zip(test, data, masks, strict=True)], size)
        for masks in layout.mask_rows
    ]
    best = scores.index(min(scores))
    fixed, masks = _fixed(version, best, test=False), layout.mask_rows[best]
    width = f"0{size}b"
    return tuple(
        tuple(map(bool, format(f | (d ^ m), width).encode().translate(_AS_BITS)))
        for f, d, m in zip(fixed, data, masks, strict=True)
    )
