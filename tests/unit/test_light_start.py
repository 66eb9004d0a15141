"""The main window's modules import without the database layer, the letters or Alembic.

Importing SQLAlchemy alone takes about 0.3 s, which breaks the start-up target
(``benchmarks/bench_startup.py``): the window must come up first and the services load
on the worker thread, on first use (``ui/lazy.py``). Checked in a fresh interpreter,
since this test process has long imported all of them.
"""

import subprocess
import sys

HEAVY = ("sqlalchemy", "reportlab", "alembic")

CODE = f"""
import sys
import debiteur_desk.ui.main_window
print(",".join(m for m in {HEAVY!r} if m in sys.modules))
"""


def test_main_window_imports_without_the_database_layer():
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip()
    assert not loaded, (
        f"importing debiteur_desk.ui.main_window also imported {loaded}: that costs the "
        "window its start-up time. Import types used only in annotations under "
        "TYPE_CHECKING, reach services through ui.lazy.lazy_module, and keep the types "
        "the window needs at start in the services' SQLAlchemy-free modules. Find the "
        "culprit with: python -X importtime -c 'import debiteur_desk.ui.main_window'"
    )


LAZY = """
import sys
from debiteur_desk.ui.lazy import lazy_module
invoices = lazy_module("debiteur_desk.services.invoices")
before = "debiteur_desk.services.invoices" in sys.modules or "sqlalchemy" in sys.modules
add = invoices.add_invoice
real = sys.modules["debiteur_desk.services.invoices"]
print(before, add is real.add_invoice, "sqlalchemy" in sys.modules)
"""


def test_a_lazy_module_loads_on_first_attribute_access():
    done = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True"]
