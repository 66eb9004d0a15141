"""A message box about a client page must survive the page being closed while it is open
(the soak test aborted with "double free or corruption" in Operations.show_error: the
static QMessageBox lives on the stack as the page's child, and deleting the page deleted
it a second time). Run in a process of its own: the failure is an abort, not an error."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_an_error_box_outlives_the_page_it_is_about():
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.box_over_closed_page"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert "alive" in run.stdout
