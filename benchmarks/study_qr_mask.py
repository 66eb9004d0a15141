"""Why the letters' QR codes use a fixed mask (``letters/epc_qr.py``, ``MASK``).

segno picks the mask with the lowest ISO/IEC 18004 penalty by trying all eight, which
costs some 5 ms a code; with a fixed mask a code takes about 1 ms. This scores every
mask on EPC payloads like the letters' (names, amounts, references, free text of every
length) and prints, per mask, how often it scored lowest and how its score compares
with the best one. Not part of ``run_all.py``: it decides a constant, it does not
measure the app. It reads the penalty from segno's own ``encoder.evaluate_mask``, an
internal that only this study uses.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from decimal import Decimal

import segno
from segno import encoder

from debiteur_desk.letters.epc_qr import ERROR_LEVEL, epc_payload

NAMES = ["Van der Meer B.V.", "Installatiebedrijf Van der Meer B.V.", "Zoë Ødegård", "X", "Ł" * 70]


def payloads(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        epc_payload(
            rng.choice(NAMES),
            "NL91ABNA0417164300",
            Decimal(rng.randint(1, 10**9)) / 100,
            bic=rng.choice(["", "ABNANL2A"]),
            reference=rng.choice(["", f"{rng.randrange(10**16):016d}", "RF18 5390 0754 7034"]),
            text=rng.choice(["", "x" * rng.randint(0, 140), "ø" * rng.randint(0, 140)]),
        )
        for _ in range(count)
    ]


def code(payload: str, mask: int | None) -> segno.QRCode:
    """As the letters make it, with the given mask (None: the lowest penalty)."""
    data = payload.encode("utf-8")
    return segno.make_qr(data, error=ERROR_LEVEL, mode="byte", mask=mask, boost_error=False)


def scores(payload: str) -> list[int]:
    """The penalty of each of the eight masks, on the final symbol."""
    result = []
    for mask in range(8):
        matrix = [bytearray(row) for row in code(payload, mask).matrix]
        result.append(encoder.evaluate_mask(matrix, len(matrix), len(matrix)))
    return result


def seconds_a_code(sample: list[str], mask: int | None) -> float:
    start = time.perf_counter()
    for payload in sample:
        code(payload, mask)
    return (time.perf_counter() - start) / len(sample)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--payloads", type=int, default=400)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    sample = payloads(args.payloads, args.seed)
    table = [scores(payload) for payload in sample]
    versions = sorted({code(payload, 2).version for payload in sample})
    print(f"{len(sample)} EPC payloads, QR versions {versions[0]} to {versions[-1]}, level M")
    for mask in range(8):
        wins = sum(row[mask] == min(row) for row in table)
        ratios = sorted(row[mask] / min(row) for row in table)
        p95 = ratios[int(0.95 * (len(ratios) - 1))]
        print(
            f"  mask {mask}: lowest in {wins:3} of {len(sample)};"
            f" score / best: median {statistics.median(ratios):.2f}, 95% {p95:.2f},"
            f" worst {ratios[-1]:.2f}"
        )
    chosen = seconds_a_code(sample, None) * 1000
    fixed = seconds_a_code(sample, 2) * 1000
    print(f"segno a code: mask chosen by penalty {chosen:.2f} ms, fixed mask {fixed:.2f} ms")


if __name__ == "__main__":
    main()
