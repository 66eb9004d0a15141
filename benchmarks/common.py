"""Shared helpers for the benchmarks: timing by median, peak memory, a book on disk."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from debiteur_desk.peak_memory import peak_rss_kib

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
    """Peak resident memory of this benchmark's process so far: its own, not counting the
    process that started it (see :mod:`debiteur_desk.peak_memory`)."""
    return peak_rss_kib() / 1024


def make_book(path: str, clients: str, invoices: str, seed: str) -> None:
    from debiteur_desk.services.book import open_book
    from debiteur_desk.services.demo import fill_demo

    db = open_book(Path(path)).database
    fill_demo(db, clients=int(clients), invoices=int(invoices), seed=int(seed), today=TODAY)
    db.close()


def demo_book(clients: int, invoices: int, seed: int = 1) -> Path:
    """A demo book of the given size, made once and kept under benchmarks/results/.

    It is made in a process of its own, so that no benchmark's peak memory includes it.
    """
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"book-{clients}c-{invoices}i-s{seed}.sqlite"
    if not path.exists():
        code = "import sys; from common import make_book; make_book(*sys.argv[1:])"
        arguments = [str(path), str(clients), str(invoices), str(seed)]
        subprocess.run([sys.executable, "-c", code, *arguments], cwd=CACHE.parent, check=True)
    return path
