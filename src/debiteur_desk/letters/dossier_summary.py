"""The PDF summary of a hand-over dossier: on the company's letterhead (the letters' own
page furniture), the debtor's details, the invoices, the claim as of the day with its
breakdown, the history oldest first, and the list of letters in the ZIP.

Plain data in, PDF bytes out: ``services/dossier.py`` gathers the figures (the claim from
``services/claim.py``, the history from ``services/timeline.py``) and the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from debiteur_desk.letters.context import LetterContext
from debiteur_desk.letters.dossier_texts import dossier_texts
from debiteur_desk.letters.fmt import Formatter, escape
from debiteur_desk.letters.glyphs import printable_context, printable_text
from debiteur_desk.letters.layout import Section, build_pdf
from debiteur_desk.letters.page_furniture import CONTENT_WIDTH, Furniture, image_reader
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import RULE, letter_styles
from debiteur_desk.letters.tables import (  # noqa: PLC2701 - the letters' own grid
    CELL_PADDING,
    _table,
    amounts_table,
    invoice_table,
)
from debiteur_desk.letters.texts_en import LABELS as LABELS_EN
from debiteur_desk.letters.texts_nl import LABELS as LABELS_NL


@dataclass(frozen=True)
class HistoryLine:
    when: date
    what: str  # in words
    amount: Decimal | None
    note: str = ""


@dataclass(frozen=True)
class ClaimRow:
    number: str
    due_date: date
    principal_open: Decimal
    interest_open: Decimal
    costs_open: Decimal
    total: Decimal


@dataclass(frozen=True)
class DossierSummary:
    """``context``: the company, the debtor as recipient, the invoices, and the day of the
    dossier as the letter date (the claim's as-of day)."""

    context: LetterContext
    details: tuple[tuple[str, str], ...]  # (label, value) about the debtor
    handover: str  # who has the file since when, in words
    claim_rows: tuple[ClaimRow, ...]
    claim_paid: Decimal
    claim_total: Decimal
    history: tuple[HistoryLine, ...]  # oldest first
    letters: tuple[str, ...]  # the letters' names in the ZIP (or why one is missing)


def _details(summary: DossierSummary, words: dict[str, str]) -> list[Flowable]:
    """Label and value, one line each, without a header row."""
    styles = letter_styles()
    data = [
        [
            paragraph(escape(label), styles.cell_head),
            paragraph(escape(printable_text(value)), styles.cell),
        ]
        for label, value in summary.details
        if value
    ]
    label_w = 40 * mm
    table = Table(data, colWidths=[label_w, CONTENT_WIDTH - label_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return [paragraph(escape(words["client"]), styles.heading), table]


def _claim(summary: DossierSummary, words: dict[str, str], fmt: Formatter) -> list[Flowable]:
    styles = letter_styles()
    header = [
        words["col_invoice"],
        words["col_due"],
        words["col_principal"],
        words["col_interest"],
        words["col_costs"],
        words["col_total"],
    ]
    rows = [
        [
            row.number,
            fmt.date(row.due_date),
            fmt.money(row.principal_open),
            fmt.money(row.interest_open),
            fmt.money(row.costs_open),
            fmt.money(row.total),
        ]
        for row in summary.claim_rows
    ]
    date_w, money_w = 24 * mm, 26 * mm
    widths = [CONTENT_WIDTH - date_w - 4 * money_w, date_w, *[money_w] * 4]
    totals = [
        (words["paid"], fmt.money(summary.claim_paid)),
    ]
    heading = words["claim"].format(date=fmt.date(summary.context.letter_date))
    return [
        paragraph(escape(heading), styles.heading),
        _table(header, rows, widths, right=range(2, 6)),
        Spacer(0, 2 * mm),
        amounts_table(totals, (words["total"], fmt.money(summary.claim_total))),
        paragraph(escape(words["claim_note"]), styles.small),
    ]


def _history(summary: DossierSummary, words: dict[str, str], fmt: Formatter) -> list[Flowable]:
    styles = letter_styles()
    rows = [
        [
            fmt.date(line.when),
            printable_text(line.what + (f" — {line.note}" if line.note else "")),
            "" if line.amount is None else fmt.money(line.amount),
        ]
        for line in summary.history
    ]
    date_w, money_w = 22 * mm, 26 * mm
    widths = [date_w, CONTENT_WIDTH - date_w - money_w, money_w]
    header = [words["col_date"], words["col_what"], words["col_amount"]]
    return [
        paragraph(escape(words["history"]), styles.heading),
        _table(header, rows, widths, right=(2,)),
    ]


def render_dossier_summary(summary: DossierSummary) -> bytes:
    """The summary as PDF bytes; the same input gives the same bytes."""
    context = printable_context(summary.context)
    language = context.language.value
    words = dossier_texts(language)
    labels = LABELS_EN if language == "en" else LABELS_NL
    fmt = Formatter(context.language)
    styles = letter_styles()
    subject = words["subject"]
    logo = image_reader(context.company.logo_path) if context.company.logo_path else None
    furniture = Furniture(context, labels, subject, logo)
    clean = printable_text
    story: list[Flowable] = [
        paragraph(escape(f"{subject}: {clean(context.recipient.name)}"), styles.subject),
        paragraph(escape(words["intro"].format(date=fmt.date(context.letter_date))), styles.body),
        paragraph(escape(clean(summary.handover)), styles.body),
        *_details(summary, words),
        paragraph(escape(words["invoices"]), styles.heading),
        invoice_table(context.invoices, fmt, labels),
        *_claim(summary, words, fmt),
        *_history(summary, words, fmt),
        paragraph(escape(words["letters"]), styles.heading),
        *[paragraph(escape(clean(name)), styles.body, bullet="•") for name in summary.letters],
    ]
    if not summary.letters:
        story.append(paragraph(escape(words["no_letters"]), styles.body))
    section = Section(furniture, story, labels["page"])
    title = words["title"].format(client=context.recipient.name)
    return build_pdf([section], title=title, author=context.company.name)
