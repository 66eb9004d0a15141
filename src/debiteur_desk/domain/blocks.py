"""Items taken a block at a time (``itertools.batched`` from Python 3.12 on, as lists):
an import plans and writes 500 rows together, the demo book 50,000."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def blocks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, the last one shorter; read as they are asked for."""
    if size < 1:
        raise ValueError(f"block size {size}")
    rest = iter(items)
    while block := list(islice(rest, size)):
        yield block
