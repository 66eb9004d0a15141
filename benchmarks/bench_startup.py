"""Start-up of the main window on a 100,000-invoice / 10,000-client book, against a bare
PySide6 process that shows a 10-row table and quits (both measured here, interleaved).

Target (issue 3): time to a usable window (its overview filled) within 3x of the bare
process and peak memory under 150 MiB. Each run is a fresh process; the app quits once
its first overview is on screen (DEBITEUR_DESK_EXIT_AFTER_MS) and reports that moment.

Memory is each process's own. ``wait4``'s ``ru_maxrss`` of a child started straight
from this benchmark counts this benchmark's peak too: Linux keeps the peak of the memory
a process had before ``exec``, and a child started by ``fork``/``vfork`` had this
process's. That is 51 MiB with the book already made, 133 MiB right after making it,
which both the bare process and the app then reported. So each run goes through a small
launcher (``LAUNCH``) that starts the target and reports the target's ``ru_maxrss``,
which can count no more than the launcher's own ~10 MiB before ``exec`` (checked: the
target's peak must be above it). The app reports its peak at the usable window itself,
from ``VmHWM``: its own memory only (``debiteur_desk.peak_memory``).

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
from dataclasses import dataclass
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


# Starts the command in its arguments and, once it has ended, prints
# "RUN <epoch start> <seconds to exit> <its peak RSS KiB> <this launcher's peak RSS KiB>".
LAUNCH = """
import os, subprocess, sys, time
from debiteur_desk.peak_memory import peak_rss_kib
start_wall, start = time.time(), time.perf_counter()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - start
print("RUN", start_wall, elapsed, usage.ru_maxrss, peak_rss_kib(), flush=True)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@dataclass(frozen=True)
class Run:
    exit_s: float  # from start to exit
    peak_mib: float  # over the whole run
    ready_s: float | None = None  # to the usable window, when the process says so
    ready_mib: float | None = None  # peak by then


def run(code: list[str], env: dict[str, str]) -> Run:
    """One run of ``code``, through the launcher so that its memory is its own."""
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, *code], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{code[:3]} exited with {done.returncode}")
    fields = [line.split() for line in done.stdout.splitlines()]
    marks = {f[0]: f[1:] for f in fields if f and f[0] in ("RUN", "READY")}
    start_wall, exit_s, peak_kib, launcher_kib = map(float, marks["RUN"])
    if peak_kib <= launcher_kib:
        raise SystemExit(f"{code[:3]}: its peak is not above the launcher's; no figure")
    if "READY" not in marks:
        return Run(exit_s, peak_kib / 1024)
    ready_wall, ready_kib = map(float, marks["READY"])
    return Run(exit_s, peak_kib / 1024, ready_wall - start_wall, ready_kib / 1024)


def _median(values: list[float | None]) -> float:
    return statistics.median(v for v in values if v is not None)


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} MiB (runs {min(values):.0f}-{max(values):.0f})"


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
    bare, app = runs["bare"], runs["app"]
    bare_s = _median([r.exit_s for r in bare])
    ready_s = _median([r.ready_s for r in app])
    print(f"book: {args.clients:,} clients, {args.invoices:,} invoices ({Path(book).name})")
    print(
        f"bare PySide6, 10-row table, show and quit: {bare_s:.3f} s,"
        f" peak {_spread([r.peak_mib for r in bare])}"
    )
    print(
        f"debiteur-desk: usable window {ready_s:.3f} s (ratio {ready_s / bare_s:.2f}x,"
        f" target <= 3x), peak by then {_spread([r.ready_mib for r in app if r.ready_mib])}"
        " (target < 150 MiB)"
    )
    print(
        f"  the worker's first jobs done and exit {_median([r.exit_s for r in app]):.3f} s,"
        f" peak over the whole run {_spread([r.peak_mib for r in app])}"
    )
    print("memory: each process's own peak resident set (see the module docstring)")
    print(f"medians of {args.repeat} interleaved runs each")


if __name__ == "__main__":
    main()
