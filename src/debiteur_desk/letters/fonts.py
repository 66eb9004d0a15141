"""The letter font: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

ReportLab's built-in Helvetica has no glyph for characters such as ``ł``, and a
debtor's name must print exactly as it is spelled.

Every PDF embeds a subset of each face holding the characters it uses. Letters
of one business mostly use the same characters, so the subset (about 35 KB,
built by parsing the font's glyph tables), its compressed stream and its widths
are kept and reused; the PDF bytes are exactly those ReportLab would write itself.

ReportLab internals this relies on (hence ``reportlab<6`` in ``pyproject.toml``):

* ``TTFontFace.makeSubset(subset)``, replaced by giving the loaded face another
  class, and ``TTFont.addObjects(doc)``, extended;
* what ``addObjects`` leaves in ``doc.idToObject``: the streams keyed
  ``fontFile:…`` and ``toUnicodeCMap:…`` with ``filters == [PDFZCompress]``, and the
  ``PDFTrueTypeFont`` objects in ``idToObject["BasicFonts"].dict`` with ``Widths`` a
  ``PDFArray`` (``sequence``, ``format(document, IND)``);
* a stream filter is any object with ``pdfname`` and ``encode``, and
  ``PDFZCompress`` is ``zlib.compress`` at its default level.

``tests/unit/letters/test_speedups.py`` guards them byte for byte: every letter kind
and language against the same letter made with ReportLab's own ``TTFont.addObjects``
and ``TTFontFace`` (its ``plain_reportlab`` fixture), and again with the caches cleared.
"""

from __future__ import annotations

import zlib
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

# Names under which ReportLab registers a font's embedded streams in a document.
_FONT_STREAMS = ("fontFile:", "toUnicodeCMap:")


@lru_cache(maxsize=32)
def _subset(face: _Face, codes: tuple[int, ...]) -> bytes:
    return TTFontFace.makeSubset(face, list(codes))


@lru_cache(maxsize=64)
def _deflate(data: bytes | str) -> bytes:
    return zlib.compress(data.encode("utf8") if isinstance(data, str) else data)


class _Deflate:
    """The FlateDecode filter, remembering its recent results (same output as ReportLab's)."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes | str) -> bytes:
        return _deflate(data)


_DEFLATE = _Deflate()


@lru_cache(maxsize=64)
def _formatted(sequence: tuple[float, ...]) -> bytes:
    return pdfdoc.PDFArray(sequence).format(None)


class _Widths(pdfdoc.PDFArray):
    """A subset's glyph widths (a hundred numbers or more), formatted once per subset."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # noqa: N803 - ReportLab's
        return _formatted(tuple(self.sequence))


class _Face(TTFontFace):
    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 - ReportLab's name
        return _subset(self, tuple(subset))


class _LetterFont(TTFont):
    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        # Only the subsetting method differs, so the loaded face is reused as is.
        self.face.__class__ = _Face

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
        super().addObjects(doc)
        for name, obj in doc.idToObject.items():
            if name.startswith(_FONT_STREAMS) and obj.filters == [pdfdoc.PDFZCompress]:
                obj.filters = [_DEFLATE]
        for font in doc.idToObject["BasicFonts"].dict.values():
            if isinstance(font, pdfdoc.PDFTrueTypeFont) and type(font.Widths) is pdfdoc.PDFArray:
                font.Widths = _Widths(font.Widths.sequence)


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the name to use in styles."""
    folder = resources.files("debiteur_desk").joinpath("resources/fonts")
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(_LetterFont(name, str(path)))
    # So that <b> in paragraph markup picks the bold face; there is no italic face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
