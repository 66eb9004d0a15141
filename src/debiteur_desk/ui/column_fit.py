"""How wide each column of a list is until the user sets it: what fits the width at hand.

Every column first gets the width of its contents. When they do not all fit, a view's
steps are taken in order until they do: a ``Shrink`` narrows a long text column (its
text is elided, its tooltip or the client's page has the rest), a ``Hide`` leaves out a
column the view can do without at that width. The column a user needs most (the next
step) comes last in those steps, so it is the last to give way. What is left over when
everything fits goes to the last column (the header stretches it).

Plain arithmetic over pixel widths, so it is tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Shrink:
    key: str  # the column
    to: int  # no narrower than this, in pixels


@dataclass(frozen=True)
class Hide:
    key: str


Step = Shrink | Hide


@dataclass(frozen=True)
class Fit:
    widths: dict[str, int]  # every column, hidden ones at the width they would have
    hidden: frozenset[str]


def fit_columns(natural: dict[str, int], available: int, steps: Sequence[Step]) -> Fit:
    """The widths (and the columns left out) that fit ``available`` pixels, taking as
    few of ``steps`` as needed; a step about a column that is not there is skipped.
    When even all of them are not enough, the list scrolls sideways."""
    widths = dict(natural)
    hidden: set[str] = set()
    shrunk: list[str] = []

    def excess() -> int:
        return sum(w for key, w in widths.items() if key not in hidden) - available

    for step in steps:
        over = excess()
        if over <= 0:
            break
        if step.key not in widths or step.key in hidden:
            continue
        if isinstance(step, Hide):
            hidden.add(step.key)
        else:
            widths[step.key] = max(min(step.to, widths[step.key]), widths[step.key] - over)
            shrunk.append(step.key)
    # A column hidden after one was narrowed may have freed more than was needed: the
    # narrowed ones get it back, the last narrowed first.
    for key in reversed(shrunk):
        spare = -excess()
        if spare <= 0:
            break
        if key not in hidden:
            widths[key] = min(natural[key], widths[key] + spare)
    return Fit(widths, frozenset(hidden))
