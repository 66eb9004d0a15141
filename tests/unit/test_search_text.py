"""Searching ignores case and accents, as a Dutch user types names."""

import pytest

from debiteur_desk.domain.search_text import contains, folded


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("celik", "Çelik Bouw"),
        ("zoe", "Zoë de Vries"),
        ("ZOË", "zoe"),
        ("odegard", "Ødegård"),
        ("lukasiewicz", "Łukasiewicz"),
        ("yildiz", "Yıldız"),
        ("strasse", "Hauptstraße"),
        ("ae", "Æbleskiver"),
        ("2026-0042", "2026-0042"),
    ],
)
def test_typed_text_finds_the_name_as_it_is_spelled(typed, kept):
    assert contains(folded(typed), kept)


def test_an_empty_search_finds_everything_and_a_wrong_one_nothing():
    assert contains("", "Anything")
    assert not contains(folded("celiq"), "Çelik", "Utrecht")
