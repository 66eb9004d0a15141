"""The speed-ups change no byte: letters are what plain ReportLab calls make, caches or not."""

from __future__ import annotations

import importlib
import io
import pkgutil
from dataclasses import replace

import pytest
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.platypus import Frame, KeepInFrame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate

import debiteur_desk.letters
from debiteur_desk.letters import (
    Language,
    LetterKind,
    epc_qr,
    fonts,
    page_furniture,
    paragraphs,
    render_letter,
)
from debiteur_desk.letters.styles import letter_styles
from debiteur_desk.text import formatting

from . import samples


def _plain_paragraph(markup, style, *, bullet=None):
    return Paragraph(markup, style, bulletText=bullet)


def _keep_in_frame(canv, flowables, x, top, w, h):
    box = KeepInFrame(w, h, list(flowables), mode="shrink")
    _, used = box.wrapOn(canv, w, h)
    box.drawOn(canv, x, top - used)


@pytest.fixture
def plain_reportlab(monkeypatch):
    """Paragraphs, the page furniture and the fonts' PDF objects as ReportLab's own
    classes make them."""
    package = debiteur_desk.letters
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        if getattr(module, "paragraph", None) is paragraphs.paragraph:
            monkeypatch.setattr(module, "paragraph", _plain_paragraph)
    monkeypatch.setattr(page_furniture, "_draw_flowables", _keep_in_frame)
    fonts.register_fonts()
    monkeypatch.setattr(fonts._LetterFont, "addObjects", TTFont.addObjects)
    for name in (fonts.REGULAR, fonts.BOLD):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, fonts._LetterFont)
        monkeypatch.setattr(font.face, "__class__", TTFontFace)  # its own makeSubset


def _contexts():
    squeezed = "Smit & Zn <B.V.> Groothandel " * 6  # the window address has to shrink
    for kind in LetterKind:
        for language in Language:
            yield f"{kind}-{language}", kind, samples.context(kind, language)
        yield f"{kind}-40", kind, samples.context(kind, count=40)  # tables across pages
        ctx = samples.context(kind)
        recipient = replace(ctx.recipient, name=squeezed, contact_name=squeezed)
        yield f"{kind}-squeezed", kind, replace(ctx, recipient=recipient)


CONTEXTS = list(_contexts())


@pytest.mark.parametrize(("name", "kind", "ctx"), CONTEXTS, ids=[c[0] for c in CONTEXTS])
def test_letters_are_byte_for_byte_what_plain_reportlab_makes(name, kind, ctx, request):
    fast = render_letter(kind, ctx)
    request.getfixturevalue("plain_reportlab")
    assert render_letter(kind, ctx) == fast


def test_caches_change_no_byte():
    kinds = list(LetterKind)
    warm = [render_letter(kind, samples.context(kind)) for kind in kinds]
    for cache in (
        fonts._subset,
        fonts._deflate,
        fonts._formatted,
        paragraphs._parsed,
        paragraphs._plain_fragment,
        epc_qr.qr_matrix,
        epc_qr._module_runs,
        formatting._money,
    ):
        cache.cache_clear()
    assert [render_letter(kind, samples.context(kind)) for kind in kinds] == warm


def _document(make, story_texts):
    styles = letter_styles()
    body = styles.body
    variants = [
        body,
        styles.cell_right,
        styles.cell_head,
        body.clone("centred", alignment=TA_CENTER),
        body.clone("justified", alignment=TA_JUSTIFY),
        body.clone("indented", leftIndent=12, firstLineIndent=-6, rightIndent=8),
        body.clone("ruled", backColor="#eeeeee", borderColor="#000000", borderWidth=0.5),
        styles.cell.clone("right", alignment=TA_RIGHT, autoLeading="max"),
    ]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    # A narrow, short frame: long paragraphs split across pages.
    frame = Frame(100, 500, 120, 120, id="narrow")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = [make(text, style) for text in story_texts for style in variants]
    story.append(make("een opsomming", body.clone("listed", leftIndent=14), bullet="1."))
    doc.build(story)
    return buffer.getvalue()


TEXTS = [
    "Factuur 2026-1041",
    "€\xa0125,45",
    "<b>€ 1.234,56</b>",
    "Smit &amp; Zn &lt;B.V.&gt;",
    "  spaties   rondom  ",
    "",
    "ver\xadbinding met een zacht afbreekstreepje",
    "Een langere zin die in een smalle kolom over meerdere regels loopt, zodat de "
    "alinea ook over een paginagrens moet worden gesplitst en verder gaat.",
    "Onafzienbaarlangwoordzonderspatiesdatnietopeenregelpast",
    "Gewoon <i>en</i> schuin, <b>vet</b> en <font color='#ff0000'>rood</font>",
]


def test_paragraphs_match_reportlab_for_every_kind_of_text_and_style():
    def plain(text, style, bullet=None):
        return Paragraph(text, style, bulletText=bullet)

    def fast(text, style, bullet=None):
        return paragraphs.paragraph(text, style, bullet=bullet)

    assert _document(fast, TEXTS) == _document(plain, TEXTS)
    assert _document(fast, TEXTS) == _document(plain, TEXTS)  # again, from the caches


@pytest.mark.parametrize("text", ["Factuur 2026-1041", "€\xa0125,45", "  twee   spaties ", "Zoë Ø"])
def test_plain_text_gets_the_fragment_the_parser_makes(text):
    for style in vars(letter_styles()).values():
        paragraphs._parsed.cache_clear()
        _, _, _, (fast,) = paragraphs._parsed(text, style)
        (parsed,) = Paragraph(text, style).frags
        assert vars(fast) == vars(parsed)
