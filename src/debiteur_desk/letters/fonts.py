"""The letter font: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

ReportLab's built-in Helvetica has no glyph for characters such as ``ł``, and a
debtor's name must print exactly as it is spelled.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the name to use in styles."""
    folder = resources.files("debiteur_desk").joinpath("resources/fonts")
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # So that <b> in paragraph markup picks the bold face; there is no italic face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
