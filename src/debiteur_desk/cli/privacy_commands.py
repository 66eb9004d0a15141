"""``debiteur-desk privacy export|erase|due``: a client's personal data (AVG/GDPR).

* ``export --client ID [--out FILE]``: everything held on the client as one ZIP (art. 15
  and 20 AVG), in the current folder unless ``--out`` names the file or folder;
* ``erase --client ID [--yes]``: says what is erased and what is kept, asks (``--yes``
  does not), makes a backup and erases (art. 17 AVG); refused with the reason while a
  claim is open;
* ``due [--years N] [--json]``: closed clients whose last invoice is older than the
  retention period (the setting ``privacy.retention_years``, 7).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from debiteur_desk.domain.money import from_cents
from debiteur_desk.services import privacy
from debiteur_desk.services.book import open_book
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages import describe_code

ERASED = (
    "Gewist: naam (wordt '{name}'), adres, postcode, plaats, e-mail, telefoon, contactpersoon, "
    "KvK-nummer, btw-id, IBAN's, notities van gesprekken, beloften, regelingen en geschillen, "
    "naam, IBAN en omschrijving bij betalingen en bankregels, wat bij de brieven is bewaard, "
    "en de persoonsgegevens in het logboek. De pdf's van {letters} brief/brieven en de "
    "overdrachtsdossiers worden verwijderd.",
    "Erased: name (becomes '{name}'), address, postcode, city, e-mail, phone, contact, KvK "
    "number, VAT id, IBANs, the notes of calls, promises, plans and disputes, payer name, "
    "IBAN and text of payments and bank lines, what the letters' records kept, and the "
    "personal data in the audit log. The PDFs of {letters} letter(s) and the hand-over "
    "dossiers are deleted.",
)
KEPT = (
    "Bewaard (7 jaar, art. 52 AWR): {invoices} facturen en {payments} betalingen met hun "
    "bedragen, datums en nummers, creditnota's, afboekingen, regelingen en termijnen, en van "
    "elke brief de soort, datum, verzending en SHA-256. Eerst wordt een back-up gemaakt; "
    "daarin staan de gegevens nog.",
    "Kept (7 years, art. 52 AWR): {invoices} invoices and {payments} payments with their "
    "amounts, dates and numbers, credit notes, write-offs, plans and instalments, and of each "
    "letter its kind, date, dispatch and SHA-256. A backup is made first; it still holds "
    "the data.",
)


def _say(args: argparse.Namespace, texts: tuple[str, str], **values: object) -> str:
    return texts[1 if args.lang == "en" else 0].format(**values)


def cmd_privacy_export(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    path = privacy.export_client(db, args.client, Path(args.out or "."), language=args.lang)
    print(str(path))


def cmd_privacy_erase(args: argparse.Namespace) -> int:
    db = open_book(args.db, create=False).database
    preview = privacy.erase_preview(db, args.client)
    privacy.refuse(preview)  # already erased, or a claim still open: one line, exit 1
    new_name = describe_code("privacy_erased_name", {"id": args.client}, args.lang)
    print(_say(args, ERASED, name=new_name, letters=preview.letters))
    print(_say(args, KEPT, invoices=preview.invoices, payments=preview.payments))
    if preview.credit_cents:
        amount = format_money(from_cents(preview.credit_cents), args.lang)
        print(describe_code("privacy_credit_held", {"amount": amount}, args.lang), file=sys.stderr)
    if not args.yes:
        question = _say(
            args,
            ("De gegevens van {name} wissen? Dit kan niet ongedaan worden. [j/N] ",
             "Erase the data of {name}? This cannot be undone. [y/N] "),
            name=preview.name,
        )  # fmt: skip
        if input(question).strip().lower() not in ("j", "ja", "y", "yes"):
            print(_say(args, ("Er is niets veranderd.", "Nothing changed.")))
            return 1
    erased = privacy.erase_client(db, args.client, language=args.lang)
    print(_say(args, ("Gewist; de klant heet nu '{name}'.", "Erased; the client is now '{name}'."),
               name=erased.name))  # fmt: skip
    if erased.backup is not None:
        print(_say(args, ("Back-up van daarvoor: {path}", "Backup from before: {path}"),
                   path=erased.backup))  # fmt: skip
    for path in erased.files_left:
        print(_say(args, ("Kon niet worden verwijderd: {path}", "Could not be deleted: {path}"),
                   path=path), file=sys.stderr)  # fmt: skip
    return 0


def due_json(rows: list[privacy.DueClient]) -> list[dict[str, object]]:
    return [
        {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "last_invoice": r.last_invoice.isoformat() if r.last_invoice else None,
            "invoices": r.invoices,
        }
        for r in rows
    ]


def cmd_privacy_due(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    rows = privacy.clients_due(db, years=args.years)
    if args.json:
        json.dump(due_json(rows), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if not rows:
        print(_say(args, ("Geen klanten om te anonimiseren.", "No clients to anonymise.")))
        return
    none = _say(args, ("geen facturen", "no invoices"))
    for r in rows:
        last = format_date(r.last_invoice, args.lang) if r.last_invoice else none
        print(f"{r.id:>6}  {r.name}  ({last})")
