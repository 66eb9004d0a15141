"""Paragraph styles and colours shared by every letter."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from debiteur_desk.letters.fonts import BOLD, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#b5b5b5")
SHADE = colors.HexColor("#eeeeee")
ACCENT = colors.HexColor("#1f3a5f")

BODY_SIZE = 9
SMALL_SIZE = 8


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    box_heading: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    address: ParagraphStyle
    legal: ParagraphStyle
    copy_label: ParagraphStyle
    term: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_right: ParagraphStyle
    detail: ParagraphStyle


@cache
def letter_styles() -> Styles:
    """The styles, made once: paragraphs share their parse per style object."""
    font = register_fonts()
    body = ParagraphStyle(
        "dd-body",
        fontName=font,
        fontSize=BODY_SIZE,
        leading=11.6,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4.5,
    )
    cell = ParagraphStyle("dd-cell", parent=body, fontSize=SMALL_SIZE, leading=9.6, spaceAfter=0)
    cell_head = ParagraphStyle("dd-cell-head", parent=cell, fontName=BOLD)
    subject = ParagraphStyle(
        "dd-subject", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceAfter=7
    )
    small = ParagraphStyle(
        "dd-small", parent=body, fontSize=SMALL_SIZE, leading=10, textColor=MUTED
    )
    legal = ParagraphStyle("dd-legal", parent=body)
    heading = ParagraphStyle("dd-heading", parent=body, fontName=BOLD, spaceBefore=3, spaceAfter=3)
    return Styles(
        body=body,
        subject=subject,
        heading=heading,
        box_heading=heading.clone("dd-box-heading", spaceBefore=0, spaceAfter=2),
        small=small,
        label=ParagraphStyle(
            "dd-label", parent=body, fontSize=7, leading=8.5, textColor=MUTED, spaceAfter=0
        ),
        cell=cell,
        cell_right=ParagraphStyle("dd-cell-right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("dd-cell-head-right", parent=cell_head, alignment=TA_RIGHT),
        address=ParagraphStyle("dd-address", parent=body, fontSize=10, leading=12.5, spaceAfter=0),
        legal=legal,
        copy_label=ParagraphStyle(
            "dd-copy", parent=body, fontName=BOLD, fontSize=SMALL_SIZE, textColor=ACCENT
        ),
        term=legal.clone("dd-term", leftIndent=14, bulletIndent=0),
        letterhead_name=subject.clone("dd-letterhead", fontSize=14, leading=17, textColor=ACCENT),
        letterhead_right=small.clone("dd-letterhead-right", alignment=TA_RIGHT, leading=10),
        detail=body.clone("dd-detail", fontSize=8.5, leading=11, spaceAfter=4),
    )
