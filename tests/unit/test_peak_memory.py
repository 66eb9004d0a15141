"""The benchmarks' memory figures are each process's own, not its parent's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import debiteur_desk

# A parent that holds 300 MiB starts a small child, as a benchmark starts the app.
PARENT = """
import subprocess, sys
ballast = bytearray(300 * 2**20)
ballast[:: 4096] = b"x" * len(ballast[:: 4096])  # touch every page
child = "import resource; from debiteur_desk.peak_memory import peak_rss_kib; " \\
    "print(peak_rss_kib(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
sys.stdout.write(subprocess.run([sys.executable, "-c", child], capture_output=True,
                                text=True, check=True).stdout)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux's /proc only")
def test_a_child_of_a_large_process_reports_its_own_peak():
    src = str(Path(debiteur_desk.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", PARENT], capture_output=True, text=True, env=env, check=True
    )
    own_kib, rusage_kib = map(int, done.stdout.split())
    assert own_kib < 100 * 1024  # a bare interpreter: some 10 MiB
    assert rusage_kib > 300 * 1024  # what getrusage says: the parent's peak
