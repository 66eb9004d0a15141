"""``debiteur-desk claim --client ID | --invoice N [--invoice N…] [--as-of DATE] [--json]``:
the claim as a court computes it (art. 6:43-6:44 BW), per invoice and per period.

The text is Dutch unless ``--lang en``; ``--json`` gives amounts as strings ("123.45").
Warnings about the interest rates go to stderr (as ``calc interest``) and into the JSON.
An unknown client or invoice exits 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from functools import partial
from typing import Any

from debiteur_desk.cli.text_table import render_table
from debiteur_desk.domain import clock
from debiteur_desk.domain.claim import InvoiceClaim
from debiteur_desk.domain.interest import InterestKind
from debiteur_desk.domain.letter_rules import ClaimWarning
from debiteur_desk.domain.money import decimal_string
from debiteur_desk.services.book import open_book
from debiteur_desk.services.claim import ClaimedInvoice, ClaimReport, client_claim, invoices_claim
from debiteur_desk.text.formatting import format_date, format_money, format_percent
from debiteur_desk.text.messages import describe_code
from debiteur_desk.text.messages_rates import describe_rate_warning

_WARNING_CODES = {
    ClaimWarning.BTW_DEDUCTIBLE: "costs_btw_deductible",
    ClaimWarning.COSTS_IN_PLAN: "costs_already_in_plan",
}

# Words of the text output: key: (Dutch, English)
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Vordering op {name} (klant {id}, {kind}) per {day}",
              "Claim against {name} (client {id}, {kind}) as of {day}"),
    "consumer": ("particulier", "consumer"),
    "business": ("zakelijk", "business"),
    "interest_consumer": ("Wettelijke rente (art. 6:119 BW)", "Statutory interest (art. 6:119 BW)"),
    "interest_commercial": ("Handelsrente (art. 6:119a BW)",
                            "Commercial interest (art. 6:119a BW)"),
    "order": ("betalingen gaan eerst naar de kosten, dan naar de rente, dan naar de hoofdsom "
              "(art. 6:44 BW).",
              "payments go to the costs first, then to the interest, then to the principal "
              "(art. 6:44 BW)."),
    "invoice": ("Factuur {number}: vervaldatum {due}, hoofdsom {principal}",
                "Invoice {number}: due {due}, principal {principal}"),
    "interest_from": ("rente vanaf {day}", "interest from {day}"),
    "no_interest": ("(nog) geen rente", "no interest (yet)"),
    "costs": ("incassokosten {amount} vanaf {day}", "collection costs {amount} from {day}"),
    "costs_btw": ("waarvan btw {amount}", "of which VAT {amount}"),
    "disputed": ("betwist", "disputed"),
    "waived": ("afgeschreven op {day}: {amount}", "written off on {day}: {amount}"),
    "capitalised": ("rente bijgeteld op {day}: {amount}, grondslag nu {base}",
                    "interest added on {day}: {amount}, base now {base}"),
    "open": ("Nog open: hoofdsom {principal}, rente {interest}, kosten {costs}; totaal {total}",
             "Still open: principal {principal}, interest {interest}, costs {costs}; "
             "total {total}"),
    "totals": ("Totaal", "Total"),
    "unapplied": ("Niet toegerekend (meer betaald dan verschuldigd): {amount} van {day}",
                  "Not applied (paid more than owed): {amount} of {day}"),
    "credit": ("Tegoed van de klant, niet toegerekend aan deze facturen: {amount}",
               "The client's credit, not applied to these invoices: {amount}"),
    "book": ("Volgens de administratie (elke betaling op de hoofdsom) staat open: {amount}. "
             "De vordering hierboven is de juridische berekening.",
             "The books (every payment on the principal) show open: {amount}. "
             "The claim above is the legal computation."),
    "unverified": ("* niet-geverifieerd percentage", "* unverified rate"),
    "nothing": ("Geen openstaande facturen op deze dag.", "No open invoices on that day."),
}  # fmt: skip

_PERIOD_HEAD = (
    ("Van", "T/m", "Dagen", "Rente", "Grondslag", "Bedrag"),
    ("From", "Through", "Days", "Rate", "Base", "Amount"),
)
_PAYMENT_HEAD = (
    ("Betaling", "Datum", "Bedrag", "Kosten", "Rente", "Hoofdsom", "Aangewezen"),
    ("Payment", "Date", "Amount", "Costs", "Interest", "Principal", "Designated"),
)
_SUMMARY_HEAD = (
    ("Factuur", "Hoofdsom", "Rente", "Kosten", "Totaal", "Administratie"),
    ("Invoice", "Principal", "Interest", "Costs", "Total", "Books"),
)


def _word(lang: str, key: str, **values: object) -> str:
    dutch, english = _WORDS[key]
    return (english if lang == "en" else dutch).format(**values)


def _head(heads: tuple[tuple[str, ...], tuple[str, ...]], lang: str) -> list[str]:
    return list(heads[1] if lang == "en" else heads[0])


def _warnings(report: ClaimReport, lang: str) -> list[dict[str, str]]:
    found = [
        {"code": _WARNING_CODES[w], "message": describe_code(_WARNING_CODES[w], {}, lang)}
        for w in report.warnings
    ]
    found += [
        {
            "code": f"rate_warning_{w.kind.value}",
            "message": describe_rate_warning(w, lang),
            "from": w.from_date.isoformat(),
        }
        for w in report.rate_warnings
    ]
    return found


def _money(value: Decimal) -> str:
    return decimal_string(value)


def _invoice_json(line: InvoiceClaim, book: ClaimedInvoice) -> dict[str, Any]:
    return {
        "number": line.number,
        "invoice_date": book.invoice_date.isoformat(),
        "due_date": line.due_date.isoformat(),
        "principal": _money(line.principal),
        "interest_from": line.interest_start.isoformat() if line.interest_start else None,
        "costs": _money(line.costs),
        "costs_btw": _money(line.costs_btw),
        "costs_from": line.costs_from.isoformat() if line.costs_from else None,
        "disputed": book.disputed,
        "book_open": _money(book.book_open),
        "periods": [
            {
                "from": p.start.isoformat(),
                "to": p.end.isoformat(),
                "days": p.days,
                "rate": f"{p.rate:.2f}",
                "base": _money(p.base),
                "interest": _money(p.amount),
                "rate_verified": p.rate_verified,
            }
            for p in line.periods
        ],
        "capitalisations": [
            {"on": c.on.isoformat(), "amount": _money(c.amount), "new_base": _money(c.new_base)}
            for c in line.capitalisations
        ],
        "payments": [
            {
                "date": a.received_on.isoformat(),
                "reference": a.reference,
                "amount": _money(a.amount),
                "to_costs": _money(a.to_costs),
                "to_interest": _money(a.to_interest),
                "to_principal": _money(a.to_principal),
                "designated": a.designated,
            }
            for a in line.applications
        ],
        "waived_on": line.waived_on.isoformat() if line.waived_on else None,
        "waived": _money(line.waived),
        "interest": _money(line.interest),
        "open": {
            "principal": _money(line.principal_open),
            "interest": _money(line.interest_open),
            "costs": _money(line.costs_open),
            "total": _money(line.total),
        },
    }


def claim_json(report: ClaimReport, lang: str = "nl") -> dict[str, Any]:
    """The public ``claim --json`` shape: keep it stable."""
    claim = report.claim
    return {
        "as_of": report.as_of.isoformat(),
        "client": {
            "id": report.client_id,
            "name": report.client_name,
            "kind": report.client_kind.value,
        },
        "interest_kind": claim.kind.value,
        "term_is_fatal": report.term_is_fatal,
        "invoices": [
            _invoice_json(line, book)
            for line, book in zip(claim.invoices, report.invoices, strict=True)
        ],
        "unapplied": [
            {
                "date": p.received_on.isoformat(),
                "amount": _money(p.amount),
                "reference": p.reference,
            }
            for p in claim.unapplied
        ],
        "credit_not_applied": _money(report.credit_not_applied),
        "totals": {
            "principal": _money(claim.principal_open),
            "interest": _money(claim.interest_open),
            "costs": _money(claim.costs_open),
            "total": _money(claim.total),
            "paid": _money(claim.paid),
            "book_open": _money(report.book_open),
        },
        "warnings": _warnings(report, lang),
    }


def _invoice_text(line: InvoiceClaim, book: ClaimedInvoice, lang: str) -> list[str]:
    m = partial(format_money, language=lang)
    d = partial(format_date, language=lang)
    facts = [
        _word(
            lang, "invoice", number=line.number, due=d(line.due_date), principal=m(line.principal)
        )
    ]
    if line.interest_start is not None:
        facts.append(_word(lang, "interest_from", day=d(line.interest_start)))
    else:
        facts.append(_word(lang, "no_interest"))
    if line.costs_from is not None:
        facts.append(_word(lang, "costs", amount=m(line.costs), day=d(line.costs_from)))
        if line.costs_btw:
            facts.append(_word(lang, "costs_btw", amount=m(line.costs_btw)))
    if book.disputed:
        facts.append(_word(lang, "disputed"))
    out = [", ".join(facts)]
    if line.periods:
        rows = [
            [
                d(p.start),
                d(p.end),
                str(p.days),
                format_percent(p.rate, lang) + ("" if p.rate_verified else " *"),
                m(p.base),
                m(p.amount),
            ]
            for p in line.periods
        ]
        foot = [_word(lang, "totals"), "", "", "", "", m(line.interest)]
        out += ["", render_table(_head(_PERIOD_HEAD, lang), rows, foot, numeric_from=2)]
    for c in line.capitalisations:
        out.append(_word(lang, "capitalised", day=d(c.on), amount=m(c.amount), base=m(c.new_base)))
    if line.applications:
        yes, no = ("ja", "nee") if lang == "nl" else ("yes", "no")
        rows = [
            [
                a.reference,
                d(a.received_on),
                m(a.amount),
                m(a.to_costs),
                m(a.to_interest),
                m(a.to_principal),
                yes if a.designated else no,
            ]
            for a in line.applications
        ]
        out += ["", render_table(_head(_PAYMENT_HEAD, lang), rows, numeric_from=2)]
    if line.waived_on is not None:
        out.append(_word(lang, "waived", day=d(line.waived_on), amount=m(line.waived)))
    out += [
        "",
        _word(
            lang,
            "open",
            principal=m(line.principal_open),
            interest=m(line.interest_open),
            costs=m(line.costs_open),
            total=m(line.total),
        ),
    ]
    return out


def claim_text(report: ClaimReport, lang: str = "nl") -> str:
    claim = report.claim
    m = partial(format_money, language=lang)
    kind = "business" if report.client_kind.value == "business" else "consumer"
    interest = (
        "interest_commercial" if claim.kind is InterestKind.COMMERCIAL else "interest_consumer"
    )
    out = [
        _word(
            lang,
            "title",
            name=report.client_name,
            id=report.client_id,
            kind=_word(lang, kind),
            day=format_date(report.as_of, lang),
        ),
        f"{_word(lang, interest)}; {_word(lang, 'order')}",
    ]
    if not claim.invoices:
        return "\n".join([*out, "", _word(lang, "nothing")])
    for line, book in zip(claim.invoices, report.invoices, strict=True):
        out += ["", *_invoice_text(line, book, lang)]
    rows = [
        [
            line.number,
            m(line.principal_open),
            m(line.interest_open),
            m(line.costs_open),
            m(line.total),
            m(book.book_open),
        ]
        for line, book in zip(claim.invoices, report.invoices, strict=True)
    ]
    foot = [
        _word(lang, "totals"),
        m(claim.principal_open),
        m(claim.interest_open),
        m(claim.costs_open),
        m(claim.total),
        m(report.book_open),
    ]
    out += ["", render_table(_head(_SUMMARY_HEAD, lang), rows, foot, numeric_from=1)]
    for p in claim.unapplied:
        out.append(
            _word(lang, "unapplied", amount=m(p.amount), day=format_date(p.received_on, lang))
        )
    if report.credit_not_applied:
        out.append(_word(lang, "credit", amount=m(report.credit_not_applied)))
    out.append(_word(lang, "book", amount=m(report.book_open)))
    if any(not p.rate_verified for line in claim.invoices for p in line.periods):
        out.append(_word(lang, "unverified"))
    return "\n".join(out)


def cmd_claim(args: argparse.Namespace) -> None:
    db = open_book(args.db, create=False).database
    as_of = args.as_of or clock.today()
    if args.client is not None:
        report = client_claim(db, args.client, as_of)
    else:
        report = invoices_claim(db, args.invoice, as_of)
    for warning in report.rate_warnings:
        print(describe_rate_warning(warning, args.lang), file=sys.stderr)
    if args.json:
        json.dump(claim_json(report, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for claim_warning in report.warnings:
        print(describe_code(_WARNING_CODES[claim_warning], {}, args.lang), file=sys.stderr)
    print(claim_text(report, args.lang))
