"""The few SQL functions whose name differs per dialect, each behind one construct."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import BigInteger


class greatest(GenericFunction[int]):  # noqa: N801 - reads like the SQL function it is
    """``GREATEST(a, b)``; SQLite spells it as the two-argument ``MAX(a, b)``."""

    type = BigInteger()
    inherit_cache = True


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: Any, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"
