"""The layer rule (ARCHITECTURE.md): no Qt outside ui/, no SQLAlchemy in domain/ or ui/.

The contracts live in pyproject.toml ([tool.importlinter]); this runs them.
"""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml")) == 0
