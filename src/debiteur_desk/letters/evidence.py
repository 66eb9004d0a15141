"""A filed letter's context back from the data it was made from.

``services/letters.py`` keeps every letter's ``LetterContext`` with its record, as JSON
(``dataclasses.asdict``; dates, amounts and paths as text). Reading it back gives the
same context, so the letter's own text can be produced again (its e-mail) exactly as it
was filed, however the book changed since.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from debiteur_desk.letters.context import LetterContext


def _build(kind: Any, value: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _build(inner, value)
    if origin is tuple:
        item = typing.get_args(kind)[0]  # tuple[X, ...]
        return tuple(_build(item, v) for v in value)
    if dataclasses.is_dataclass(kind):
        assert isinstance(kind, type)
        hints = typing.get_type_hints(kind)
        fields = [f for f in dataclasses.fields(kind) if f.init and f.name in value]
        return kind(**{f.name: _build(hints[f.name], value[f.name]) for f in fields})
    if kind is date:
        return date.fromisoformat(value)
    if kind in (Decimal, Path) or (isinstance(kind, type) and issubclass(kind, Enum)):
        return kind(value)
    return value


def context_from_evidence(data: Mapping[str, Any]) -> LetterContext:
    """The ``LetterContext`` a letter was made from, from its stored data."""
    context = _build(LetterContext, data)
    assert isinstance(context, LetterContext)
    return context
