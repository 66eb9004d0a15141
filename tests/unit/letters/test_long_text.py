"""Long names and characters the font lacks: the letter stays readable and deliverable."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from debiteur_desk.domain import text_limits as limits
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.letters import Language, LetterKind, PostalAddress, render_letter
from debiteur_desk.letters.address_block import MIN_SIZE, fit_parts, wrap
from debiteur_desk.letters.fonts import REGULAR, register_fonts
from debiteur_desk.letters.glyphs import (
    printable_text,
    unprintable_characters,
    unprintable_in_letter,
)

from . import samples
from .pdftext import text

REMINDER = LetterKind.REMINDER


def drawn(pdf: bytes, page: int = 0) -> list[tuple[str, float]]:
    """Each piece of text on the page with the type size it was drawn in."""
    found: list[tuple[str, float]] = []

    def visit(piece, _cm, tm, _font, size):
        if piece.strip():
            found.append((piece.strip(), size * tm[0]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def at_most(limit: limits.TextLimit, words: str) -> str:
    text = (words * (limit.maximum // len(words) + 1))[: limit.maximum]
    return text.rstrip() + "x" * (limit.maximum - len(text.rstrip()))


def longest_address() -> tuple[str, str, PostalAddress]:
    name = at_most(limits.NAME, "Groothandel Sanitair ")
    contact = at_most(limits.CONTACT_PERSON, "Mevrouw Van den Berg ")
    street = at_most(limits.STREET, "Burgemeester Verstraat ")
    city = at_most(limits.CITY, "Westerhaar Vriezenveensewijk ")
    return name, contact, PostalAddress(street, "3512 AB", city)


def test_the_longest_allowed_address_prints_whole_in_readable_type():
    name, contact, address = longest_address()
    ctx = samples.context(REMINDER)
    recipient = replace(ctx.recipient, name=name, contact_name=contact, address=address)
    pdf = render_letter(REMINDER, replace(ctx, recipient=recipient))
    flat = " ".join(text(pdf).split())
    for part in (name, contact, address.street, address.city.upper()):
        assert " ".join(part.split()) in flat
    sizes = {size for piece, size in drawn(pdf) if piece and piece in name + contact}
    assert sizes and min(sizes) >= MIN_SIZE


def test_a_name_of_five_thousand_characters_is_cut_visibly_not_shrunk_to_nothing():
    ctx = samples.context(REMINDER, client_kind=ClientKind.CONSUMER)
    name = ("Fietsenmakerij De Snelle Spaak " * 170)[:5000]
    pdf = render_letter(REMINDER, replace(ctx, recipient=replace(ctx.recipient, name=name)))
    address = [(p, s) for p, s in drawn(pdf) if "Fietsenmakerij" in p or "3512 AB" in p]
    assert address and min(size for _, size in address) >= MIN_SIZE
    assert any(piece.endswith("…") for piece, _ in address)
    assert "3512 AB UTRECHT" in " ".join(text(pdf).split())  # still deliverable


def test_the_address_type_gets_smaller_in_steps_and_never_below_eight_points():
    register_fonts()
    width, height = 240.0, 85.0  # the window: 85 x 30 mm
    short = fit_parts(
        ["Jan Jansen", "Dorpsstraat 1", "1234 AB  UTRECHT"], REGULAR, 10, 12.5, width, height
    )
    assert short.size == 10 and short.complete and len(short.lines) == 3
    seven = fit_parts(["Jan Jansen"] * 7, REGULAR, 10, 12.5, width, height)
    assert MIN_SIZE <= seven.size < 10 and seven.complete
    many = fit_parts(
        ["Naam " * 60, "Straat 1", "1234 AB\u00a0 PLAATS"], REGULAR, 10, 12.5, width, height
    )
    assert many.size == MIN_SIZE and not many.complete
    assert many.lines[-2:] == ("Straat 1", "1234 AB\u00a0 PLAATS")
    assert many.lines[-3].endswith("…")


def test_a_word_wider_than_the_line_is_broken():
    register_fonts()
    lines = wrap("x" * 200, REGULAR, 10, 100)
    assert len(lines) > 1 and "".join(lines) == "x" * 200


def test_characters_the_font_lacks_are_listed_and_print_as_a_question_mark():
    texts = ["Fietsen 🚲 Jansen", "Zoë Çelik Łódź", "tab\there", "bel\x07", "🚲 again"]
    assert unprintable_characters(texts) == ("🚲",)
    assert printable_text("Fietsen 🚲 Jansen\x07") == "Fietsen ? Jansen"
    ctx = samples.context(REMINDER, name="Fietsen 🚲 Jansen")
    assert unprintable_in_letter(REMINDER, ctx) == ("🚲",)
    out = text(render_letter(REMINDER, ctx))
    assert "Fietsen ? Jansen" in out and "🚲" not in out


def test_the_users_own_letter_texts_are_checked_too():
    ctx = samples.context(REMINDER, Language.EN)
    own = {(REMINDER, Language.EN): {"intro": "Hello 🥐 {client_name},"}}
    assert unprintable_in_letter(REMINDER, ctx) == ()
    assert unprintable_in_letter(REMINDER, ctx, own) == ("🥐",)
    assert "Hello ?" in text(render_letter(REMINDER, ctx, templates=own))


@pytest.mark.parametrize("kind", list(LetterKind), ids=str)
def test_every_kind_renders_a_name_the_font_cannot_draw(kind):
    ctx = samples.context(kind, name="Bakkerij 🥐 De Korenschoof")
    assert "Bakkerij ? De Korenschoof" in text(render_letter(kind, ctx))
