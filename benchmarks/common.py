"""Shared helpers for the benchmarks: timing by median, peak memory, a book on disk."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from debiteur_desk.services.book import open_book
from debiteur_desk.services.demo import fill_demo

TODAY = date(2026, 11, 22)
CACHE = Path(__file__).parent / "results"


def median_seconds(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def demo_book(clients: int, invoices: int, seed: int = 1) -> Path:
    """A demo book of the given size, made once and kept under benchmarks/results/."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"book-{clients}c-{invoices}i-s{seed}.sqlite"
    if not path.exists():
        db = open_book(path).database
        fill_demo(db, clients=clients, invoices=invoices, seed=seed, today=TODAY)
        db.close()
    return path
