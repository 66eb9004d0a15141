"""The peak resident memory of this process, for the start-up benchmark and the others.

``getrusage``'s ``ru_maxrss`` is no good for that on Linux: it keeps the peak of the
memory the process had *before* it executed this program, which for a process started
by ``fork``/``vfork`` is its parent's. Started from a large benchmark process, a small
program reports the benchmark's size. ``VmHWM`` in ``/proc/self/status`` is the
high-water mark of this program's own memory only; ``ru_maxrss`` is the fallback where
there is no ``/proc`` (Unix only: the benchmarks do not run on Windows).
"""

from __future__ import annotations

import sys


def peak_rss_kib() -> int:
    """Peak resident memory of this program so far, in KiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes there, KiB elsewhere
