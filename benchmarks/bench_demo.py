"""Generating the 1,000,000-invoice demo book: target under 60 s on this machine."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import TODAY, peak_rss_mib
from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_book(Path(folder) / "demo.sqlite").database
        start = time.perf_counter()
        summary = fill_demo(db, clients=args.clients, invoices=args.invoices, seed=1, today=TODAY)
        seconds = time.perf_counter() - start
        db.close()
    print(
        f"demo book: {summary.invoices:,} invoices, {summary.clients:,} clients, "
        f"{summary.payments:,} payments in {seconds:.1f} s (target < 60 s, "
        f"{seconds / 60:.2f} of the budget); peak memory of this process, which made it,"
        f" {peak_rss_mib():.0f} MiB"
    )


if __name__ == "__main__":
    main()
