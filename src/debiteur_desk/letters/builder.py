"""The shared letter builder: every letter kind is put together from these pieces."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from debiteur_desk.domain.money import ZERO
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters.context import InvoiceLine, LetterContext, LetterKind
from debiteur_desk.letters.fmt import Formatter, escape, format_iban, group_reference
from debiteur_desk.letters.layout import Section
from debiteur_desk.letters.page_furniture import CONTENT_WIDTH, Furniture, image_reader
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.payment import PADDING as PAYMENT_PADDING
from debiteur_desk.letters.payment import payment_block
from debiteur_desk.letters.signature import closing_block
from debiteur_desk.letters.styles import letter_styles
from debiteur_desk.letters.tables import Row, amounts_table, invoice_table, minus
from debiteur_desk.letters.templates import TEXTS, fill, fill_plain

GAP = 2.5 * mm
CLOSING_WIDTH = 52 * mm  # the closing and signature; the payment details beside them


def _beside(closing: list[Flowable], payment: Flowable) -> Table:
    """The closing on the left, its first line level with the payment block's heading."""
    table = Table([[closing, payment]], colWidths=[CLOSING_WIDTH, CONTENT_WIDTH - CLOSING_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), PAYMENT_PADDING),
            ]
        )
    )
    return table


class LetterBuilder:
    """Holds one letter's data, texts and formatting, and hands out its building blocks."""

    def __init__(
        self,
        kind: LetterKind,
        context: LetterContext,
        template: Mapping[str, str],
        invoices: Sequence[InvoiceLine],
    ) -> None:
        self.kind = kind
        self.ctx = context
        self.template = template
        self.invoices = tuple(invoices)
        self.fmt = Formatter(context.language)
        self.texts = TEXTS[context.language]
        self.labels: dict[str, str] = self.texts.LABELS
        self.styles = letter_styles()
        company = context.company
        self.logo = image_reader(company.logo_path) if company.logo_path else None
        self.signature = image_reader(company.signature_path) if company.signature_path else None
        self.values: dict[str, str] = self._common_values()

    # -- amounts -------------------------------------------------------------

    @property
    def total_open(self) -> Decimal:
        return sum((line.open for line in self.invoices), ZERO)

    @property
    def amount_due(self) -> Decimal:
        """What is left to pay on the letter's invoices after unallocated payments."""
        return max(self.total_open - self.ctx.total_unapplied, ZERO)

    def money(self, value: Decimal) -> str:
        return self.fmt.money(value)

    def date(self, value: date) -> str:
        return self.fmt.date(value)

    # -- placeholder values --------------------------------------------------

    def _company_contact(self) -> str:
        company, labels = self.ctx.company, self.labels
        ways = []
        if company.phone:
            ways.append(labels["contact_phone"].format(phone=company.phone))
        if company.email:
            ways.append(labels["contact_email"].format(email=company.email))
        return labels["contact_or"].join(ways) if ways else labels["contact_fallback"]

    def _common_values(self) -> dict[str, str]:
        ctx, labels = self.ctx, self.labels
        numbers = [line.number for line in self.invoices]
        noun = labels["invoice_singular"] if len(numbers) == 1 else labels["invoice_plural"]
        return {
            "company_name": ctx.company.name,
            "company_contact": self._company_contact(),
            "signatory_name": ctx.company.signatory_name or ctx.company.name,
            "client_name": ctx.recipient.name,
            "contact_name": ctx.recipient.contact_name or ctx.recipient.name,
            "letter_date": self.date(ctx.letter_date),
            "place": ctx.place,
            "reference": ctx.reference,
            "payment_reference": group_reference(self.payment_reference),
            "iban": format_iban(ctx.company.iban),
            "account_holder": ctx.company.payee,
            "invoice_noun": noun,
            "invoice_numbers": self.fmt.join(numbers),
            "invoice_count": str(len(numbers)),
            "total_open": self.money(self.total_open),
            "amount_due": self.money(self.amount_due),
            "deadline": self.date(ctx.deadline) if ctx.deadline else "",
        }

    @property
    def payment_reference(self) -> str:
        return self.ctx.payment_reference or ", ".join(line.number for line in self.invoices)

    # -- text ----------------------------------------------------------------

    @property
    def subject(self) -> str:
        return fill_plain(self.template["subject"], self.values)

    def part_markup(self, name: str) -> list[str]:
        return fill(self.template[name], self.values)

    def part(self, name: str) -> list[Flowable]:
        """A template part as paragraphs (nothing when the user left it empty)."""
        return [paragraph(p, self.styles.body) for p in self.part_markup(name)]

    def legal_markup(self, key: str) -> list[str]:
        return fill(self.texts.LEGAL[key], self.values)

    def legal(self, key: str) -> list[Flowable]:
        return [paragraph(p, self.styles.legal) for p in self.legal_markup(key)]

    def heading(self, text: str) -> Paragraph:
        return paragraph(escape(text), self.styles.heading)

    def table_with_heading(self, text: str, table: Flowable) -> list[Flowable]:
        """A heading that never ends a page alone; its table may run on to the next page."""
        return [CondPageBreak(40 * mm), self.heading(text), table, self.gap()]

    def salutation(self) -> str:
        recipient, labels = self.ctx.recipient, self.labels
        if recipient.salutation:
            return recipient.salutation
        if recipient.contact_name:
            return labels["salutation_named"].format(name=recipient.contact_name)
        if recipient.kind is ClientKind.CONSUMER:
            return labels["salutation_named"].format(name=recipient.name)
        return labels["salutation_default"]

    def opening(self) -> list[Flowable]:
        return [
            paragraph(escape(self.subject), self.styles.subject),
            paragraph(escape(self.salutation()), self.styles.body),
        ]

    def gap(self, height: float = GAP) -> Spacer:
        return Spacer(1, height)

    # -- blocks --------------------------------------------------------------

    def invoice_table(self) -> list[Flowable]:
        return [invoice_table(self.invoices, self.fmt, self.labels), self.gap(1 * mm)]

    def unapplied_rows(self) -> list[Row]:
        rows = []
        for payment in self.ctx.unapplied_payments:
            label = self.labels["unapplied"].format(date=self.date(payment.received_on))
            if payment.description:
                label = f"{label} ({payment.description})"
            rows.append((label, minus(self.fmt, payment.amount)))
        return rows

    def open_totals(self) -> list[Flowable]:
        """Total open, payments received but not yet allocated, and what is left to pay."""
        rows: list[Row] = [(self.labels["total_open"], self.money(self.total_open))]
        unapplied = self.unapplied_rows()
        if not unapplied:
            return [amounts_table([], rows[0]), self.gap()]
        total = (self.labels["amount_due"], self.money(self.amount_due))
        return [amounts_table(rows + unapplied, total), self.gap()]

    def payment(
        self,
        amount: Decimal,
        due: str,
        *,
        amount_label: str | None = None,
        width: float = CONTENT_WIDTH,
    ) -> Flowable:
        return payment_block(
            self.ctx.company,
            amount,
            due,
            self.payment_reference,
            self.fmt,
            self.labels,
            width=width,
            amount_label=amount_label,
        )

    def payment_and_closing(
        self, amount: Decimal, due: str, before: Sequence[Flowable]
    ) -> list[Flowable]:
        """``before`` (the outro), then the closing and signature with the payment details
        beside them, kept on one page with the last paragraph of ``before``."""
        markup = self.part_markup("closing")
        closing = closing_block(markup, self.ctx.company, self.signature)
        payment = self.payment(amount, due, width=CONTENT_WIDTH - CLOSING_WIDTH)
        *rest, last = [*before] or [self.gap(0)]
        return [*rest, KeepTogether([last, _beside(closing, payment)])]

    # -- assembly ------------------------------------------------------------

    def section(self, story: list[Flowable]) -> Section:
        furniture = Furniture(self.ctx, self.labels, self.subject, self.logo)
        return Section(furniture=furniture, story=story, page_label=self.labels["page"])
