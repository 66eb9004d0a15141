"""Dutch is the default language: every string the window shows has its Dutch text.

Run ``python resources/i18n/update_translations.py`` after changing UI text; it collects
the strings (pyside6-lupdate) and compiles what ships (pyside6-lrelease).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "debiteur_desk_nl.ts"
QM = ROOT / "src" / "debiteur_desk" / "resources" / "i18n" / "debiteur_desk_nl.qm"


def test_every_collected_string_has_a_dutch_translation():
    unfinished = [
        message.findtext("source")
        for message in ET.parse(TS).getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_the_compiled_translation_ships_with_the_package():
    assert QM.exists() and QM.stat().st_size > 10_000
