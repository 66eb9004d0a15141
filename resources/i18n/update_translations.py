"""Refresh the translation sources from the code, then compile what ships.

    python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QT_TRANSLATE_NOOP`` string of
   ``src/debiteur_desk/ui`` into ``debiteur_desk_nl.ts`` (existing translations kept), and
   the plural ones (``tr("%n invoice(s)", "", n)``) into ``debiteur_desk_en.ts``;
2. translate the new entries (Qt Linguist, or by hand in the XML): everything in Dutch,
   and in English only the two forms of each plural ("%n invoice", "%n invoices");
3. ``pyside6-lrelease`` compiles them to ``src/debiteur_desk/resources/i18n/*.qm``.

English is the source language: its file holds nothing but the plural forms (Qt's way for
the source language, ``lupdate -pluralonly``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "i18n"
SHIPPED = ROOT / "src" / "debiteur_desk" / "resources" / "i18n"
# language: extra lupdate options
LANGUAGES = {"nl": [], "en": ["-pluralonly"]}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "debiteur_desk" / "ui").rglob("*.py"))
    for language, options in LANGUAGES.items():
        ts = SOURCES / f"debiteur_desk_{language}.ts"
        subprocess.run(
            ["pyside6-lupdate", *sources, "-ts", str(ts), "-source-language", "en",
             "-target-language", language, "-no-obsolete", *options],
            check=True,
        )  # fmt: skip
        if "--no-release" not in sys.argv:
            qm = SHIPPED / f"debiteur_desk_{language}.qm"
            subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
