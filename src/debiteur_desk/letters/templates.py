"""Letter templates: the editable texts per kind and language, their checks, and filling.

A template is a mapping from part name (``subject``, ``intro``, ``body``, …) to
plain text with placeholders such as ``{client_name}``. Template text is plain
text, never markup: both the text and the values are escaped when filled, so
``Smit & Zn <B.V.>`` prints as is. ``{{`` and ``}}`` print single braces.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from types import MappingProxyType

from debiteur_desk.domain.errors import InvalidInput
from debiteur_desk.letters import texts_en, texts_nl
from debiteur_desk.letters.context import Language, LetterKind
from debiteur_desk.letters.fmt import escape

TemplateOverrides = Mapping[tuple[LetterKind, Language], Mapping[str, str]]

TEXTS = MappingProxyType({Language.NL: texts_nl, Language.EN: texts_en})

_BASE_PARTS = ("subject", "intro", "body", "outro", "closing")
PARTS: Mapping[LetterKind, tuple[str, ...]] = MappingProxyType(
    {
        kind: _BASE_PARTS
        + {
            LetterKind.SECOND_REMINDER: ("phone_call",),
            LetterKind.AGREEMENT_CONFIRMATION: ("one_time",),
        }.get(kind, ())
        for kind in LetterKind
    }
)

_COMMON = frozenset(
    {
        "company_name",
        "company_contact",
        "signatory_name",
        "client_name",
        "contact_name",
        "letter_date",
        "place",
        "reference",
        "payment_reference",
        "iban",
        "account_holder",
        "invoice_noun",
        "invoice_numbers",
        "invoice_count",
        "total_open",
        "amount_due",
    }
)
_EXTRA: dict[LetterKind, frozenset[str]] = {
    LetterKind.REMINDER: frozenset({"deadline"}),
    LetterKind.SECOND_REMINDER: frozenset(
        {"deadline", "first_reminder_date", "call_date", "agreed_deadline"}
    ),
    LetterKind.AGREEMENT_CONFIRMATION: frozenset({"deadline", "call_date"}),
    LetterKind.PAYMENT_PLAN: frozenset(
        {
            "deadline",
            "plan_total",
            "plan_principal",
            "plan_interest",
            "plan_costs",
            "down_payment",
            "instalment_count",
            "first_due_date",
            "last_due_date",
            "reminder_term_days",
        }
    ),
    # No {deadline}: the 14-day term runs from delivery, so the letter names no date.
    LetterKind.FOURTEEN_DAY_LETTER: frozenset({"bik_amount", "bik_btw", "bik_total"}),
    LetterKind.FINAL_DEMAND: frozenset(
        {"deadline", "principal", "interest_total", "interest_until", "costs", "total_claim"}
    ),
}
PLACEHOLDERS: Mapping[LetterKind, frozenset[str]] = MappingProxyType(
    {kind: _COMMON | _EXTRA[kind] for kind in LetterKind}
)

# Values printed in bold wherever a template uses them.
EMPHASISED = frozenset(
    {"amount_due", "total_open", "deadline", "total_claim", "bik_amount", "bik_total", "plan_total"}
)

# A 14-day term counted from the letter's date instead of its delivery makes the
# letter invalid (art. 6:96 lid 6 BW, HR 25-11-2016, ECLI:NL:HR:2016:2704).
_FORBIDDEN_FOURTEEN_DAY = re.compile(
    r"\bna\s+(?:de\s+)?(?:dagtekening|verzending|heden|datum\s+van\s+deze\s+brief)\b"
    r"|\b(?:from|after)\s+the\s+date\s+of\s+this\s+letter\b"
    r"|\bafter\s+(?:sending|posting)\b",
    re.IGNORECASE,
)

_formatter = string.Formatter()


def default_template(kind: LetterKind, language: Language) -> dict[str, str]:
    """The shipped texts for ``kind`` in ``language`` (a fresh, editable copy)."""
    return dict(TEXTS[language].TEMPLATES[kind])


def placeholders_in(text: str) -> list[str]:
    """The placeholder names ``text`` uses, in order; raises on broken brace syntax."""
    try:
        parsed = list(_formatter.parse(text))
    except ValueError as exc:
        raise InvalidInput("template_syntax", detail=str(exc)) from None
    names = []
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if spec or conversion:
            raise InvalidInput("template_format_spec", placeholder=field)
        names.append(field)
    return names


def validate_template(kind: LetterKind, parts: Mapping[str, str]) -> None:
    """Check a user-edited (possibly partial) template before it is saved.

    Raises :class:`InvalidInput` with code ``template_unknown_part``,
    ``template_syntax``, ``template_format_spec``, ``template_unknown_placeholder``,
    ``template_subject_empty`` or ``template_forbidden_wording``.
    """
    allowed = PLACEHOLDERS[kind]
    for part, text in parts.items():
        if part not in PARTS[kind]:
            raise InvalidInput("template_unknown_part", part=part, kind=str(kind))
        try:
            names = placeholders_in(text)
        except InvalidInput as exc:
            exc.params["part"] = part
            raise
        for name in names:
            if name not in allowed:
                raise InvalidInput(
                    "template_unknown_placeholder", placeholder=name, part=part, kind=str(kind)
                )
        if part == "subject" and not text.strip():
            raise InvalidInput("template_subject_empty", kind=str(kind))
        if kind is LetterKind.FOURTEEN_DAY_LETTER and (
            found := _FORBIDDEN_FOURTEEN_DAY.search(text)
        ):
            raise InvalidInput("template_forbidden_wording", part=part, text=found.group(0))


def effective_template(
    kind: LetterKind, language: Language, templates: TemplateOverrides | None = None
) -> dict[str, str]:
    """The defaults with the user's overrides for this kind and language laid over them."""
    parts = default_template(kind, language)
    override = (templates or {}).get((kind, language))
    if override:
        validate_template(kind, override)
        parts.update(override)
    return parts


def fill(text: str, values: Mapping[str, str], *, emphasise: bool = True) -> list[str]:
    """Paragraph markup for ``text``: escaped, placeholders filled, split on blank lines."""
    pieces: list[str] = []
    for literal, field, _spec, _conversion in _formatter.parse(text):
        pieces.append(escape(literal))
        if field is None:
            continue
        value = escape(" ".join(values[field].split()))
        pieces.append(f"<b>{value}</b>" if emphasise and field in EMPHASISED and value else value)
    markup = "".join(pieces)
    paragraphs = re.split(r"\n[ \t]*\n", markup.strip())
    return [p.strip().replace("\n", "<br/>") for p in paragraphs if p.strip()]


def fill_plain(text: str, values: Mapping[str, str]) -> str:
    """``text`` filled without markup, for a PDF's title or a file name."""
    return " ".join(_formatter.vformat(text, (), dict(values)).split())
