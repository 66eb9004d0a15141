"""Characters the letter font cannot draw, found before they print as empty boxes.

DejaVu Sans (``fonts.py``) draws some 5,900 characters: every European script, Greek,
Cyrillic, many symbols, but no emoji. A character it has no glyph for (🚲 in a name)
would print as an empty box, so the letter shows a visible ``?`` in its place, and
:func:`unprintable_in_letter` lists such characters for the letter window and the
command line to warn about before the letter is made.

A character counts as printable when both faces (regular and bold) have it, so that a
name prints the same in the address, the salutation and a bold heading. Texts are
taken in their composed form (NFC): ``e`` + a combining diaeresis is ``ë``. Invisible
control and format characters (a bell, a right-to-left mark pasted along with a name)
are left out: there is nothing to see, so nothing to warn about.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics

from debiteur_desk.letters.context import LetterContext, LetterKind
from debiteur_desk.letters.fonts import BOLD, REGULAR, register_fonts
from debiteur_desk.letters.templates import TemplateOverrides, effective_template

REPLACEMENT = "?"
_INVISIBLE = {"Cc", "Cf"}  # control and format characters


@cache
def _drawable() -> frozenset[int]:
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (REGULAR, BOLD)]
    return frozenset(faces[0]).intersection(faces[1])


def is_printable(char: str) -> bool:
    """Whether the letter font draws ``char`` (white space always counts as printable)."""
    return char.isspace() or ord(char) in _drawable()


def _invisible(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) in _INVISIBLE


def printable_text(text: str) -> str:
    """``text`` composed (NFC), with a ``?`` for each character the font cannot draw and
    without invisible control characters."""
    composed = unicodedata.normalize("NFC", text)
    if all(is_printable(char) for char in composed):
        return composed
    return "".join(
        char if is_printable(char) else REPLACEMENT
        for char in composed
        if is_printable(char) or not _invisible(char)
    )


def unprintable_characters(texts: Iterable[str]) -> tuple[str, ...]:
    """The distinct visible characters of ``texts`` the letter font cannot draw, in order
    of first appearance (e.g. ``("🚲",)``)."""
    found: dict[str, None] = {}
    for text in texts:
        for char in unicodedata.normalize("NFC", text):
            if not is_printable(char) and not _invisible(char):
                found.setdefault(char)
    return tuple(found)


def _strings(value: Any) -> Iterator[str]:
    """Every text in a context: its fields, nested dataclasses, tuples (not paths)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def unprintable_in_letter(
    kind: LetterKind | str, context: LetterContext, templates: TemplateOverrides | None = None
) -> tuple[str, ...]:
    """The characters of one letter's texts (its data and its template, as the user may
    have changed it) that will print as ``?``; empty when all is well."""
    template = effective_template(LetterKind(kind), context.language, templates)
    return unprintable_characters([*_strings(context), *template.values()])


def _printable_value(value: Any) -> Any:
    if isinstance(value, str):
        return printable_text(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        changes = {f.name: _printable_value(getattr(value, f.name)) for f in fields}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_printable_value(item) for item in value)
    return value


def printable_context(context: LetterContext) -> LetterContext:
    """The context with every text made printable (the letter engine prints this one)."""
    if all(is_printable(char) for text in _strings(context) for char in text):
        return context
    return _printable_value(context)


def printable_templates(templates: TemplateOverrides | None) -> TemplateOverrides | None:
    """The user's own texts made printable."""
    if not templates:
        return templates
    return {
        key: {part: printable_text(text) for part, text in parts.items()}
        for key, parts in templates.items()
    }
