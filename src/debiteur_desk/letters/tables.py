"""The tables in a letter: invoices, amounts with a total, interest, instalments.

Every table repeats its header row when it breaks across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from debiteur_desk.domain.payment_plan import ScheduledInstalment
from debiteur_desk.letters.context import InvoiceInterest, InvoiceLine
from debiteur_desk.letters.fmt import Formatter, escape
from debiteur_desk.letters.page_furniture import CONTENT_WIDTH
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import INK, RULE, SHADE, letter_styles

Row = tuple[str, str]
CELL_PADDING = 1.5  # pt above and below a row's text
AMOUNTS_PADDING = 3  # pt either side of an amount in the totals


def _grid_style(*, total_row: bool) -> TableStyle:
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    return TableStyle(commands)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right_from: int,
    total: Sequence[str] | None = None,
) -> Table:
    """A grid of escaped text; columns from ``right_from`` on are right-aligned amounts."""
    styles = letter_styles()

    def cells(values: Sequence[str], *, head: bool) -> list[Paragraph]:
        out = []
        for i, value in enumerate(values):
            if head:
                style = styles.cell_head_right if i >= right_from else styles.cell_head
            else:
                style = styles.cell_right if i >= right_from else styles.cell
            out.append(paragraph(escape(value), style))
        return out

    data = [cells(header, head=True)] + [cells(row, head=False) for row in rows]
    if total is not None:
        data.append(cells(total, head=True))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid_style(total_row=total is not None))
    return table


def invoice_table(invoices: Sequence[InvoiceLine], fmt: Formatter, labels: dict[str, str]) -> Table:
    header = [
        labels["col_invoice"],
        labels["col_invoice_date"],
        labels["col_due_date"],
        labels["col_amount"],
        labels["col_paid"],
        labels["col_open"],
    ]
    rows = [
        [
            line.number,
            fmt.date(line.invoice_date),
            fmt.date(line.due_date),
            fmt.money(line.amount),
            fmt.money(line.paid),
            fmt.money(line.open),
        ]
        for line in invoices
    ]
    date_w, money_w = 26 * mm, 25 * mm
    widths = [CONTENT_WIDTH - 2 * date_w - 3 * money_w, date_w, date_w, money_w, money_w, money_w]
    return _table(header, rows, widths, right_from=3)


def amounts_table(rows: Sequence[Row], total: Row | None) -> Table:
    """Label and amount lines, right-aligned under the invoice table, with a total line."""
    styles = letter_styles()
    data = [
        [paragraph(escape(label), styles.cell_right), paragraph(escape(value), styles.cell_right)]
        for label, value in rows
    ]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), AMOUNTS_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), AMOUNTS_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if total is not None:
        data.append(
            [
                paragraph(escape(total[0]), styles.cell_head_right),
                paragraph(escape(total[1]), styles.cell_head_right),
            ]
        )
        commands.append(("LINEABOVE", (1, -1), (1, -1), 0.8, INK))
    value_w = 28 * mm
    table = Table(data, colWidths=[CONTENT_WIDTH - value_w, value_w], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def minus(fmt: Formatter, value: Decimal) -> str:
    return f"− {fmt.money(value)}"


def interest_table(
    lines: Sequence[InvoiceInterest], fmt: Formatter, labels: dict[str, str]
) -> Table:
    """One row per interest period, the invoice number on the first row of its periods."""
    header = [
        labels["col_invoice"],
        labels["col_period"],
        labels["col_days"],
        labels["col_base"],
        labels["col_rate"],
        labels["col_amount"],
    ]
    rows = []
    for line in lines:
        for n, p in enumerate(line.breakdown.periods):
            rows.append(
                [
                    "" if n else line.invoice_number,
                    labels["period"].format(start=fmt.date(p.start), end=fmt.date(p.end)),
                    str(p.days),
                    fmt.money(p.base),
                    fmt.percent(p.rate),
                    fmt.money(p.amount),
                ]
            )
    total_amount = sum((line.breakdown.total for line in lines), Decimal(0))
    total = ["", "", "", "", "", fmt.money(total_amount)]
    fixed = [24 * mm, 0, 13 * mm, 26 * mm, 17 * mm, 24 * mm]
    fixed[1] = CONTENT_WIDTH - sum(fixed)
    return _table(header, rows, fixed, right_from=2, total=total)


def schedule_table(
    schedule: Sequence[ScheduledInstalment], fmt: Formatter, labels: dict[str, str]
) -> Table:
    header = [labels["col_instalment"], labels["col_due_date"], labels["col_amount"]]
    rows = [
        [
            labels["down_payment"] if item.number == 0 else str(item.number),
            fmt.date(item.due_date),
            fmt.money(item.amount),
        ]
        for item in schedule
    ]
    total_amount = sum((item.amount for item in schedule), Decimal(0))
    total = [labels["schedule_total"], "", fmt.money(total_amount)]
    return _table(header, rows, [40 * mm, 30 * mm, 30 * mm], right_from=2, total=total)
