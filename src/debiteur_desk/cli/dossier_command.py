"""``debiteur-desk dossier --client ID [--out FILE] [--as-of DATE] [--json]``: the hand-over
dossier (``services/dossier.py``) as one ZIP, in the client's letter folder unless
``--out`` names the file. Prints where it is (``--json``: its path, hash, the letters in
it, those not found and the claim total). An unknown client exits 1 with one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from debiteur_desk.domain import clock
from debiteur_desk.domain.money import decimal_string
from debiteur_desk.services.book import open_book
from debiteur_desk.services.dossier import DossierResult, make_dossier


def dossier_json(result: DossierResult) -> dict[str, object]:
    return {
        "client_id": result.client_id,
        "path": str(result.path),
        "sha256": result.sha256,
        "letters": list(result.letters),
        "missing_letters": list(result.missing_letters),
        "claim_total": decimal_string(result.claim_total),
    }


def cmd_dossier(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    result = make_dossier(
        db, args.client, as_of=args.as_of or clock.today(), out=out, language=args.lang
    )
    if args.json:
        json.dump(dossier_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for name in result.missing_letters:
        print(
            f"{'Brief niet gevonden' if args.lang == 'nl' else 'Letter not found'}: {name}",
            file=sys.stderr,
        )
    print(f"{'Dossier opgeslagen' if args.lang == 'nl' else 'File saved'}: {result.path}")
