"""Betalingsregeling: the debt and its make-up, the schedule, the terms, two signatures.

The PDF holds two copies: one for the debtor's records and one to sign and return.
The terms carry a vervalclausule (a missed instalment makes the remainder due
after a reminder with a short term) and the debtor's acknowledgement of the debt,
which interrupts prescription (art. 3:318 BW).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterContext, LetterKind, PaymentPlanTerms
from debiteur_desk.letters.fmt import escape
from debiteur_desk.letters.kinds.base import KindSpec
from debiteur_desk.letters.layout import Section
from debiteur_desk.letters.paragraphs import paragraph
from debiteur_desk.letters.signature import Party, agreement_signatures
from debiteur_desk.letters.tables import amounts_table, schedule_table

_TERMS = (
    "plan_term_payment",
    "plan_term_interest",
    "plan_term_allocation",
    "plan_term_default",
    "plan_term_no_action",
    "plan_term_acknowledgement",
    "plan_term_start",
)


def _plan(b: LetterBuilder) -> PaymentPlanTerms:
    assert b.ctx.payment_plan is not None
    return b.ctx.payment_plan


class PaymentPlan(KindSpec):
    kind = LetterKind.PAYMENT_PLAN

    def check(self, ctx: LetterContext) -> None:
        super().check(ctx)
        if ctx.payment_plan is None:
            raise InvalidInput("letter_missing_plan", kind=str(self.kind))
        if not ctx.company.iban:
            raise InvalidInput("letter_missing_iban", kind=str(self.kind))

    def values(self, b: LetterBuilder) -> dict[str, str]:
        plan = _plan(b)
        regular = [i for i in plan.schedule if i.number > 0] or list(plan.schedule)
        return {
            "plan_total": b.money(plan.total),
            "plan_principal": b.money(plan.principal),
            "plan_interest": b.money(plan.interest),
            "plan_costs": b.money(plan.costs),
            "down_payment": b.money(plan.down_payment),
            "instalment_count": str(len(regular)),
            "first_due_date": b.date(plan.schedule[0].due_date),
            "last_due_date": b.date(plan.schedule[-1].due_date),
            "reminder_term_days": str(plan.reminder_term_days),
        }

    def composition(self, b: LetterBuilder) -> list[Flowable]:
        plan, labels = _plan(b), b.labels
        rows = [(labels["plan_principal"], b.money(plan.principal))]
        if plan.interest:
            rows.append((labels["plan_interest"], b.money(plan.interest)))
        if plan.costs:
            rows.append((labels["plan_costs"], b.money(plan.costs)))
        table = amounts_table(rows, (labels["plan_total"], b.money(plan.total)))
        return [KeepTogether([b.heading(labels["plan_composition"]), table]), b.gap()]

    def terms(self, b: LetterBuilder) -> list[Flowable]:
        items: list[Flowable] = [
            CondPageBreak(30 * mm),
            b.heading(b.texts.LEGAL["plan_terms_title"]),
        ]
        for number, key in enumerate(_TERMS, start=1):
            for markup in b.legal_markup(key):
                items.append(paragraph(markup, b.styles.term, bullet=f"{number}."))
        return [*items, b.gap()]

    def story_for_copy(self, b: LetterBuilder, copy_label: str) -> list[Flowable]:
        plan = _plan(b)
        first = plan.schedule[0]
        closing = [paragraph(p, b.styles.body) for p in b.part_markup("closing")]
        company, recipient = b.ctx.company, b.ctx.recipient
        creditor = Party(
            company.name, company.signatory_name, b.ctx.place, b.date(b.ctx.letter_date)
        )
        signer = recipient.contact_name if recipient.kind is ClientKind.BUSINESS else recipient.name
        debtor = Party(recipient.name, signer)
        return [
            paragraph(escape(copy_label), b.styles.copy_label),
            *b.opening(),
            *b.part("intro"),
            *b.invoice_table(),
            *b.open_totals(),
            *self.composition(b),
            *b.part("body"),
            *b.table_with_heading(
                b.labels["plan_schedule"], schedule_table(plan.schedule, b.fmt, b.labels)
            ),
            *self.terms(b),
            b.payment(
                first.amount, b.date(first.due_date), amount_label=b.labels["pay_first_instalment"]
            ),
            b.gap(),
            KeepTogether(
                [
                    *b.part("outro"),
                    *closing,
                    agreement_signatures(creditor, debtor, b.signature, b.labels),
                ]
            ),
        ]

    def sections(self, b: LetterBuilder) -> list[Section]:
        return [
            b.section(self.story_for_copy(b, b.labels["copy_keep"])),
            b.section(self.story_for_copy(b, b.labels["copy_return"])),
        ]

    def story(self, b: LetterBuilder) -> list[Flowable]:
        return self.story_for_copy(b, b.labels["copy_keep"])
