"""Run every benchmark in turn (each in its own process, so memory figures are its own)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHMARKS = [
    "bench_demo.py",
    "bench_aging.py",
    "bench_worklist.py",
    "bench_startup.py",
    "bench_table.py",
    "bench_letters.py",
    "bench_import.py",
]


def main() -> int:
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / name), *sys.argv[1:]]).returncode
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
