"""Assemble letters into one PDF: page templates, page numbers, deterministic bytes.

A PDF holds one or more *sections*: a letter, one copy of a payment plan, or
one letter of a batch. Every section starts on a fresh first page with its own
letterhead and address, and numbers its pages on its own ("Pagina 2 van 3").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from debiteur_desk.letters.fonts import REGULAR
from debiteur_desk.letters.page_furniture import (
    BOTTOM,
    CONTENT_WIDTH,
    FIRST_BODY_TOP,
    LATER_BODY_TOP,
    LEFT,
    PAGE_HEIGHT,
    PAGE_NUMBER_Y,
    PAGE_WIDTH,
    RIGHT,
    Furniture,
)
from debiteur_desk.letters.styles import MUTED


@dataclass
class Section:
    furniture: Furniture
    story: list[Flowable]
    page_label: str  # "Pagina {page} van {pages}"


class _SectionStart(Flowable):
    """Zero-size marker: tells the canvas which section the following pages belong to."""

    def __init__(self, index: int, page_label: str) -> None:
        super().__init__()
        self.index = index
        self.page_label = page_label
        self.width = self.height = 0

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.dd_section = self.index
        self.canv.dd_page_label = self.page_label


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "page x of y" for its section."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dd_section = 0
        self.dd_page_label = ""
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._held_pages:
            totals[state["dd_section"]] = totals.get(state["dd_section"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._held_pages:
            self.__dict__.update(state)
            section = state["dd_section"]
            seen[section] = seen.get(section, 0) + 1
            label = self.dd_page_label.format(page=seen[section], pages=totals[section])
            self.saveState()
            self.setFont(REGULAR, 7)
            self.setFillColor(MUTED)
            self.drawRightString(PAGE_WIDTH - RIGHT, PAGE_NUMBER_Y, label)
            self.restoreState()
            super().showPage()
        super().save()


def _page_templates(index: int, furniture: Furniture) -> list[PageTemplate]:
    first_height = PAGE_HEIGHT - FIRST_BODY_TOP - BOTTOM
    later_height = PAGE_HEIGHT - LATER_BODY_TOP - BOTTOM
    padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = PageTemplate(
        id=f"first-{index}",
        frames=[Frame(LEFT, BOTTOM, CONTENT_WIDTH, first_height, id=f"f{index}", **padding)],
        onPage=furniture.first_page,
        autoNextPageTemplate=f"later-{index}",
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
    )
    later = PageTemplate(
        id=f"later-{index}",
        frames=[Frame(LEFT, BOTTOM, CONTENT_WIDTH, later_height, id=f"l{index}", **padding)],
        onPage=furniture.later_page,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
    )
    return [first, later]


def build_pdf(sections: Sequence[Section], *, title: str, author: str) -> bytes:
    """Render the sections into one PDF; equal input gives byte-identical output."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=title,
        author=author,
        creator="Debiteur Desk",
        subject=title,
        # Fixed dates and ids in the file, so the stored sha256 can be re-checked.
        invariant=1,
    )
    templates: list[PageTemplate] = []
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        templates += _page_templates(index, section.furniture)
        if index:
            story += [NextPageTemplate(f"first-{index}"), PageBreak()]
        story.append(_SectionStart(index, section.page_label))
        story += section.story
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
