"""The ``--json`` shapes of the headless commands: a public interface, keep it stable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from debiteur_desk.domain.bik import BikResult
from debiteur_desk.domain.collectability import Category, Split
from debiteur_desk.domain.fourteen_day import FourteenDayTerm
from debiteur_desk.domain.interest import InterestBreakdown
from debiteur_desk.domain.money import decimal_string, from_cents
from debiteur_desk.domain.rate_warnings import RateWarning
from debiteur_desk.services.reports import AgingReport, ClientRow, InvoiceRow
from debiteur_desk.text.messages import describe

if TYPE_CHECKING:  # the letter engine loads only for the letter command
    from debiteur_desk.services.letters import MadeLetter


def aging_json(report: AgingReport) -> dict[str, Any]:
    return {
        "as_of": report.as_of.isoformat(),
        "buckets": [
            {
                "label": b.bucket.label,
                "from_days": b.bucket.from_days,
                "to_days": b.bucket.to_days,
                "amount": decimal_string(b.amount),
                "count": b.count,
                **(
                    {"collectability": collectability_json(report.collectability[i])}
                    if report.collectability
                    else {}
                ),
            }
            for i, b in enumerate(report.buckets)
        ],
        "total": decimal_string(report.total),
        "clients": [
            {
                "id": c.id,
                "name": c.name,
                "kind": c.kind,
                "buckets": [decimal_string(a) for a in c.amounts],
                "total": decimal_string(c.total),
            }
            for c in report.clients
        ],
    }


def collectability_json(split: Split) -> dict[str, str]:
    """A bucket's open amount per collection state (they add up to the bucket's amount)."""
    return {kind.value: decimal_string(from_cents(split.cents_of(kind))) for kind in Category}


def bik_json(result: BikResult) -> dict[str, Any]:
    return {
        "principal": decimal_string(result.principal),
        "kind": result.kind.value,
        "amount": decimal_string(result.amount),
        "btw": decimal_string(result.btw),
        "total": decimal_string(result.total),
        "minimum_applied": result.minimum_applied,
        "maximum_applied": result.maximum_applied,
        "tiers": [
            {
                "base": decimal_string(t.base),
                "rate": str(t.rate),
                "amount": decimal_string(t.amount),
            }
            for t in result.tiers
        ],
    }


def interest_json(
    result: InterestBreakdown, warnings: Sequence[RateWarning] = ()
) -> dict[str, Any]:
    return {
        "principal": decimal_string(result.principal),
        "kind": result.kind.value,
        "from": result.start.isoformat(),
        "to": result.end.isoformat(),
        "total": decimal_string(result.total),
        "all_rates_verified": result.all_rates_verified,
        "periods": [
            {
                "from": p.start.isoformat(),
                "to": p.end.isoformat(),
                "days": p.days,
                "rate": f"{p.rate:.2f}",
                "base": decimal_string(p.base),
                "amount": decimal_string(p.amount),
                "rate_verified": p.rate_verified,
            }
            for p in result.periods
        ],
        "capitalisations": [
            {"on": c.on.isoformat(), "new_base": decimal_string(c.new_base)}
            for c in result.capitalisations
        ],
        "warnings": [{"kind": w.kind.value, "from": w.from_date.isoformat()} for w in warnings],
    }


def fourteen_day_json(term: FourteenDayTerm) -> dict[str, Any]:
    return {
        "posted": term.posted.isoformat(),
        "delivered": term.delivered.isoformat(),
        "term_from": term.first_day.isoformat(),
        "term_to": term.last_day.isoformat(),
        "costs_from": term.bik_owed_from.isoformat(),
    }


def clients_json(rows: list[ClientRow]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "city": r.city,
            "email": r.email,
            "phone": r.phone,
            "open": decimal_string(r.open),
        }
        for r in rows
    ]


def invoices_json(rows: list[InvoiceRow]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "number": r.number,
            "client_id": r.client_id,
            "client_name": r.client_name,
            "client_kind": r.client_kind,
            "invoice_date": r.invoice_date.isoformat(),
            "due_date": r.due_date.isoformat(),
            "amount": decimal_string(r.amount),
            "open": decimal_string(r.open),
            "status": r.status.value,
        }
        for r in rows
    ]


def made_letter_json(made: MadeLetter, language: str) -> dict[str, Any]:
    """``letter --json``: the letter, the claim it makes, and what to check before sending
    (``warnings``: code and the sentence in the chosen language)."""
    result: dict[str, Any] = {
        "letter_id": made.letter_id,
        "kind": made.kind.value,
        "client_id": made.client_id,
        "path": str(made.path),
        "sha256": made.sha256,
    }
    claim = made.claim
    if claim is not None:
        result["claim"] = {
            "principal": decimal_string(claim.principal),
            "interest": decimal_string(claim.interest),
            "costs": decimal_string(claim.costs),
            "btw": decimal_string(claim.btw),
            "paid": decimal_string(claim.paid),
            "total": decimal_string(claim.total),
            "costs_invoices": list(claim.costs_invoices),
            "warnings": [{"code": n.code, "message": describe(n, language)} for n in made.notices],
        }
        if claim.announced_costs is not None:
            result["claim"]["announced_costs"] = decimal_string(claim.announced_costs)
    return result
