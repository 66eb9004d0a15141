"""The headless sub-commands of ``debiteur-desk`` (``cli/__init__.py`` parses and dispatches).

Bad input prints one clear line on stderr and exits 1; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

from debiteur_desk.cli.serialise import (
    aging_json,
    bik_json,
    clients_json,
    fourteen_day_json,
    interest_json,
    invoices_json,
    made_letter_json,
)
from debiteur_desk.cli.text_table import render_table
from debiteur_desk.domain import clock
from debiteur_desk.domain.bik import calculate_bik
from debiteur_desk.domain.dates import parse_date
from debiteur_desk.domain.errors import DebiteurError
from debiteur_desk.domain.fourteen_day import fourteen_day_term
from debiteur_desk.domain.interest import InterestKind, calculate_interest, shipped_rates
from debiteur_desk.domain.letter_kinds import LetterKind
from debiteur_desk.domain.money import parse_amount
from debiteur_desk.domain.parties import ClientKind
from debiteur_desk.domain.rate_warnings import rate_warnings
from debiteur_desk.domain.termijnen import holiday_on
from debiteur_desk.services import demo, reports
from debiteur_desk.services.book import Database, open_book
from debiteur_desk.services.rates import interest_rates
from debiteur_desk.text.formatting import (
    format_date,
    format_day,
    format_money,
    format_percent,
    holiday_name,
    weekday_name,
)
from debiteur_desk.text.messages import describe, describe_code
from debiteur_desk.text.messages_rates import describe_rate_warning

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
    as_of = args.as_of or clock.today()
    report = reports.aging_report(_open(args), as_of, collectability=args.json)
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
    rates = interest_rates(_open(args)) if args.db else list(shipped_rates())
    result = calculate_interest(
        parse_amount(args.amount), parse_date(args.start), parse_date(args.end), kind, rates
    )
    warnings = rate_warnings([result], rates)
    for warning in warnings:
        print(describe_rate_warning(warning, args.lang), file=sys.stderr)
    if args.json:
        _print_json(interest_json(result, warnings))
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


def cmd_calc_fourteen_day(args: argparse.Namespace) -> None:
    term = fourteen_day_term(parse_date(args.posted))
    if args.json:
        _print_json(fourteen_day_json(term))
        return
    lang = args.lang
    day = partial(format_day, language=lang)
    rows = [
        (_say(args, "Verstuurd", "Posted"), day(term.posted)),
        (_say(args, "Vermoedelijk bezorgd", "Presumed delivered"), day(term.delivered)),
        (
            _say(args, "Termijn", "Term"),
            f"{day(term.first_day)} {_say(args, 't/m', 'to')} {day(term.last_day)}",
        ),
        (_say(args, "Kosten verschuldigd vanaf", "Costs owed from"), day(term.bik_owed_from)),
    ]
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label + ':':<{width}} {value}")
    if term.extended:
        fourteenth = term.fourteenth_day
        holiday = holiday_on(fourteenth)
        why = holiday_name(holiday.kind, lang) if holiday else weekday_name(fourteenth, lang)
        print(
            _say(
                args,
                f"De 14e dag ({format_date(fourteenth, lang)}, {why}) telt niet als laatste dag: "
                "de termijn loopt door (art. 1 Algemene termijnenwet).",
                f"The 14th day ({format_date(fourteenth, lang)}, {why}) cannot be the last day: "
                "the term runs on (art. 1 Algemene termijnenwet).",
            )
        )


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
        deadline=parse_date(args.deadline) if args.deadline else None,
    )
    made = letters.make_letter(
        _open(args), request, out=Path(args.out) if args.out else None, today=args.as_of
    )
    for notice in made.notices:
        print(describe(notice, args.lang), file=sys.stderr)
    if args.json:
        _print_json(made_letter_json(made, args.lang))
        return
    print(made.path)


def cmd_mark_sent(args: argparse.Namespace) -> None:
    from debiteur_desk.services import letters

    on = parse_date(args.on)
    letters.mark_letter_sent(_open(args), args.letter_id, on, args.via, args.tracking)
    print(
        _say(
            args,
            f"Brief {args.letter_id} verstuurd op {format_date(on, args.lang)}.",
            f"Letter {args.letter_id} sent on {format_date(on, args.lang)}.",
        )
    )


def cmd_check(args: argparse.Namespace) -> int:
    from debiteur_desk.services.integrity import check_book
    from debiteur_desk.text.messages_integrity import describe_problem

    problems = check_book(_open(args))
    if args.json:
        _print_json({"ok": not problems, "problems": [p.as_json() for p in problems]})
    else:
        for problem in problems:
            print(describe_problem(problem.notice, args.lang))
        if not problems:
            print(describe_code("integrity_ok", {}, args.lang))
    return EXIT_USER_ERROR if problems else 0
