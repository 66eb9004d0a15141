"""The ``debiteur-desk`` command: the GUI with no sub-command, headless sub-commands otherwise.

Bad input prints one clear line on stderr and exits 1; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from debiteur_desk import __version__
from debiteur_desk.domain.bik import calculate_bik
from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.interest import InterestKind, calculate_interest
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.money import from_cents, parse_amount
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.formatting import format_date, format_money, format_percent
from debiteur_desk.messages import describe
from debiteur_desk.serialise import aging_json, bik_json, clients_json, interest_json, invoices_json
from debiteur_desk.services import demo, ledger, reports
from debiteur_desk.services.book import Database, open_book
from debiteur_desk.services.rates import interest_rates
from debiteur_desk.text_table import render_table

EXIT_USER_ERROR = 1


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    return open_book(args.db, create=create).database


def _say(args: argparse.Namespace, dutch: str, english: str) -> str:
    """The text in the language asked for (the window uses Qt's translations instead)."""
    return english if args.lang == "en" else dutch


def _kind(args: argparse.Namespace, kind: str) -> str:
    if kind == "business":
        return _say(args, "zakelijk", "business")
    return _say(args, "particulier", "consumer")


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_demo(args: argparse.Namespace) -> None:
    db = _open(args, create=True)
    summary = demo.fill_demo(
        db, clients=args.clients, invoices=args.invoices, seed=args.seed, today=args.as_of
    )
    print(
        _say(
            args,
            f"Demo: {summary.clients} klanten, {summary.invoices} facturen, "
            f"{summary.payments} betalingen in {db.display_name}",
            f"Demo: {summary.clients} clients, {summary.invoices} invoices, "
            f"{summary.payments} payments in {db.display_name}",
        )
    )


def cmd_aging(args: argparse.Namespace) -> None:
    report = reports.aging_report(_open(args), args.as_of or date.today())
    if args.json:
        _print_json(aging_json(report))
        return
    lang = args.lang
    labels = [
        b.bucket.label.replace("not_due", "niet vervallen" if lang == "nl" else "not due")
        for b in report.buckets
    ]
    head = ["Klant" if lang == "nl" else "Client", *labels, "Totaal" if lang == "nl" else "Total"]
    body = [
        [c.name, *(format_money(a, lang) for a in c.amounts), format_money(c.total, lang)]
        for c in report.clients
    ]
    foot = [
        "Totaal" if lang == "nl" else "Total",
        *(format_money(b.amount, lang) for b in report.buckets),
        format_money(report.total, lang),
    ]
    print(f"{'Ouderdom per' if lang == 'nl' else 'Aging as of'} {format_date(report.as_of, lang)}")
    print(render_table(head, body, foot, numeric_from=1))


def cmd_calc_bik(args: argparse.Namespace) -> None:
    kind = ClientKind.BUSINESS if args.business else ClientKind.CONSUMER
    result = calculate_bik(parse_amount(args.amount), kind, with_btw=args.btw)
    if args.json:
        _print_json(bik_json(result))
        return
    lang = args.lang
    print(
        f"{'Incassokosten (BIK)' if lang == 'nl' else 'Collection costs (BIK)'}: "
        f"{format_money(result.amount, lang)}"
    )
    if result.btw:
        print(f"{'BTW' if lang == 'nl' else 'VAT'}: {format_money(result.btw, lang)}")
        print(f"{'Totaal' if lang == 'nl' else 'Total'}: {format_money(result.total, lang)}")


def cmd_calc_interest(args: argparse.Namespace) -> None:
    kind = InterestKind.COMMERCIAL if args.business else InterestKind.CONSUMER
    rates = interest_rates(_open(args)) if args.db else None
    result = calculate_interest(
        parse_amount(args.amount), parse_date(args.start), parse_date(args.end), kind, rates
    )
    if args.json:
        _print_json(interest_json(result))
        return
    lang = args.lang
    rows = [
        [
            f"{format_date(p.start, lang)} – {format_date(p.end, lang)}",
            str(p.days),
            format_percent(p.rate, lang) + ("" if p.rate_verified else " *"),
            format_money(p.base, lang),
            format_money(p.amount, lang),
        ]
        for p in result.periods
    ]
    head = (
        ["Periode", "Dagen", "Rente", "Grondslag", "Bedrag"]
        if lang == "nl"
        else ["Period", "Days", "Rate", "Base", "Amount"]
    )
    print(
        render_table(
            head,
            rows,
            ["Totaal" if lang == "nl" else "Total", "", "", "", format_money(result.total, lang)],
            numeric_from=1,
        )
    )
    if not result.all_rates_verified:
        print("* niet-geverifieerd percentage" if lang == "nl" else "* unverified rate")


def cmd_clients(args: argparse.Namespace) -> None:
    rows = reports.list_clients(_open(args))
    if args.json:
        _print_json(clients_json(rows))
        return
    head = ["Nr", _say(args, "Naam", "Name"), _say(args, "Soort", "Kind"),
            _say(args, "Plaats", "City"), "Open"]  # fmt: skip
    print(
        render_table(
            head,
            [
                [str(r.id), r.name, _kind(args, r.kind), r.city, format_money(r.open, args.lang)]
                for r in rows
            ],  # fmt: skip
            numeric_from=4,
        )
    )


def cmd_invoices(args: argparse.Namespace) -> None:
    db = _open(args)
    if args.client is not None and not reports.client_exists(db, args.client):
        raise DebiteurError("client_not_found", id=args.client)
    status = reports.InvoiceFilter(args.status) if args.status else None
    rows = reports.list_invoices(db, client_id=args.client, status=status, as_of=args.as_of)
    if args.json:
        _print_json(invoices_json(rows))
        return
    lang = args.lang
    head = [_say(args, "Factuur", "Invoice"), _say(args, "Klant", "Client"),
            _say(args, "Datum", "Date"), _say(args, "Vervalt", "Due"),
            _say(args, "Bedrag", "Amount"), "Open"]  # fmt: skip
    print(
        render_table(
            head,
            [
                [
                    r.number,
                    r.client_name,
                    format_date(r.invoice_date, lang),
                    format_date(r.due_date, lang),
                    format_money(r.amount, lang),
                    format_money(r.open, lang),
                ]
                for r in rows
            ],
            numeric_from=4,
        )
    )


def cmd_letter(args: argparse.Namespace) -> None:
    # Imported here: ReportLab and the letter engine would add half a second to every
    # other command, and to the window's start-up, which also passes through this module.
    from debiteur_desk.services import letters
    from debiteur_desk.services.letter_context import LetterRequest

    request = LetterRequest(
        LetterKind(args.kind),
        invoice_number=args.invoice,
        client_id=args.client,
        letter_date=args.as_of,
    )
    made = letters.make_letter(
        _open(args), request, out=Path(args.out) if args.out else None, today=args.as_of
    )
    if args.json:
        _print_json(
            {
                "letter_id": made.letter_id,
                "kind": made.kind.value,
                "client_id": made.client_id,
                "path": str(made.path),
                "sha256": made.sha256,
            }
        )
        return
    print(made.path)


def cmd_check(args: argparse.Namespace) -> int:
    problems = ledger.check_ledger(_open(args))
    for p in problems:
        kept, computed = (format_money(from_cents(c), args.lang)
                          for c in (p.kept_open_cents, p.computed_open_cents))  # fmt: skip
        print(f"{p.number}: {_say(args, 'bewaard', 'kept')} {kept}, "
              f"{_say(args, 'berekend', 'computed')} {computed}")  # fmt: skip
    if problems:
        return EXIT_USER_ERROR
    print(_say(args, "Alle openstaande bedragen kloppen met de betalingen.",
               "Every open amount agrees with the payments."))  # fmt: skip
    return 0


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

    def add(name: str, handler: Callable[[argparse.Namespace], int | None], **kw: Any):  # noqa: ANN202
        p = sub.add_parser(name, parents=[common], **kw)
        p.set_defaults(handler=handler)
        return p

    p = add("demo", cmd_demo, help="fill an empty database with a demo book")
    p.add_argument("--clients", type=int, default=60)
    p.add_argument("--invoices", type=int, default=400)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--as-of", type=str, default=None, help="the demo's 'today'")
    p = add("aging", cmd_aging, help="open amounts per aging bucket")
    p.add_argument("--as-of", type=str, default=None)
    p.add_argument("--json", action="store_true")
    p = add("clients", cmd_clients, help="list clients")
    p.add_argument("--json", action="store_true")
    p = add("invoices", cmd_invoices, help="list invoices")
    p.add_argument("--client", type=int)
    p.add_argument("--status", choices=[f.value for f in reports.InvoiceFilter])
    p.add_argument("--as-of", type=str, default=None)
    p.add_argument("--json", action="store_true")
    add("check", cmd_check, help="check kept open amounts against the payments")
    p = add("letter", cmd_letter, help="make, file and record a letter")
    p.add_argument("kind", choices=[k.value for k in LetterKind])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--invoice", help="that invoice alone (its number)")
    target.add_argument("--client", type=int, help="all of the client's open overdue invoices")
    p.add_argument("--out", help="save the PDF here instead of the letters folder")
    p.add_argument("--as-of", type=str, default=None, help="the letter's date (default today)")
    p.add_argument("--json", action="store_true")

    calc = sub.add_parser("calc", help="legal calculations").add_subparsers(dest="calc")
    calc.required = True
    for name, handler in (("bik", cmd_calc_bik), ("interest", cmd_calc_interest)):
        p = calc.add_parser(name, parents=[common])
        p.set_defaults(handler=handler)
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if hasattr(args, "as_of"):
            args.as_of = parse_date(args.as_of) if args.as_of else None
        if handler is None:
            from debiteur_desk.app import run_gui  # Qt is loaded only for the window

            return run_gui(args.db, language=args.lang)
        args.lang = args.lang or "nl"
        code = handler(args)
    except DebiteurError as error:
        print(describe(error, args.lang or "nl"), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # e.g. `debiteur-desk aging | head`
        sys.stderr.close()
        return 0
    return code or 0
