"""The ``debiteur-desk`` command: the GUI with no sub-command, headless sub-commands otherwise.

This module only parses and dispatches, and stays light to import: the window path
loads Qt, the sub-commands load the database layer (``cli/commands.py``).
Bad input prints one clear line on stderr and exits 1; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from debiteur_desk import __version__
from debiteur_desk.domain import clock
from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import DebiteurError, file_problem
from debiteur_desk.domain.invoice_status import InvoiceFilter
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.text.messages import describe

EXIT_USER_ERROR = 1


def _options(*, top: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before and after the sub-command.

    The sub-commands' copies default to SUPPRESS, so a value given before the
    sub-command is not overwritten by a sub-parser's default.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=None if top else argparse.SUPPRESS,
        help="database file or URL (default: the app's own file)",
    )
    common.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=None if top else argparse.SUPPRESS,
        help="language of the text (default: nl; the window uses the one chosen in Settings)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _options(top=False)
    parser = argparse.ArgumentParser(
        prog="debiteur-desk",
        parents=[_options(top=True)],
        description="Debiteur Desk: who owes you what, and the Dutch collection path.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")

    def add(name: str, **kw: Any):  # noqa: ANN202
        p = sub.add_parser(name, parents=[common], **kw)
        p.set_defaults(handler=f"cmd_{name.replace('-', '_')}")  # a function in cli/commands.py
        return p

    p = add("demo", help="fill an empty database with a demo book")
    p.add_argument("--clients", type=int, default=60)
    p.add_argument("--invoices", type=int, default=400)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--as-of", type=str, default=None, help="the demo's 'today'")
    p = add("aging", help="open amounts per aging bucket")
    p.add_argument("--as-of", type=str, default=None)
    p.add_argument("--json", action="store_true")
    p = add("clients", help="list clients")
    p.add_argument("--json", action="store_true")
    p = add("invoices", help="list invoices")
    p.add_argument("--client", type=int)
    p.add_argument("--status", choices=[f.value for f in InvoiceFilter])
    p.add_argument("--as-of", type=str, default=None)
    p.add_argument("--json", action="store_true")
    p = add("check", help="check the book: the database file, open amounts, letter files")
    p.add_argument("--json", action="store_true")
    p = add("letter", help="make, file and record a letter")
    p.add_argument("kind", choices=[k.value for k in LetterKind])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--invoice", help="that invoice alone (its number)")
    target.add_argument("--client", type=int, help="all of the client's open overdue invoices")
    p.add_argument("--out", help="save the PDF here instead of the letters folder")
    p.add_argument("--as-of", type=str, default=None, help="the letter's date (default today)")
    p.add_argument(
        "--deadline",
        help="pay (or for a payment plan: sign and return) by this date instead of the usual term",
    )
    p.add_argument("--json", action="store_true")
    p = add("mark-sent", help="record that a letter went out: when and how")
    p.add_argument("letter_id", type=int)
    p.add_argument("--on", required=True, help="the day it was sent")
    p.add_argument("--via", required=True, choices=("post", "registered", "email", "hand"))
    p.add_argument("--tracking", default="", help="the registered-mail number")
    p = add("claim", help="the claim as a court computes it: payments to costs, interest first")
    p.set_defaults(handler="cmd_claim", handler_module="claim_command")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--client", type=int, help="the client's invoices open on that day")
    target.add_argument("--invoice", action="append", help="an invoice (number); repeatable")
    p.add_argument("--as-of", type=str, default=None, help="the day (default today)")
    p.add_argument("--json", action="store_true")
    p = add("dossier", help="the hand-over dossier: summary PDF, letters and CSV in one ZIP")
    p.set_defaults(handler="cmd_dossier", handler_module="dossier_command")
    p.add_argument("--client", type=int, required=True)
    p.add_argument("--out", help="save the ZIP here instead of the client's letter folder")
    p.add_argument("--as-of", type=str, default=None, help="the claim's day (default today)")
    p.add_argument("--json", action="store_true")

    p = add("backup", help="one ZIP with the book and its letters (default: backups/ beside it)")
    p.set_defaults(handler="cmd_backup", handler_module="backup_commands")
    p.add_argument("--to", help="a .zip file or a folder (a USB stick) to write it to")
    p = add("restore", help="put a backup in place of the book, after checking it")
    p.set_defaults(handler="cmd_restore", handler_module="backup_commands")
    p.add_argument("path", help="the backup (.zip)")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing the book")
    p = add("migrate-to", help="copy the book to another database (PostgreSQL, or back)")
    p.set_defaults(handler="cmd_migrate_to", handler_module="migrate_command")
    p.add_argument("url", help="postgresql+psycopg://user@host/dbname, or sqlite:///path")
    p.add_argument("--json", action="store_true")
    privacy = sub.add_parser("privacy", help="a client's personal data (AVG/GDPR)")
    privacy_sub = privacy.add_subparsers(dest="privacy")
    privacy_sub.required = True
    for name, text in (
        ("export", "everything held on a client as one ZIP (art. 15 and 20 AVG)"),
        ("erase", "erase a closed client's personal data, keep the amounts (art. 17 AVG)"),
        ("due", "closed clients whose last invoice is older than the retention period"),
    ):
        p = privacy_sub.add_parser(name, parents=[common], help=text)
        p.set_defaults(handler=f"cmd_privacy_{name}", handler_module="privacy_commands")
        if name != "due":
            p.add_argument("--client", type=int, required=True)
        if name == "export":
            p.add_argument("--out", help="the ZIP file or a folder (default: this folder)")
        elif name == "erase":
            p.add_argument("--yes", action="store_true", help="do not ask before erasing")
        else:
            p.add_argument("--years", type=int, help="instead of the setting (7 to 30)")
            p.add_argument("--json", action="store_true")

    calc = sub.add_parser("calc", help="legal calculations").add_subparsers(dest="calc")
    calc.required = True
    for name in ("bik", "interest"):
        p = calc.add_parser(name, parents=[common])
        p.set_defaults(handler=f"cmd_calc_{name}")
        p.add_argument("amount")
        kind = p.add_mutually_exclusive_group()
        kind.add_argument("--consumer", action="store_true", help="consumer rules (default)")
        kind.add_argument("--business", action="store_true", help="business rules")
        p.add_argument("--json", action="store_true")
        if name == "bik":
            p.add_argument("--btw", action="store_true", help="add 21%% BTW (see README)")
        else:
            p.add_argument("--from", dest="start", required=True, help="first day of interest")
            p.add_argument("--to", dest="end", required=True, help="last day of interest")
    imports = sub.add_parser("import", help="invoices and bank statements in").add_subparsers(
        dest="what"
    )
    imports.required = True
    p = imports.add_parser(
        "statement",
        parents=[common],
        help="read CAMT.053, MT940 or a bank's CSV; book the sure matches, list the rest",
    )
    p.set_defaults(handler="cmd_import_statement", handler_module="import_commands")
    p.add_argument("files", nargs="+", help="one or more statement files")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, book nothing")
    p.add_argument("--json", action="store_true")
    p = imports.add_parser(
        "invoices",
        parents=[common],
        help="read a CSV/Excel export or UBL files (a folder of them too); all or nothing",
    )
    p.set_defaults(handler="cmd_import_invoices", handler_module="import_commands")
    p.add_argument("files", nargs="+", help="CSV, .xlsx or UBL .xml files, or folders of UBL")
    p.add_argument(
        "--mapping",
        metavar="NAME",
        help="the column mapping saved under NAME (default: the one used last time for this "
        "export, else guessed from the headers)",
    )
    p.add_argument("--save-mapping", metavar="NAME", help="save the mapping used under NAME")
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="which column holds a field, where the guess from the header is wrong",
    )
    p.add_argument(
        "--business",
        action="store_true",
        help="new clients the file does not describe are businesses (default: "
        "consumers, whom the law protects more)",
    )
    p.add_argument(
        "--apply-changes",
        action="store_true",
        help="take over changed amounts and dates of invoices already in the book",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would happen, book nothing")
    p.add_argument("--json", action="store_true")  # fmt: skip
    p = imports.add_parser("undo", parents=[common], help="take a whole import back")
    p.set_defaults(handler="cmd_import_undo", handler_module="import_commands")
    p.add_argument("batch_id", type=int)
    p = calc.add_parser(
        "fourteen-day",
        parents=[common],
        help="the term of a 14-dagenbrief: delivery, last day, first day costs are owed",
    )
    p.set_defaults(handler="cmd_calc_fourteen_day")
    p.add_argument("--posted", required=True, help="the day the letter was posted")
    p.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if hasattr(args, "as_of"):
            args.as_of = parse_date(args.as_of) if args.as_of else None
        if handler is None:
            # The book's first overview is read while Qt loads (services/quick_open.py).
            from debiteur_desk.services.quick_open import QuickOpen

            quick = QuickOpen(args.db, clock.today())
            from debiteur_desk.app import run_gui

            return run_gui(args.db, language=args.lang, quick=quick)
        args.lang = args.lang or "nl"
        from importlib import import_module

        module = import_module(f"debiteur_desk.cli.{getattr(args, 'handler_module', 'commands')}")
        from debiteur_desk.services.book import books_opened, close_books

        opened_before = books_opened()
        try:
            code = getattr(module, handler)(args)
        finally:
            close_books(opened_before)
    except DebiteurError as error:
        print(describe(error, args.lang or "nl"), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # e.g. `debiteur-desk aging | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # a full disk, a read-only folder: said in words, no traceback
        print(describe(file_problem(error), args.lang or "nl"), file=sys.stderr)
        return EXIT_USER_ERROR
    return code or 0
