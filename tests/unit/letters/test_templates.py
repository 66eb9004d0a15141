"""Letter templates: defaults, the checks on edited templates, and user text as plain text."""

from __future__ import annotations

import pytest

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters import (
    PARTS,
    PLACEHOLDERS,
    Language,
    LetterKind,
    default_template,
    effective_template,
    render_letter,
    validate_template,
)
from debiteur_desk.letters.builder import LetterBuilder
from debiteur_desk.letters.kinds import SPECS
from debiteur_desk.letters.templates import placeholders_in
from debiteur_desk.letters.texts_en import LABELS as EN_LABELS
from debiteur_desk.letters.texts_en import LEGAL as EN_LEGAL
from debiteur_desk.letters.texts_nl import LABELS as NL_LABELS
from debiteur_desk.letters.texts_nl import LEGAL as NL_LEGAL

from . import samples
from .pdftext import text


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_the_shipped_templates_are_valid_and_complete(kind, language):
    template = default_template(kind, language)
    assert set(template) == set(PARTS[kind])
    validate_template(kind, template)


def test_dutch_and_english_have_the_same_labels_and_legal_texts():
    assert set(NL_LABELS) == set(EN_LABELS)
    assert set(NL_LEGAL) == set(EN_LEGAL)
    for key in NL_LEGAL:
        assert set(placeholders_in(NL_LEGAL[key])) == set(placeholders_in(EN_LEGAL[key])), key


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_allowed_placeholder_gets_a_value(kind):
    ctx = samples.context(kind)
    spec = SPECS[kind]
    builder = LetterBuilder(kind, ctx, default_template(kind, Language.NL), spec.invoices(ctx))
    builder.values.update(spec.values(builder))
    assert PLACEHOLDERS[kind] <= set(builder.values)


def test_an_unknown_placeholder_is_rejected_when_the_template_is_saved():
    with pytest.raises(InvalidInput) as caught:
        validate_template(LetterKind.REMINDER, {"intro": "Beste {klantnaam}, u bent vergeten"})
    assert caught.value.code == "template_unknown_placeholder"
    assert caught.value.params["placeholder"] == "klantnaam"
    assert caught.value.params["part"] == "intro"


def test_a_placeholder_of_another_kind_is_unknown_here():
    validate_template(LetterKind.FOURTEEN_DAY_LETTER, {"body": "Kosten: {bik_amount}"})
    with pytest.raises(InvalidInput) as caught:
        validate_template(LetterKind.REMINDER, {"body": "Kosten: {bik_amount}"})
    assert caught.value.code == "template_unknown_placeholder"


def test_the_fourteen_day_letter_has_no_deadline_placeholder():
    """Its term runs from delivery (art. 6:96 lid 6 BW), so the letter names no date."""
    with pytest.raises(InvalidInput) as caught:
        validate_template(LetterKind.FOURTEEN_DAY_LETTER, {"body": "Betaal vóór {deadline}."})
    assert caught.value.code == "template_unknown_placeholder"


@pytest.mark.parametrize(
    "wording",
    [
        "Betaal binnen 14 dagen na dagtekening.",
        "Betaal binnen veertien dagen na verzending van deze brief.",
        "binnen 14 dagen na heden",
        "Pay within 14 days from the date of this letter.",
    ],
)
def test_a_fourteen_day_template_counting_from_the_letter_date_is_rejected(wording):
    """HR 25-11-2016, ECLI:NL:HR:2016:2704: such a term makes the letter invalid."""
    with pytest.raises(InvalidInput) as caught:
        validate_template(LetterKind.FOURTEEN_DAY_LETTER, {"body": wording})
    assert caught.value.code == "template_forbidden_wording"


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        ({"intro": "Open {client_name"}, "template_syntax"),
        ({"intro": "Te laat }"}, "template_syntax"),
        ({"intro": "{amount_due:>10}"}, "template_format_spec"),
        ({"intro": "{client_name!r}"}, "template_format_spec"),
        ({"intro": "{}"}, "template_unknown_placeholder"),
        ({"intro": "{company.name}"}, "template_unknown_placeholder"),
        ({"preface": "Hallo"}, "template_unknown_part"),
        ({"subject": "   "}, "template_subject_empty"),
    ],
)
def test_broken_templates_are_rejected_with_a_code(parts, code):
    with pytest.raises(InvalidInput) as caught:
        validate_template(LetterKind.REMINDER, parts)
    assert caught.value.code == code


def test_overrides_replace_only_their_parts_and_are_printed_as_plain_text():
    templates = {
        (LetterKind.REMINDER, Language.NL): {
            "intro": "Beste {client_name}, <b>let op</b> & {{dank}}.\n\nTweede alinea.",
        }
    }
    merged = effective_template(LetterKind.REMINDER, Language.NL, templates)
    assert merged["subject"] == default_template(LetterKind.REMINDER, Language.NL)["subject"]
    ctx = samples.context(LetterKind.REMINDER, name="Smit & Zn <B.V.>")
    out = text(render_letter(LetterKind.REMINDER, ctx, templates=templates))
    assert "Beste Smit & Zn <B.V.>, <b>let op</b> & {dank}. Tweede alinea." in out
    # The English letter keeps its default text.
    english = samples.context(LetterKind.REMINDER, Language.EN)
    assert "While updating our records" in text(
        render_letter(LetterKind.REMINDER, english, templates=templates)
    )


def test_an_invalid_override_is_refused_at_render_time_too():
    templates = {(LetterKind.REMINDER, Language.NL): {"intro": "{onbekend}"}}
    with pytest.raises(InvalidInput) as caught:
        render_letter(
            LetterKind.REMINDER, samples.context(LetterKind.REMINDER), templates=templates
        )
    assert caught.value.code == "template_unknown_placeholder"


def test_an_emptied_part_leaves_no_gap_in_the_letter():
    templates = {(LetterKind.REMINDER, Language.NL): {"outro": ""}}
    out = text(
        render_letter(
            LetterKind.REMINDER, samples.context(LetterKind.REMINDER), templates=templates
        )
    )
    assert "Heeft u inmiddels betaald" not in out
    assert "Met vriendelijke groet," in out
