"""The worklist rules ("Vandaag te doen", the overview's next-action column) over a large
book: 10,000 clients / 100,000 invoices, target well under a second.

This was a timed unit test; a wall-clock assertion fails on a busy CI machine, so the
figure lives here and the test suite keeps a query-count guard
(``tests/integration/test_worklist.py::test_query_count_does_not_grow_with_the_book``).
"""

from __future__ import annotations

import argparse

from common import TODAY, demo_book, median_seconds, peak_rss_mib
from debiteur_desk.services.book import open_book
from debiteur_desk.services.worklist import next_actions, worklist


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    args = parser.parse_args()
    db = open_book(demo_book(args.clients, args.invoices), create=False).database
    steps = median_seconds(lambda: next_actions(db, TODAY), repeat=5)
    items = median_seconds(lambda: worklist(db, TODAY), repeat=5)
    db.close()
    print(f"worklist on {args.invoices:,} invoices / {args.clients:,} clients (median of 5)")
    print(f"  next action per client      {steps:6.3f} s   target < 1 s")
    print(f"  'Vandaag te doen' list      {items:6.3f} s")
    print(f"  peak memory of this process {peak_rss_mib():.0f} MiB (the book made in another)")


if __name__ == "__main__":
    main()
