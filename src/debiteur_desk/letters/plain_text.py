"""A letter as plain text, for the body of the e-mail that carries its PDF.

The text is the letter's own: the same kind, template, values and legal wording as the
PDF (``render.letter_sections``), read from its first copy's story. Paragraphs become
paragraphs; a table's rows become lines (``Label: value`` for two columns, the cells
joined by `` | `` for more); the QR code and its explanation stay in the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from debiteur_desk.letters.context import Language, LetterContext, LetterKind
from debiteur_desk.letters.render import letter_sections
from debiteur_desk.letters.templates import TEXTS, TemplateOverrides

# Below the letter's text: the PDF is the letter itself (address, QR code, signature).
ATTACHMENT_NOTE = {
    Language.NL: "Deze brief zit ook als pdf in de bijlage, met een QR-code om te betalen.",
    Language.EN: "This letter is also attached as a PDF, with a QR code to pay.",
}


# A table with these is the agreement's signature blocks: for the signed paper copy.
_SIGNATURE_LABELS = frozenset(
    TEXTS[language].LABELS["sign_signature"] for language in (Language.NL, Language.EN)
)


@dataclass(frozen=True)
class LetterText:
    subject: str
    body: str


def _paragraph_text(paragraph: Paragraph) -> str:
    parts = ("\n" if getattr(f, "lineBreak", False) else getattr(f, "text", "")
             for f in paragraph.frags)  # fmt: skip
    return "".join(parts).strip()


def _blocks(item: object, skip: frozenset[str]) -> Iterable[str]:
    """The text blocks of a flowable, a list of them, or a table cell."""
    if isinstance(item, list | tuple):
        for part in item:
            yield from _blocks(part, skip)
    elif isinstance(item, Paragraph):
        text = _paragraph_text(item)
        if text and text not in skip:
            yield text
    elif isinstance(item, KeepTogether):
        yield from _blocks(item._content, skip)
    elif isinstance(item, Table):
        yield from _table(item, skip)
    elif isinstance(item, str) and item.strip():
        yield item.strip()
    # Spacers, page breaks, the QR code and the signature image have no text.


def _cell_text(cell: object, skip: frozenset[str]) -> str:
    return " ".join(_blocks(cell, skip))


def _table(table: Table, skip: frozenset[str]) -> Iterable[str]:
    """A grid of single values as lines; a layout table (blocks beside each other) as
    its blocks, one after the other. The signature blocks stay on paper."""
    rows: list[list[object]] = table._cellvalues
    if any(_cell_text(cell, skip) in _SIGNATURE_LABELS for row in rows for cell in row):
        return
    if not all(isinstance(c, Paragraph | str) for row in rows for c in row):
        for row in rows:
            yield from _blocks(row, skip)
        return
    lines = []
    for row in rows:
        cells = [_cell_text(cell, skip) for cell in row]
        filled = [cell for cell in cells if cell]
        if len(cells) == 2 and len(filled) == 2:
            lines.append(f"{cells[0]}: {cells[1]}")
        elif filled:
            # A row that goes on the one above it (an invoice's next interest period).
            indent = "    " if not cells[0] else ""
            lines.append(indent + " | ".join(filled))
    if lines:
        yield "\n".join(lines)


def letter_text(
    kind: LetterKind, context: LetterContext, *, templates: TemplateOverrides | None = None
) -> LetterText:
    """The letter's subject and its text, in the recipient's language."""
    sections, subject = letter_sections(kind, context, templates=templates)
    labels = TEXTS[context.language].LABELS
    skip = frozenset({labels["qr_explanation"], labels["copy_keep"]})
    story: list[Flowable] = sections[0].story
    blocks = list(_blocks(story, skip))
    if blocks and blocks[0] == subject:  # the subject line is the e-mail's subject
        blocks = blocks[1:]
    blocks.append(ATTACHMENT_NOTE[context.language])
    return LetterText(subject, "\n\n".join(blocks) + "\n")
