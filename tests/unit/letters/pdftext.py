"""Read a letter back the way a person reads it: the text of each page."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    """Each page's text with all whitespace (also non-breaking) folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))
