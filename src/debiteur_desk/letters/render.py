"""Render one letter to PDF bytes."""

from __future__ import annotations

from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.context import LetterContext, LetterKind
from debiteur_desk.letters.glyphs import printable_context, printable_templates
from debiteur_desk.letters.kinds import SPECS
from debiteur_desk.letters.layout import Section, build_pdf
from debiteur_desk.letters.templates import TemplateOverrides, effective_template


def letter_sections(
    kind: LetterKind | str, context: LetterContext, *, templates: TemplateOverrides | None = None
) -> tuple[list[Section], str]:
    """The letter's sections (pages to print) and its subject line.

    Raises :class:`~debiteur_desk.domain.errors.InvalidInput` for missing data or a
    bad template, :class:`~debiteur_desk.domain.errors.RuleViolation` when the law
    does not allow the letter (a 14-dagenbrief to a business).
    A character the letter font cannot draw prints as ``?`` (``glyphs.py``).
    """
    kind = LetterKind(kind)
    context, templates = printable_context(context), printable_templates(templates)
    spec = SPECS[kind]
    spec.check(context)
    template = effective_template(kind, context.language, templates)
    builder = LetterBuilder(kind, context, template, spec.invoices(context))
    builder.values.update(spec.values(builder))
    return spec.sections(builder), builder.subject


def render_letter(
    kind: LetterKind | str, context: LetterContext, *, templates: TemplateOverrides | None = None
) -> bytes:
    """The letter as PDF bytes; the same input always gives the same bytes."""
    sections, subject = letter_sections(kind, context, templates=templates)
    title = f"{subject} - {context.recipient.name}"
    return build_pdf(sections, title=title, author=context.company.name)
