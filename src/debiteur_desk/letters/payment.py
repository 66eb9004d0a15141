"""The payment instructions: amount, account, reference, term, and the EPC QR code."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from debiteur_desk.letters.context import Company
from debiteur_desk.letters.epc_qr import QrFlowable, epc_payload
from debiteur_desk.letters.fmt import Formatter, escape, format_iban, group_reference
from debiteur_desk.letters.page_furniture import CONTENT_WIDTH
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.styles import RULE, letter_styles

QR_SIZE = 27 * mm


def payment_block(
    company: Company,
    amount: Decimal,
    due: str,
    reference: str,
    fmt: Formatter,
    labels: dict[str, str],
    *,
    amount_label: str | None = None,
) -> list[Flowable]:
    """Heading, a small table of what to pay where, and (with an IBAN) the QR code.

    ``reference`` is the betalingskenmerk or RF reference when there is one, otherwise
    the text to put in the description (the invoice numbers).
    """
    styles = letter_styles()
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
    detail = Table(
        [[paragraph(escape(k), styles.cell), paragraph(v, styles.cell)] for k, v in rows],
        colWidths=[27 * mm, 60 * mm],
        hAlign="LEFT",
    )
    detail.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ]
        )
    )
    cells: list[object] = [detail]
    widths = [90 * mm]
    if company.iban and amount > 0:
        payload = epc_payload(
            company.payee, company.iban, amount, bic=company.bic, reference=reference
        )
        cells += [QrFlowable(payload, QR_SIZE), paragraph(labels["qr_explanation"], styles.small)]
        widths += [QR_SIZE + 4 * mm, CONTENT_WIDTH - 90 * mm - QR_SIZE - 4 * mm]
    block = Table([cells], colWidths=widths, hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [
        KeepTogether(
            [Spacer(1, 1 * mm), paragraph(escape(labels["pay_title"]), styles.heading), block]
        ),
        Spacer(1, 3 * mm),
    ]
