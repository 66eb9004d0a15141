"""Text fitted into a fixed box without becoming unreadable: the address in the window.

PostNL asks for an address of 3 to 6 lines printed at 10 to 12 pt (postnl.nl,
"Addressing tips"). The address prints at 10 pt; a long name wraps; if the lines need
more height than the window has, the type gets smaller in half points, but never below
:data:`MIN_SIZE`. What still does not fit is cut, visibly: the last line a part keeps
ends in "…". Every part (name, contact, street, postcode and city, country) keeps at
least its first line, so the letter can still be delivered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

MIN_SIZE = 8.0  # pt: the smallest type a letter uses to make text fit
ELLIPSIS = "…"
_STEP = 0.5
_SPACES = re.compile(r"[^\S\u00a0]+")  # white space, but not the no-break space


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``: broken at spaces, and inside a word that
    is wider than a whole line."""
    lines: list[str] = []
    line = ""
    for word in _SPACES.sub(" ", text).split(" "):
        if not word:
            continue
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = _longest_prefix(line, font, size, width)
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _longest_prefix(text: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def ellipsis(text: str, font: str, size: float, width: float) -> str:
    """``text`` ending in "…" where it would be wider than ``width`` (whole if it fits)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


@dataclass(frozen=True)
class FittedText:
    size: float
    leading: float
    lines: tuple[str, ...]
    complete: bool  # False when something was cut


def fit_parts(
    parts: Sequence[str],
    font: str,
    size: float,
    leading: float,
    width: float,
    height: float,
    *,
    minimum: float = MIN_SIZE,
) -> FittedText:
    """The largest size from ``size`` down to ``minimum`` at which the parts, each starting
    on a new line, fit ``width`` x ``height``; at ``minimum`` what does not fit is cut."""
    parts = [part for part in parts if part.strip()]
    current = size
    while True:
        line_height = leading * current / size
        wrapped = [wrap(part, font, current, width) for part in parts]
        if sum(map(len, wrapped)) * line_height <= height + 1e-6:
            lines = tuple(line for block in wrapped for line in block)
            return FittedText(current, line_height, lines, True)
        if current - _STEP < minimum - 1e-6:
            capacity = max(1, int((height + 1e-6) // line_height))
            lines = _cut(wrapped, capacity, font, current, width)
            return FittedText(current, line_height, lines, False)
        current -= _STEP


def _cut(
    blocks: list[list[str]], capacity: int, font: str, size: float, width: float
) -> tuple[str, ...]:
    """``capacity`` lines: first one line for each part (from the top, while there is
    room), then the remaining room to the parts from the top; a cut part ends in "…"."""
    kept = [min(1, len(block)) for block in blocks]
    while sum(kept) > capacity:  # more parts than lines: the last parts go
        kept[max(i for i, n in enumerate(kept) if n)] = 0
    room = capacity - sum(kept)
    for i, block in enumerate(blocks):
        extra = min(room, len(block) - kept[i]) if kept[i] else 0
        kept[i] += extra
        room -= extra
    lines: list[str] = []
    for block, count in zip(blocks, kept, strict=True):
        if not count:
            continue
        shown = block[:count]
        if count < len(block):
            rest = " ".join(block[count - 1 :])
            shown[-1] = ellipsis(rest + ELLIPSIS, font, size, width)
        lines += shown
    return tuple(lines)


def draw_fitted(canv: Canvas, fitted: FittedText, font: str, x: float, top: float) -> None:
    """The lines down from ``top`` (the first line's baseline one type size below it)."""
    canv.setFont(font, fitted.size, fitted.leading)
    y = top - fitted.size
    for line in fitted.lines:
        canv.drawString(x, y, line)
        y -= fitted.leading
