"""Signatures: the closing of a letter, and the two blocks of a payment-plan agreement."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from debiteur_desk.letters.context import Company
from debiteur_desk.letters.fmt import escape
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import INK, letter_styles

SIGNATURE_MAX_W, SIGNATURE_MAX_H = 50 * mm, 18 * mm


class _Picture(Flowable):
    """An already-opened image, scaled to fit a box, keeping its proportions."""

    def __init__(self, reader: ImageReader, max_w: float, max_h: float) -> None:
        super().__init__()
        width, height = reader.getSize()
        scale = min(max_w / width, max_h / height)
        self.reader = reader
        self.width, self.height = width * scale, height * scale

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


def _signature_image(reader: ImageReader) -> Flowable:
    return _Picture(reader, SIGNATURE_MAX_W, SIGNATURE_MAX_H)


def closing_block(
    closing_markup: list[str], company: Company, signature: ImageReader | None
) -> list[Flowable]:
    """ "Met vriendelijke groet," then the signature (or room to sign) and the names."""
    styles = letter_styles()
    parts: list[Flowable] = [paragraph(p, styles.body) for p in closing_markup]
    parts.append(_signature_image(signature) if signature else Spacer(1, 11 * mm))
    names = [escape(n) for n in (company.signatory_name, company.signatory_role) if n]
    if not company.signatory_name:
        names.append(escape(company.name))
    parts.append(paragraph("<br/>".join(names), styles.body))
    return parts


@dataclass(frozen=True)
class Party:
    """One side of an agreement as printed above its signature lines."""

    party: str  # the company or person bound by the agreement
    name: str = ""  # who signs; a blank line when empty
    place: str = ""
    date: str = ""


def agreement_signatures(
    creditor: Party, debtor: Party, signature: ImageReader | None, labels: dict[str, str]
) -> Table:
    """The creditor's block (filled in, signed) beside the debtor's, their lines level."""
    styles = letter_styles()

    def cell(text: str, bold: bool = False) -> Paragraph:
        return paragraph(escape(text), styles.cell_head if bold else styles.cell)

    creditor_sign: Flowable = _signature_image(signature) if signature else Spacer(1, 1)
    rows: list[list[object]] = [
        [cell(labels["sign_creditor"], True), "", "", cell(labels["sign_debtor"], True), ""],
        [cell(creditor.party), "", "", cell(debtor.party), ""],
    ]
    for key, left, right in (
        ("sign_name", creditor.name, debtor.name),
        ("sign_place", creditor.place, debtor.place),
        ("sign_date", creditor.date, debtor.date),
    ):
        rows.append([cell(labels[key]), cell(left), "", cell(labels[key]), cell(right)])
    label = cell(labels["sign_signature"])
    rows.append([label, creditor_sign, "", cell(labels["sign_signature"]), Spacer(1, 1)])
    table = Table(
        rows,
        colWidths=[22 * mm, 54 * mm, 10 * mm, 22 * mm, 54 * mm],
        rowHeights=[None, None, 9 * mm, 9 * mm, 9 * mm, 22 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (3, 0), (4, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("SPAN", (3, 1), (4, 1)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6 * mm),
                ("LINEBELOW", (1, 2), (1, -1), 0.4, INK),
                ("LINEBELOW", (4, 2), (4, -1), 0.4, INK),
            ]
        )
    )
    return table
