"""The payment instructions: amount, account, reference, term, and the EPC QR code."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from debiteur_desk.letters.context import Company
from debiteur_desk.letters.epc_qr import QrFlowable, epc_payload
from debiteur_desk.letters.fmt import Formatter, escape, format_iban, group_reference
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import RULE, letter_styles

QR_SIZE = 25 * mm
LABEL_WIDTH = 24 * mm
GAP = 3 * mm  # between the details and the QR code
PADDING = 2 * mm  # inside the frame


def _details(
    company: Company,
    amount: Decimal,
    due: str,
    reference: str,
    fmt: Formatter,
    labels: dict[str, str],
    amount_label: str | None,
) -> list[tuple[str, str]]:
    """Label and markup of each line: what to pay, to whom, with which reference, by when.

    ``reference`` is the betalingskenmerk or RF reference when there is one, otherwise
    the text to put in the description (the invoice numbers).
    """
    is_kenmerk = reference.replace(" ", "").isdigit() or reference.upper().startswith("RF")
    rows = [(amount_label or labels["pay_amount"], f"<b>{escape(fmt.money(amount))}</b>")]
    if company.iban:
        rows.append((labels["iban"], escape(format_iban(company.iban))))
    if company.bic:
        rows.append((labels["bic"], escape(company.bic)))
    rows.append((labels["pay_payee"], escape(company.payee)))
    ref_label = labels["pay_reference"] if is_kenmerk else labels["pay_description"]
    rows.append((ref_label, escape(group_reference(reference))))
    rows.append((labels["pay_due"], escape(due)))
    return rows


def _details_table(rows: list[tuple[str, str]], width: float) -> Table:
    styles = letter_styles()
    table = Table(
        [[paragraph(escape(k), styles.cell), paragraph(v, styles.cell)] for k, v in rows],
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
            ]
        )
    )
    return table


def _framed(data: list[list[object]], widths: list[float], extra: list[tuple]) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
    ]
    table.setStyle(TableStyle(commands + extra))
    return table


def payment_block(
    company: Company,
    amount: Decimal,
    due: str,
    reference: str,
    fmt: Formatter,
    labels: dict[str, str],
    *,
    width: float,
    amount_label: str | None = None,
) -> Flowable:
    """A framed block ``width`` wide: heading and details, beside them the QR code (with an
    IBAN and something to pay), and under both how to use the code."""
    styles = letter_styles()
    heading = paragraph(escape(labels["pay_title"]), styles.box_heading)
    rows = _details(company, amount, due, reference, fmt, labels, amount_label)
    inner = width - 2 * PADDING
    if not company.iban or amount <= 0:
        return _framed([[[heading, _details_table(rows, inner)]]], [width], [])
    text_width = inner - GAP - QR_SIZE
    payload = epc_payload(company.payee, company.iban, amount, bic=company.bic, reference=reference)
    data: list[list[object]] = [
        [[heading, _details_table(rows, text_width)], QrFlowable(payload, QR_SIZE)],
        [paragraph(labels["qr_explanation"], styles.small), ""],
    ]
    return _framed(
        data,
        [PADDING + text_width, GAP + QR_SIZE + PADDING],
        [
            ("SPAN", (0, 1), (1, 1)),
            ("RIGHTPADDING", (0, 0), (0, 0), 0),
            ("LEFTPADDING", (1, 0), (1, 0), GAP),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 1 * mm),
        ],
    )
