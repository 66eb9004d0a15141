"""Start-up of the main window on a 100,000-invoice / 10,000-client book, against a bare
PySide6 process that shows a 10-row table and quits (both measured here, interleaved).

Target (issue 3): time to a usable window (its overview filled) within 3x of the bare
process and peak memory under 150 MiB. Each run is a fresh process; the app quits once
its first overview is on screen (DEBITEUR_DESK_EXIT_AFTER_MS) and reports that moment.

Bytecode: an installed app runs from compiled ``.pyc`` files. Where the environment says
``PYTHONDONTWRITEBYTECODE`` (this machine does), an editable install would recompile
every module of the app on every start; the runs here drop that setting, so the warm-up
run leaves the bytecode an installation would have.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import demo_book

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv)
table = QTableWidget(10, 3)
for r in range(10):
    for c in range(3):
        table.setItem(r, c, QTableWidgetItem(f"{r},{c}"))
table.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# Through the real entry point; the app prints when its window became usable
# (DEBITEUR_DESK_PRINT_READY).
APP = """
import sys
from debiteur_desk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


Run = tuple[float, float | None, float, float | None]


def run(code: list[str], env: dict[str, str]) -> Run:
    """Wall seconds to exit, seconds to READY (if printed), peak RSS in MiB over the whole
    run and at READY."""
    start_wall = time.time()
    start = time.perf_counter()
    process = subprocess.Popen(code, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read().decode() if process.stdout else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{code[:3]} exited with {process.returncode}")
    marks = [line.split() for line in out.splitlines() if line.startswith("READY")]
    ready = float(marks[0][1]) - start_wall if marks else None
    ready_mib = int(marks[0][2]) / 1024 if marks else None
    return elapsed, ready, usage.ru_maxrss / 1024, ready_mib


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args, _ = parser.parse_known_args()
    book = demo_book(args.clients, args.invoices)
    with tempfile.TemporaryDirectory() as data_dir:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": "offscreen",
            "DEBITEUR_DESK_EXIT_AFTER_MS": "1",
            "DEBITEUR_DESK_PRINT_READY": "1",
            "DEBITEUR_DESK_DATA_DIR": data_dir,  # preferences of these runs stay here
        }
        commands = {
            "bare": [sys.executable, "-c", BARE],
            "app": [sys.executable, "-c", APP, str(book)],
        }
        for command in commands.values():
            run(command, env)  # warm the file cache
        runs: dict[str, list[Run]] = {k: [] for k in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(run(command, env))
    bare_s = statistics.median(r[0] for r in runs["bare"])
    bare_mib = max(r[2] for r in runs["bare"])
    print(f"book: {args.clients:,} clients, {args.invoices:,} invoices ({Path(book).name})")
    print(f"bare PySide6, 10-row table, show and quit: {bare_s:.3f} s, {bare_mib:.0f} MiB peak")
    for name, label in (("app", "debiteur-desk"),):
        ready_s = statistics.median(r[1] for r in runs[name] if r[1] is not None)
        exit_s = statistics.median(r[0] for r in runs[name])
        mib = max(r[2] for r in runs[name])
        ready_mib = max(r[3] for r in runs[name] if r[3] is not None)
        print(
            f"{label}: usable window {ready_s:.3f} s (ratio {ready_s / bare_s:.2f}x, target <= 3x),"
            f" {ready_mib:.0f} MiB peak by then (target < 150 MiB);"
            f" the worker's first jobs done and exit {exit_s:.3f} s, {mib:.0f} MiB peak"
        )
    print(f"medians of {args.repeat} interleaved runs each")


if __name__ == "__main__":
    main()
