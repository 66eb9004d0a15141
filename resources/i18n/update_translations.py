"""Refresh the Dutch translation source from the code, then compile what ships.

    python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QT_TRANSLATE_NOOP`` string of
   ``src/debiteur_desk/ui`` into ``debiteur_desk_nl.ts`` (existing translations kept);
2. translate the new entries (Qt Linguist, or by hand in the XML);
3. ``pyside6-lrelease`` compiles it to ``src/debiteur_desk/resources/i18n/*.qm``.

English is the source language, so there is no English file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "debiteur_desk_nl.ts"
QM = ROOT / "src" / "debiteur_desk" / "resources" / "i18n" / "debiteur_desk_nl.qm"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "src" / "debiteur_desk" / "ui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *sources, "-ts", str(TS), "-source-language", "en",
         "-target-language", "nl", "-no-obsolete"],
        check=True,
    )  # fmt: skip
    if "--no-release" not in sys.argv:
        subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
