"""Plain-text tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence


def render_table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    foot: Sequence[str] | None = None,
    *,
    numeric_from: int | None = None,
) -> str:
    """Columns from ``numeric_from`` on are right-aligned (amounts)."""
    all_rows = [list(head), *map(list, rows), *([list(foot)] if foot else [])]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(head))]

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(w) if numeric_from is not None and i >= numeric_from else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    out = [line(head), rule, *(line(r) for r in rows)]
    if foot:
        out += [rule, line(foot)]
    return "\n".join(out)
