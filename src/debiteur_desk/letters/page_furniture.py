"""What is drawn on the page itself: letterhead, window address, details, header, footer.

Positions are measured from the top-left corner of an A4 sheet (210 x 297 mm).

Window envelope. The recipient's address sits where the left window of the
usual Dutch window envelopes shows it: EA5/6 (110 x 220 mm) and C5/6
(114 x 229 mm) with the standard window of 40 x 110 mm at 20 mm from the left
edge and 15 mm from the bottom edge of the envelope (the common Dutch "venster
links" pattern; the NEN 1026 style letter puts the address block about 50 mm
from the top and 20-25 mm from the left). The sheet is folded in three at 99
and 198 mm (fold marks are printed), so the top panel is 99 mm high:
  * folded sheet resting at the bottom of the envelope: the window shows the
    sheet from 44 to 84 mm from its top; pushed up against the top edge of an
    EA5/6: 55 to 95 mm;
  * horizontally the window starts 20 mm in, and a 210 mm sheet has up to 5 mm
    of play on either side in a 220 mm envelope.
So the address block runs from 25 mm from the left, 54 mm from the top, and is
kept within 30 mm of height (down to 84 mm), with smaller type if a long name needs
more lines, but never below 8 pt (``address_block.py``); the one-line return address
sits just above it at 49 mm. The date and references beside it keep to the same 30 mm,
and the letter's text starts just below both, at 86 mm.

Nothing on the page is made smaller than 8 pt to fit, nor smaller than it is designed
(the return line, the footer and the labels are small print by design): text that still
does not fit is cut with a visible "…".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame
from reportlab.rl_config import _FUZZ

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters.address_block import (
    ELLIPSIS,
    MIN_SIZE,
    draw_fitted,
    ellipsis,
    fit_parts,
)
from debiteur_desk.letters.context import LetterContext, PostalAddress
from debiteur_desk.letters.fmt import Formatter, escape, format_iban, group_reference
from debiteur_desk.letters.fonts import BOLD, REGULAR
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import ACCENT, MUTED, RULE, letter_styles

PAGE_WIDTH = 210 * mm
PAGE_HEIGHT = 297 * mm
LEFT = 25 * mm
RIGHT = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BOTTOM = 20 * mm  # body frame bottom; the footer (its rule at 17 mm) lives below it
FIRST_BODY_TOP = 86 * mm  # from the top of the sheet, just under the address window
LATER_BODY_TOP = 25 * mm

LETTERHEAD_TOP = 14 * mm
LOGO_MAX_W, LOGO_MAX_H = 60 * mm, 24 * mm
RETURN_LINE_TOP = 49 * mm
ADDRESS_TOP, ADDRESS_W, ADDRESS_H = 54 * mm, 85 * mm, 30 * mm
DETAILS_LEFT, DETAILS_TOP, DETAILS_H = 120 * mm, 54 * mm, 30 * mm
FOLD_MARKS = (99 * mm, 198 * mm)
PAGE_NUMBER_Y = 10 * mm
RETURN_SIZE = 6.5  # pt: the sender's line above the address, small print by design
FOOTER_SIZE = 7
RUNNING_HEADER_TOP = 13 * mm  # the first line's baseline on later pages
HEADER_SIZE = 7.5


def y_from_top(distance: float) -> float:
    return PAGE_HEIGHT - distance


def image_reader(path: Path) -> ImageReader:
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception:  # noqa: BLE001 - PIL raises many kinds for a bad file
        raise InvalidInput("letter_image_unreadable", path=str(path)) from None
    return reader


def draw_image_in_box(
    canv: Canvas, reader: ImageReader, x: float, top: float, max_w: float, max_h: float
) -> float:
    """Draw keeping the aspect ratio, top-left at (x, top); returns the drawn height."""
    width, height = reader.getSize()
    scale = min(max_w / width, max_h / height)
    w, h = width * scale, height * scale
    canv.drawImage(reader, x, top - h, w, h, mask="auto")
    return h


def _draw_flowables(
    canv: Canvas, flowables: Sequence[Flowable], x: float, top: float, w: float, h: float
) -> None:
    """Stack ``flowables`` down from ``top``; if they need more than ``h``, make them smaller
    (all alike) as long as no text gets below 8 pt, nor below its own size if that is less;
    otherwise cut them, with a last line that says "…".

    The stacking is ``KeepInFrame``'s own, done here because ``KeepInFrame`` lays
    everything out twice (and copies the page frame) even when it fits, as it mostly does.
    """
    placed: list[tuple[Flowable, float]] = []
    used = after = 0.0
    for flowable in flowables:
        # KeepInFrame draws at this width; using it keeps the PDF bytes as they were.
        _, height = flowable.wrapOn(canv, w - _FUZZ, h)
        if height <= _FUZZ:
            continue
        step = height + (max(flowable.getSpaceBefore(), after) if placed else 0.0)
        placed.append((flowable, step))
        used += step
        after = flowable.getSpaceAfter()
    if used > h + _FUZZ:
        smallest = min(_type_size(f) for f, _ in placed)
        if h / used >= min(1.0, MIN_SIZE / smallest):
            box = KeepInFrame(w, h, list(flowables), mode="shrink")
            _, used = box.wrapOn(canv, w, h)
            box.drawOn(canv, x, top - used)
        else:
            _draw_cut(canv, [f for f, _ in placed], x, top, w, h)
        return
    y = top
    for flowable, step in placed:
        y -= step
        flowable.drawOn(canv, x, y)


def _type_size(flowable: Flowable) -> float:
    style = getattr(flowable, "style", None)
    return float(getattr(style, "fontSize", MIN_SIZE))


def _draw_cut(
    canv: Canvas, flowables: Sequence[Flowable], x: float, top: float, w: float, h: float
) -> None:
    """As many lines as fit above one last line that says "…" (the text was cut)."""
    room = h - MIN_SIZE * 1.25
    y = top
    for flowable in flowables:
        _, height = flowable.wrapOn(canv, w, room)
        if height > room + _FUZZ:
            parts = flowable.splitOn(canv, w, room)
            if parts:
                _, height = parts[0].wrapOn(canv, w, room)
                parts[0].drawOn(canv, x, y - height)
                y -= height
            break
        flowable.drawOn(canv, x, y - height)
        y -= height
        room -= height
    canv.setFont(REGULAR, MIN_SIZE)
    canv.drawString(x, y - MIN_SIZE, ELLIPSIS)


def address_lines(address: PostalAddress) -> list[str]:
    """Street, then postcode and city (PostNL: two spaces, city in capitals), then country."""
    city = f"{address.postcode}\u00a0 {address.city.upper()}".strip()
    if address.country:
        city = f"{address.postcode} {address.city}".strip()
    lines = [address.street, city]
    if address.country:
        lines.append(address.country.upper())
    return [line for line in lines if line.strip()]


@dataclass(frozen=True)
class Furniture:
    """Draws the fixed parts of the pages of one letter."""

    context: LetterContext
    labels: dict[str, str]
    subject: str
    logo: ImageReader | None

    @property
    def fmt(self) -> Formatter:
        return Formatter(self.context.language)

    def first_page(self, canv: Canvas, _doc: object) -> None:
        canv.saveState()
        self._letterhead(canv)
        self._return_line(canv)
        self._address(canv)
        self._details(canv)
        self._fold_marks(canv)
        self._footer(canv)
        canv.restoreState()

    def later_page(self, canv: Canvas, _doc: object) -> None:
        """The running header: the sender and the subject, under them the recipient and the
        letter's date. The date always prints whole; a name too long for the line ends in "…"
        (one of the longest allowed still fits)."""
        canv.saveState()
        top = y_from_top(RUNNING_HEADER_TOP)
        subject = f"{self.subject} ({self.labels['continued']})"
        # The subject gets what it needs (up to 60% of the line), the sender the rest.
        subject_w = min(stringWidth(subject, REGULAR, HEADER_SIZE), CONTENT_WIDTH * 0.6)
        sender_w = CONTENT_WIDTH - subject_w - 5 * mm
        canv.setFont(BOLD, 8)
        canv.setFillColor(ACCENT)
        canv.drawString(LEFT, top, ellipsis(self.context.company.name, BOLD, 8, sender_w))
        canv.setFont(REGULAR, HEADER_SIZE)
        canv.setFillColor(MUTED)
        right = PAGE_WIDTH - RIGHT
        canv.drawRightString(right, top, ellipsis(subject, REGULAR, HEADER_SIZE, subject_w))
        date = f" · {self.fmt.date(self.context.letter_date)}"
        name_w = CONTENT_WIDTH - stringWidth(date, REGULAR, HEADER_SIZE)
        name = ellipsis(self.context.recipient.name, REGULAR, HEADER_SIZE, name_w)
        second = top - HEADER_SIZE * 1.35
        canv.drawRightString(right, second, name + date)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(LEFT, second - 2.5 * mm, right, second - 2.5 * mm)
        self._footer(canv)
        canv.restoreState()

    def _letterhead(self, canv: Canvas) -> None:
        styles = letter_styles()
        company = self.context.company
        top = y_from_top(LETTERHEAD_TOP)
        if self.logo is not None:
            draw_image_in_box(canv, self.logo, LEFT, top, LOGO_MAX_W, LOGO_MAX_H)
        else:
            _draw_flowables(
                canv,
                [paragraph(escape(company.name), styles.letterhead_name)],
                LEFT,
                top,
                100 * mm,
                24 * mm,
            )
        lines = [f"<b>{escape(company.name)}</b>"] if self.logo is not None else []
        lines += [escape(line) for line in address_lines(company.address)]
        if company.phone:
            lines.append(f"{self.labels['phone']} {escape(company.phone)}")
        for extra in (company.email, company.website):
            if extra:
                lines.append(escape(extra))
        width = 65 * mm
        _draw_flowables(
            canv,
            [paragraph("<br/>".join(lines), styles.letterhead_right)],
            PAGE_WIDTH - RIGHT - width,
            top,
            width,
            30 * mm,
        )

    def _return_line(self, canv: Canvas) -> None:
        company = self.context.company
        size = RETURN_SIZE
        address = ", ".join(address_lines(company.address))
        # The address must stay whole (undeliverable post comes back by it); the name may go.
        name_room = ADDRESS_W - stringWidth(f", {address}", REGULAR, size)
        name = ellipsis(company.name, REGULAR, size, max(name_room, 0))
        text = ellipsis(", ".join(p for p in (name, address) if p), REGULAR, size, ADDRESS_W)
        y = y_from_top(RETURN_LINE_TOP) - size
        canv.setFont(REGULAR, size)
        canv.setFillColor(MUTED)
        canv.drawString(LEFT, y, text)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.3)
        canv.line(LEFT, y - 1.2, LEFT + stringWidth(text, REGULAR, size), y - 1.2)

    def _address(self, canv: Canvas) -> None:
        recipient = self.context.recipient
        parts = [recipient.name]
        if recipient.contact_name and recipient.kind is ClientKind.BUSINESS:
            parts.append(f"{self.labels['attn']} {recipient.contact_name}")
        parts += address_lines(recipient.address)
        style = letter_styles().address
        fitted = fit_parts(parts, REGULAR, style.fontSize, style.leading, ADDRESS_W, ADDRESS_H)
        canv.setFillColor(style.textColor)
        draw_fitted(canv, fitted, REGULAR, LEFT, y_from_top(ADDRESS_TOP))

    def _details(self, canv: Canvas) -> None:
        styles = letter_styles()
        ctx = self.context
        rows = [(self.labels["date"], f"{ctx.place}, {self.fmt.date(ctx.letter_date)}")]
        if ctx.reference:
            rows.append((self.labels["our_reference"], ctx.reference))
        if ctx.payment_reference:
            rows.append((self.labels["payment_reference"], group_reference(ctx.payment_reference)))
        flowables: list[Flowable] = []
        for label, value in rows:
            flowables.append(paragraph(escape(label), styles.label))
            flowables.append(paragraph(escape(value), styles.detail))
        width = PAGE_WIDTH - RIGHT - DETAILS_LEFT
        _draw_flowables(canv, flowables, DETAILS_LEFT, y_from_top(DETAILS_TOP), width, DETAILS_H)

    def _fold_marks(self, canv: Canvas) -> None:
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        for distance in FOLD_MARKS:
            canv.line(6 * mm, y_from_top(distance), 10 * mm, y_from_top(distance))

    def _footer(self, canv: Canvas) -> None:
        company = self.context.company
        first = [company.name, ", ".join(address_lines(company.address))]
        second = []
        for key, value in (
            ("kvk", company.kvk),
            ("btw_id", company.btw_id),
            ("iban", format_iban(company.iban)),
            ("bic", company.bic),
        ):
            if value:
                second.append(f"{self.labels[key]} {value}")
        # The page number sits at the right ("Pagina 1 van 2"; room for two digits each).
        number = self.labels["page"].format(page=99, pages=99)
        width = CONTENT_WIDTH - stringWidth(number, REGULAR, FOOTER_SIZE) - 4 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(LEFT, 17 * mm, PAGE_WIDTH - RIGHT, 17 * mm)
        canv.setFillColor(MUTED)
        for text, y in ((" · ".join(first), 13.3 * mm), (" · ".join(second), PAGE_NUMBER_Y)):
            if not text:
                continue
            canv.setFont(REGULAR, FOOTER_SIZE)
            canv.drawString(LEFT, y, ellipsis(text, REGULAR, FOOTER_SIZE, width))
