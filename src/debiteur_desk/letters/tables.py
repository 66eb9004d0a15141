"""The tables in a letter: invoices, amounts with a total, interest, instalments.

Every table repeats its header row when it breaks across pages.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from debiteur_desk.domain.interest import InterestPeriod
from debiteur_desk.domain.money import ZERO
from debiteur_desk.domain.payment_plan import ScheduledInstalment
from debiteur_desk.letters.context import AppliedPayment, InvoiceInterest, InvoiceLine
from debiteur_desk.letters.fmt import Formatter, escape
from debiteur_desk.letters.page_furniture import CONTENT_WIDTH
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import INK, RULE, SHADE, letter_styles

Row = tuple[str, str]
CELL_PADDING = 1.5  # pt above and below a row's text
AMOUNTS_PADDING = 3  # pt either side of an amount in the totals


Group = tuple[int, int]  # first and last data row (0 is the header) that belong together


def _grid_style(*, total_row: bool, groups: Sequence[Group] | None, side: float) -> TableStyle:
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
    ]
    if groups is None:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
    for first, last in groups or ():
        # A rule under each group only, and a group never split over two pages.
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, RULE))
        if last > first:
            commands.append(("NOSPLIT", (0, first), (-1, last)))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    return TableStyle(commands)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right: Collection[int],
    *,
    total: Sequence[str] | None = None,
    groups: Sequence[Group] | None = None,
    side: float = 3,
) -> Table:
    """A grid of escaped text; the columns in ``right`` are right-aligned amounts.

    Without ``groups`` every row is ruled off; with them, only each group.
    """
    styles = letter_styles()

    def cells(values: Sequence[str], *, head: bool) -> list[Paragraph]:
        out = []
        for i, value in enumerate(values):
            if head:
                style = styles.cell_head_right if i in right else styles.cell_head
            else:
                style = styles.cell_right if i in right else styles.cell
            out.append(paragraph(escape(value), style))
        return out

    data = [cells(header, head=True)] + [cells(row, head=False) for row in rows]
    if total is not None:
        data.append(cells(total, head=True))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(_grid_style(total_row=total is not None, groups=groups, side=side))
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
    return _table(header, rows, widths, right=range(3, 6))


def amounts_table(rows: Sequence[Row], total: Row | None) -> Table:
    """Label and amount lines, right-aligned under the invoice table, with a total line.

    The lines stay together on one page.
    """
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
    commands.append(("NOSPLIT", (0, 0), (-1, -1)))
    value_w = 28 * mm
    table = Table(data, colWidths=[CONTENT_WIDTH - value_w, value_w], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def minus(fmt: Formatter, value: Decimal) -> str:
    return f"− {fmt.money(value)}"


_PERIOD_CELLS = range(3, 7)  # the interest table's period, days, base and rate columns


def _applied_text(payment: AppliedPayment, fmt: Formatter, labels: dict[str, str]) -> str:
    """ "Ontvangen op 01-11-2026 € 600,00: € 29,92 rente, € 570,08 hoofdsom"."""
    parts = [
        labels[key].format(amount=fmt.money(value))
        for key, value in (
            ("applied_costs", payment.to_costs),
            ("applied_interest", payment.to_interest),
            ("applied_principal", payment.to_principal),
        )
        if value
    ]
    return labels["payment_applied"].format(
        date=fmt.date(payment.received_on), amount=fmt.money(payment.amount), parts=", ".join(parts)
    )


def _invoice_rows(
    line: InvoiceLine,
    periods: Sequence[InterestPeriod],
    payments: Sequence[AppliedPayment],
    fmt: Formatter,
    labels: dict[str, str],
) -> tuple[list[list[str]], list[int], list[int]]:
    """One invoice's rows: its periods and its payments in the order of their days (money
    received on day P pays the interest up to P-1); with payments, what they left open.
    Also which rows are payments and which the "still open" line (their cells span)."""
    principal = line.open + sum((p.to_principal for p in payments), ZERO)
    invoice = [line.number, fmt.date(line.due_date), fmt.money(principal)]
    events: list[tuple[date, int, InterestPeriod | AppliedPayment]] = [
        (p.start, 1, p) for p in periods
    ]
    events += [(p.received_on, 0, p) for p in payments]
    rows: list[list[str]] = []
    paid_rows: list[int] = []
    for _, _, event in sorted(events, key=lambda e: e[:2]):
        if isinstance(event, AppliedPayment):
            if not rows:  # the invoice's own line first: the payment takes off its principal
                rows.append([*invoice, "", "", "", "", ""])
            paid_rows.append(len(rows))
            rows.append(
                [
                    "",
                    "",
                    minus(fmt, event.to_principal) if event.to_principal else "",
                    _applied_text(event, fmt, labels),
                    "",
                    "",
                    "",
                    minus(fmt, event.to_interest) if event.to_interest else "",
                ]
            )
            continue
        rows.append(
            [
                *(["", "", ""] if rows else invoice),
                labels["period"].format(start=fmt.date(event.start), end=fmt.date(event.end)),
                str(event.days),
                fmt.money(event.base),
                fmt.percent(event.rate),
                fmt.money(event.amount),
            ]
        )
    if not rows:  # no interest on this one
        rows.append([*invoice, "", "", "", "", ""])
    open_rows: list[int] = []
    if payments:
        interest = sum((p.amount for p in periods), ZERO)
        interest -= sum((p.to_interest for p in payments), ZERO)
        open_rows.append(len(rows))
        rows.append(
            [labels["still_open"], "", fmt.money(line.open), "", "", "", "", fmt.money(interest)]
        )
    return rows, paid_rows, open_rows


def invoice_interest_table(
    invoices: Sequence[InvoiceLine],
    interest: Sequence[InvoiceInterest],
    fmt: Formatter,
    labels: dict[str, str],
    payments: Sequence[AppliedPayment] = (),
) -> Table:
    """The invoices with the interest on each, one row per interest period, and the
    payments on each as the law applied them (art. 6:44 BW).

    An invoice's number, due date and principal stand on its first row; a payment takes
    its part of the principal and of the interest off in those columns, so that with
    payments the "still open" line adds up the columns. An invoice's rows stay together
    on one page.
    """
    header = [
        labels["col_invoice"],
        labels["col_due_date"],
        labels["col_principal"],
        labels["col_interest_period"],
        labels["col_days"],
        labels["col_base"],
        labels["col_rate_short"],
        labels["col_interest"],
    ]
    periods = {line.invoice_number: line.breakdown.periods for line in interest}
    rows: list[list[str]] = []
    groups: list[Group] = []
    spans: list[tuple] = []
    for line in invoices:
        paid = [p for p in payments if p.invoice_number == line.number]
        own, paid_rows, open_rows = _invoice_rows(
            line, periods.get(line.number, ()), paid, fmt, labels
        )
        first = len(rows) + 1
        spans += [("SPAN", (3, first + n), (6, first + n)) for n in paid_rows]
        spans += [("SPAN", (0, first + n), (1, first + n)) for n in open_rows]
        rows += own
        groups.append((first, len(rows)))
    # The spanned texts wrap within their span: they do not widen a column.
    spanned = {(row - 1, col) for _, (col, row), _ in spans}
    # Narrow side padding, but room before the periods and, as in the totals, at the end.
    side, before_period, end = 2, 6, AMOUNTS_PADDING
    widths = [
        _natural_width(header[i], [r[i] for n, r in enumerate(rows) if (n, i) not in spanned],
                       2 * side)
        for i in range(8)
    ]  # fmt: skip
    widths[3] += before_period - side
    widths[7] += end - side
    # The room to spare goes to every column alike; without any, a long invoice number wraps.
    spare = max(CONTENT_WIDTH - sum(widths), 0) / len(widths)
    widths = [w + spare for w in widths]
    widths[0] = CONTENT_WIDTH - sum(widths[1:])
    table = _table(header, rows, widths, right={2, 4, 5, 6, 7}, groups=groups, side=side)
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (3, 0), (3, -1), before_period),
                ("RIGHTPADDING", (7, 0), (7, -1), end),
                *spans,
            ]
        )
    )
    return table


def _natural_width(head: str, values: Sequence[str], padding: float) -> float:
    """The width a column needs to show its header and every value on one line."""
    styles = letter_styles()
    size = styles.cell.fontSize
    widest = max(
        [stringWidth(head, styles.cell_head.fontName, size)]
        + [stringWidth(value, styles.cell.fontName, size) for value in values]
    )
    return widest + padding + 1  # a point to spare, so that rounding never wraps a line


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
    return _table(header, rows, [40 * mm, 30 * mm, 30 * mm], right={2}, total=total)
