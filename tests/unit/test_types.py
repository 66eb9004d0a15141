"""mypy is part of the suite for the layers without Qt: a wrong type there is a bug."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [
    "src/debiteur_desk/domain",
    "src/debiteur_desk/store",
    "src/debiteur_desk/services",
    "src/debiteur_desk/importers",
]


@pytest.mark.slow
def test_mypy_finds_no_errors_in_domain_store_and_services():
    mypy = shutil.which("mypy") or str(Path(sys.executable).with_name("mypy"))
    done = subprocess.run([mypy, *CHECKED], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
