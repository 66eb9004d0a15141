"""Dutch is the default language: every string the window shows has its Dutch text, and
each count reads right in both languages ("1 factuur", "2 facturen"; "1 invoice").

Run ``python resources/i18n/update_translations.py`` after changing UI text; it collects
the strings (pyside6-lupdate) and compiles what ships (pyside6-lrelease).
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "i18n"
SHIPPED = ROOT / "src" / "debiteur_desk" / "resources" / "i18n"
UI = ROOT / "src" / "debiteur_desk" / "ui"


def messages(language):
    return list(ET.parse(SOURCES / f"debiteur_desk_{language}.ts").getroot().iter("message"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_collected_string_has_its_translation(language):
    unfinished = [
        message.findtext("source")
        for message in messages(language)
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_english_has_the_plural_forms_of_every_count():
    plural = [m for m in messages("en") if m.get("numerus") == "yes"]
    assert plural and len(plural) == len(messages("en"))
    for message in plural:
        source = message.findtext("source")
        forms = [form.text for form in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), source
        assert all("%n" in form for form in forms) or "%n" not in source, source


def test_no_count_is_followed_by_a_fixed_plural_in_the_ui():
    """A number put in with {count} before a noun reads "1 facturen": use %n."""
    counted = re.compile(r"\{(count|n|shown|total)\} (invoices|events|clients|instalments)")
    offenders = [
        path.name for path in UI.rglob("*.py") if counted.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_compiled_translation_ships_with_the_package(language):
    qm = SHIPPED / f"debiteur_desk_{language}.qm"
    assert qm.exists() and qm.stat().st_size > (10_000 if language == "nl" else 100)
