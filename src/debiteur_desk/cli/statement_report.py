"""What ``import statement`` prints: every line's outcome, kept on disk until the end.

The import tells each line's outcome as it goes (``on_line``); holding them all until the
JSON can be written would make the command's memory grow with the file again. So each
kind is written to a temporary file as one JSON text per line, and at the end the report
is written from there, a line at a time, in the same layout as ``json.dump(indent=2)``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

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
        self._files = {
            name: tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
            for name in SECTIONS.values()
        }

    def __call__(self, outcome: Outcome, imported: ImportedLine) -> None:
        entry = line_json(imported)
        if outcome == "reversal":
            entry["reverses_bank_line_id"] = imported.reverses
        text = json.dumps(entry, ensure_ascii=False)
        self._files[SECTIONS[outcome]].write(text + "\n")

    def entries(self, section: str) -> Iterator[dict[str, Any]]:
        spool = self._files[section]
        spool.seek(0)
        return (json.loads(text) for text in spool)

    def write_json(self, out: IO[str], tail: dict[str, Any]) -> None:
        """The sections, then ``tail``'s keys: as ``json.dump(..., indent=2)`` would."""
        out.write("{\n")
        for section in SECTIONS.values():
            out.write(f"  {json.dumps(section)}: [")
            first = True
            for entry in self.entries(section):
                text = json.dumps(entry, ensure_ascii=False, indent=2)
                out.write(("\n" if first else ",\n") + _indented(text, "    "))
                first = False
            out.write("],\n" if first else "\n  ],\n")
        last = len(tail) - 1
        for n, (name, value) in enumerate(tail.items()):
            text = _indented(json.dumps(value, ensure_ascii=False, indent=2), "  ")[2:]
            out.write(f"  {json.dumps(name)}: {text}{'' if n == last else ','}\n")
        out.write("}\n")

    def write_text(self, out: IO[str], lang: str) -> None:
        nl = lang != "en"
        for title, section in (
            ("Geboekt" if nl else "Booked", "booked"),
            ("Na te kijken" if nl else "To review", "review"),
        ):
            count = sum(1 for _ in self.entries(section))
            out.write(f"{title}: {count}\n")
            for entry in self.entries(section):
                out.write(_row(entry, lang) + "\n")
        skipped = sum(1 for _ in self.entries("skipped"))
        label = (
            "Overgeslagen (geld uit of al ingelezen): "
            if nl
            else "Skipped (money out or already imported): "
        )
        out.write(f"{label}{skipped}\n")

    def close(self) -> None:
        for spool in self._files.values():
            spool.close()


def _indented(text: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in text.split("\n"))


def _row(entry: dict[str, Any], lang: str) -> str:
    amount = format_money(from_cents(entry["amount_cents"]), lang)
    what = ", ".join(i["number"] for match in entry["matches"][:1] for i in match["invoices"])
    day = format_date(date.fromisoformat(entry["date"]), lang)
    return f"  {day}  {amount:>12}  {entry['payer']}  {what}"
