"""Aging over 1,000,000 invoices / 50,000 clients: the app's query vs the best bare SQL.

Target (foundation issue): the app's aging, through its own query layer, within 1.5x
of the fastest hand-written SQLite query on the same database.
"""

from __future__ import annotations

import argparse
import sqlite3
from datetime import timedelta

from common import TODAY, demo_book, median_seconds
from debiteur_desk.domain.dates import day_number
from debiteur_desk.services.book import open_book
from debiteur_desk.services.reports import aging_report


def bare_queries(as_of_day: int) -> dict[str, tuple[str, dict[str, int]]]:
    """Hand-written SQL giving the same answer as the app: per client (name, kind, ordered
    by name) the open amount and the invoice count in each of the five default buckets."""
    p = {"d0": as_of_day, "d30": as_of_day - 30, "d60": as_of_day - 60, "d90": as_of_day - 90}
    ranges = [
        "due_date >= :d0",
        "due_date < :d0 AND due_date >= :d30",
        "due_date < :d30 AND due_date >= :d60",
        "due_date < :d60 AND due_date >= :d90",
        "due_date < :d90",
    ]
    where = "WHERE open_cents > 0 AND invoice_date <= :d0"
    outer = (
        "SELECT c.id, c.name, c.kind, a.* FROM ({inner}) a"
        " JOIN clients c ON c.id = a.client_id ORDER BY c.name, c.id"
    )
    case_sql = ", ".join(
        [f"SUM(CASE WHEN {r} THEN open_cents ELSE 0 END)" for r in ranges]
        + [f"SUM(CASE WHEN {r} THEN 1 ELSE 0 END)" for r in ranges]
    )
    filter_sql = ", ".join(
        [f"COALESCE(SUM(open_cents) FILTER (WHERE {r}), 0)" for r in ranges]
        + [f"COUNT(*) FILTER (WHERE {r})" for r in ranges]
    )
    bucket = (
        "CASE WHEN due_date >= :d0 THEN 0 WHEN due_date >= :d30 THEN 1"
        " WHEN due_date >= :d60 THEN 2 WHEN due_date >= :d90 THEN 3 ELSE 4 END"
    )
    return {
        "sum-case": (
            outer.format(
                inner=f"SELECT client_id, {case_sql} FROM invoices {where} GROUP BY client_id"
            ),
            p,
        ),
        "sum-filter": (
            outer.format(
                inner=f"SELECT client_id, {filter_sql} FROM invoices {where} GROUP BY client_id"
            ),
            p,
        ),
        "group-by-bucket": (
            outer.format(
                inner=f"SELECT client_id, {bucket} AS b, SUM(open_cents), COUNT(*) FROM invoices"
                f" {where} GROUP BY client_id, b"
            ),
            p,
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--invoices", type=int, default=1_000_000)
    args = parser.parse_args()
    path = demo_book(args.clients, args.invoices)
    as_of = TODAY
    connection = sqlite3.connect(path)
    bare = {}
    for name, (sql, params) in bare_queries(day_number(as_of)).items():
        bare[name] = median_seconds(lambda s=sql, p=params: connection.execute(s, p).fetchall())
    connection.close()
    db = open_book(path, create=False).database
    app = median_seconds(lambda: aging_report(db, as_of))
    history = median_seconds(lambda: aging_report(db, as_of - timedelta(days=90)), repeat=3)
    db.close()
    best_name = min(bare, key=bare.get)
    best = bare[best_name]
    print(f"aging on {args.invoices:,} invoices / {args.clients:,} clients (SQLite, median of 7)")
    print("  every figure: amounts and counts per client and bucket, with name, sorted by name")
    for name, seconds in bare.items():
        print(f"  bare SQL {name:<18} {seconds:7.3f} s")
    print(
        f"  app aging_report          {app:7.3f} s   ratio {app / best:.2f}x of best bare SQL"
        f" ({best_name}); target <= 1.5x"
    )
    print(f"  app, as of 90 days back   {history:7.3f} s   (rebuilds open amounts from payments)")


if __name__ == "__main__":
    main()
