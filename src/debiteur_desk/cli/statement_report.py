"""What ``import statement`` prints: every line's outcome, kept on disk until the end
(``JsonSpool``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from debiteur_desk.cli.json_spool import JsonSpool
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services.statement_import import ImportedLine, Outcome
from debiteur_desk.text.formatting import format_date, format_money

SECTIONS: dict[Outcome, str] = {
    "booked": "booked",
    "review": "review",
    "skipped": "skipped",
    "reversal": "reversals",
}


def line_json(imported: ImportedLine) -> dict[str, Any]:
    line = imported.line
    entry = {
        "key": line.key,
        "date": line.booking_date.isoformat(),
        "amount_cents": line.amount_cents,
        "payer": line.counterparty_name,
        "iban": line.counterparty_iban,
        "text": line.remittance,
        "reference": line.reference,
        "reversal": line.reversal,
        "payment_id": imported.payment_id,
        "bank_line_id": imported.bank_line_id,
        "skipped_because": imported.skipped_because or None,
        "matches": [
            {
                "client_id": offer.client_id,
                "invoices": [{"number": n, "amount_cents": c} for n, c in offer.invoices],
                "reason": offer.reason,
                "confidence": round(offer.confidence, 2),
            }
            for offer in imported.offers
        ],
    }
    return entry


class StatementReport:
    """Collects the outcomes of one or more imports (``on_line``), then writes them."""

    def __init__(self) -> None:
        self._spool = JsonSpool(SECTIONS.values())

    def __call__(self, outcome: Outcome, imported: ImportedLine) -> None:
        entry = line_json(imported)
        if outcome == "reversal":
            entry["reverses_bank_line_id"] = imported.reverses
        self._spool.add(SECTIONS[outcome], entry)

    def entries(self, section: str) -> Iterator[dict[str, Any]]:
        return self._spool.entries(section)

    def write_json(self, out: IO[str], tail: dict[str, Any]) -> None:
        """The sections, then ``tail``'s keys: as ``json.dump(..., indent=2)`` would."""
        self._spool.write_json(out, tail=tail)

    def write_text(self, out: IO[str], lang: str) -> None:
        nl = lang != "en"
        for title, section in (
            ("Geboekt" if nl else "Booked", "booked"),
            ("Na te kijken" if nl else "To review", "review"),
        ):
            out.write(f"{title}: {self._spool.count(section)}\n")
            for entry in self.entries(section):
                out.write(_row(entry, lang) + "\n")
        label = (
            "Overgeslagen (geld uit of al ingelezen): "
            if nl
            else "Skipped (money out or already imported): "
        )
        out.write(f"{label}{self._spool.count('skipped')}\n")

    def close(self) -> None:
        self._spool.close()


def _row(entry: dict[str, Any], lang: str) -> str:
    amount = format_money(from_cents(entry["amount_cents"]), lang)
    what = ", ".join(i["number"] for match in entry["matches"][:1] for i in match["invoices"])
    day = format_date(date.fromisoformat(entry["date"]), lang)
    return f"  {day}  {amount:>12}  {entry['payer']}  {what}"
