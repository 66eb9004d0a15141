"""Service modules that load on first use, so that the main window can come up first.

The services import SQLAlchemy (about 0.3 s) and through it the store; the window needs
none of that to be built and painted (``benchmarks/bench_startup.py`` measures it). A
view binds a service module at the top as usual::

    invoices = lazy_module("debiteur_desk.services.invoices")

and calls ``invoices.add_invoice(...)`` where it did before, mostly inside the callables
handed to ``Operations.run``: the first attribute access imports the module, on the
worker thread. That is thread-safe, because ``importlib.import_module`` takes the import
system's per-module locks (``importlib.util.LazyLoader`` is not thread-safe on 3.11).

Only modules and functions go through here; types a view needs at start-up live in the
services' SQLAlchemy-free modules (``services/overview_lines.py``, ...), and types used
in annotations alone are imported under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    """Stands in for a module; every attribute is read from the real one, imported then.

    Nothing is cached here but the module object, so that a test's ``monkeypatch`` of the
    real module is seen through the stand-in.
    """

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.__module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        # Only called for what the stand-in lacks itself, i.e. the real module's names.
        module = self.__module
        if module is None:
            module = self.__module = importlib.import_module(self.__name__)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "loaded" if self.__module is not None else "not loaded yet"
        return f"<lazy module {self.__name__!r} ({state})>"


def lazy_module(name: str) -> ModuleType:
    """A stand-in for module ``name`` that imports it on first attribute access."""
    return LazyModule(name)


def late(module: str, name: str) -> Any:
    """``name`` from ``module``, imported now: a dialog or window the start path need not
    load (it brings ReportLab, or is simply not needed to show the tables)."""
    return getattr(importlib.import_module(module), name)
