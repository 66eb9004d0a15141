"""ReportLab paragraphs made cheaper to build and to lay out, looking exactly the same.

A letter has some fifty paragraphs, most of them table cells of one short line.
ReportLab parses each one's markup with an HTML parser, runs its general line
breaker every time a table, a ``KeepTogether`` or the frame asks for its size
(usually at the same width), and draws through its general routine. Here:

* the parse of a (markup, style) pair is shared, as labels, headings and the
  letterhead recur in every letter; plain text (names, amounts) skips the parser
  and gets the fragment the parser would make;
* a paragraph keeps its line-breaking for the width it was last asked about;
* text in one font that fits on one line is measured and drawn by a short path
  that makes the same line-breaking and the same drawing calls (so the same PDF
  bytes) as ReportLab's general routines, which still do everything else.

ReportLab internals this relies on (hence ``reportlab<6`` in ``pyproject.toml``):

* ``reportlab.platypus.paragraph``'s module functions ``cleanBlockQuotedText``,
  ``split``, ``strip`` and ``setXPos``, and ``rl_config.paraFontSizeHeightOffset``;
* ``Paragraph(..., frags=...)`` and the attributes ``wrap`` leaves for ``draw`` and
  ``split``: ``blPara`` (a fragment clone with ``kind``, ``lines``, ``ascent``,
  ``descent``), ``_wrapWidths``, ``_width_max``, ``_splitLongWordCount``,
  ``_hyphenations``; those it reads: ``frags``, ``encoding``, ``autoLeading``,
  ``debug``, ``_offsets``;
* a fragment's ``clone()`` and attributes (``text``, ``fontName``, ``fontSize``,
  ``textColor``, ``cbDefn``, ``backColor``, ``us_lines``, ``link``);
* ``PDFTextObject._textOut`` with its ``preformatted`` and ``direction`` attributes,
  called as ``Paragraph``'s own drawing calls it.

``tests/unit/letters/test_speedups.py`` guards them byte for byte: every letter kind
and language (tables across pages, squeezed addresses) against ReportLab's own
``Paragraph``; a document of every kind of text and style, split across pages; the
plain-text fragment against the parser's; and the letters again with the caches
cleared.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, setXPos, split, strip
from reportlab.rl_config import paraFontSizeHeightOffset


class _Paragraph(Paragraph):
    # (width asked for, the line-breaking made for it, the size returned)
    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        memo = self._wrapped
        # Line-breaking depends on the width only; ``split`` may drop ``blPara``.
        if memo is not None and memo[0] == availWidth and self.__dict__.get("blPara") is memo[1]:
            return memo[2]
        size = self._one_line(availWidth) or super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.__dict__.get("blPara"), size)
        return size

    def _one_line(self, width: float) -> tuple[float, float] | None:
        """``wrap`` for text in one font that fits on one line, as most table cells are.

        The result (``blPara`` and the sizes) is what ReportLab's general line breaker
        makes for such text, so that drawing and splitting go on unchanged; anything
        else (markup changing the font, a line too long, a soft hyphen) returns None.
        """
        style, frags = self.style, self.frags
        if len(frags) != 1 or self.bulletText or not _plain(style):
            return None
        frag = frags[0]
        text = strip(getattr(frag, "text", ""))
        if (
            not text
            or _SOFT_HYPHEN in text
            or hasattr(frag, "cbDefn")
            or hasattr(frag, "backColor")
        ):
            return None
        if getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off"):
            return None
        font, size = frag.fontName, frag.fontSize
        space = stringWidth(" ", font, size, self.encoding)
        words = split(text)
        used = -space
        for word in words:
            used = used + space + stringWidth(word, font, size, self.encoding)
        first = width - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        if used > first:
            return None
        ascent, descent = getAscentDescent(font, size)
        self.width = width
        self._wrapWidths = [first, width - style.leftIndent - style.rightIndent]
        self._width_max = used
        self._splitLongWordCount = self._hyphenations = 0
        lines = [(first - used, words)]
        self.blPara = frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)
        self.height = style.leading
        return width, self.height

    def draw(self) -> None:
        """``drawPara`` for one line of one font, left or right aligned: the same calls."""
        lines = self.__dict__.get("blPara")
        style = self.style
        if (
            lines is None
            or lines.kind != 0
            or len(lines.lines) != 1
            or lines.lines[0][0] <= -1e-8  # overfull: ReportLab spreads the words
            or getattr(lines, "us_lines", None)
            or getattr(lines, "link", None)
            or self.debug
            or self.bulletText
            or style.alignment not in (TA_LEFT, TA_RIGHT)
            or style.backColor
            or (style.borderColor and style.borderWidth)
            or style.wordWrap
            or getattr(self, "_offsets", None)
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        ):
            super().draw()
            return
        extra, words = lines.lines[0]
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(lines.textColor)
        rise = (
            lines.fontSize if paraFontSizeHeightOffset else getattr(lines, "ascent", lines.fontSize)
        )
        text = canvas.beginText(style.leftIndent, self.height - rise)
        text.preformatted = False
        text.direction = style.wordWrap
        text.setFont(lines.fontName, lines.fontSize, style.leading)
        shift = style.firstLineIndent + (extra if style.alignment == TA_RIGHT else 0)
        setXPos(text, shift)
        text._textOut(" ".join(words), 1)
        setXPos(text, -shift)
        canvas.drawText(text)
        canvas.restoreState()


_SOFT_HYPHEN = "\xad"


def _plain(style: ParagraphStyle) -> bool:
    """No feature that takes ReportLab's line breaker off its simple path."""
    return not (
        style.endDots or style.wordWrap or (style.shaping and getFont(style.fontName).shapable)
    )


@lru_cache(maxsize=2048)
def _parsed(markup: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, Any, tuple[Any, ...]]:
    text = cleanBlockQuotedText(markup)
    if text and not _MARKUP.search(text) and not style.textTransform:
        # Plain text: the parser would copy its fragment for the style and set the text.
        return text, style, None, (_plain_fragment(style).clone(text=text),)
    parsed = Paragraph(markup, style)
    # ReportLab clones a fragment before it changes one, so fragments can be shared.
    return parsed.text, parsed.style, parsed.bulletText, tuple(parsed.frags)


_MARKUP = re.compile(r"[<>&]")


@lru_cache(maxsize=64)
def _plain_fragment(style: ParagraphStyle) -> Any:
    return Paragraph("x", style).frags[0]


def paragraph(markup: str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """``Paragraph(markup, style)``, with the parse shared between equal ones.

    ``style`` must live as long as the process (the styles of
    :func:`~debiteur_desk.letters.styles.letter_styles`), as it is part of the key.
    """
    if bullet is not None:
        return _Paragraph(markup, style, bulletText=bullet)
    text, parsed_style, bullet_text, frags = _parsed(markup, style)
    return _Paragraph(text, parsed_style, bulletText=bullet_text, frags=list(frags))
