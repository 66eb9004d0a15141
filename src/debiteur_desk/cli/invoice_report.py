"""What ``import invoices`` prints: each row's plan, kept on disk until the end
(``JsonSpool``), then the counts and the rows (``--json``) or the changes (text)."""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from debiteur_desk.cli.json_spool import JsonSpool
from debiteur_desk.domain.money import from_cents
from debiteur_desk.services.invoice_import import InvoiceImport, PlannedInvoice
from debiteur_desk.text.formatting import format_date, format_money
from debiteur_desk.text.messages_import import change_word


def planned_json(p: PlannedInvoice) -> dict[str, Any]:
    """One row in the public ``--json`` shape of ``import invoices`` (issue 12)."""
    return {
        "number": p.row.number,
        "line": p.row.source_line,
        "status": p.status,
        "client": p.row.client.name,
        "client_id": p.client_id,
        "client_matched_by": p.matched_by,
        "amount_cents": p.row.amount_cents,
        "open_cents": p.row.open_cents,
        "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in p.changes],
    }


class InvoiceReport:
    """Collects the rows of an import (``on_row``), then writes them."""

    def __init__(self) -> None:
        self._spool = JsonSpool(["invoices"])

    def __call__(self, planned: PlannedInvoice) -> None:
        self._spool.add("invoices", planned_json(planned))

    def write_json(self, out: IO[str], result: InvoiceImport) -> None:
        self._spool.write_json(out, head={
            "new": result.count("new"),
            "same": result.count("same"),
            "changed": result.count("changed"),
            "credit_notes": result.count("credit_note"),
            "clients_created": result.clients_created,
            "dry_run": result.dry_run,
            "batch_id": result.batch_id,
        })  # fmt: skip

    def write_text(self, out: IO[str], result: InvoiceImport, lang: str, applied: bool) -> None:
        nl = lang != "en"
        counts = (result.count("new"), result.count("same"), result.count("changed"),
                  result.count("credit_note"), result.clients_created)  # fmt: skip
        out.write(("Nieuw: {}, al in het boek: {}, gewijzigd: {}, creditnota's: {}, "
                   "nieuwe klanten: {}\n" if nl else
                   "New: {}, already in the book: {}, changed: {}, credit notes: {}, "
                   "new clients: {}\n").format(*counts))  # fmt: skip
        if result.count("changed") and not applied:
            out.write("Niet overgenomen (gebruik --apply-changes):\n" if nl
                      else "Not taken over (use --apply-changes):\n")  # fmt: skip
        for entry in self._spool.entries("invoices"):
            for change in entry["changes"]:
                old, new = (_change_value(change["field"], change[k], lang) for k in ("old", "new"))
                label = change_word(change["field"], lang)
                out.write(f"  {entry['number']}: {label} {old} → {new}\n")

    def close(self) -> None:
        self._spool.close()


def _change_value(field: str, text: str, lang: str) -> str:
    if field == "amount_cents":
        return format_money(from_cents(int(text)), lang)
    if field in ("invoice_date", "due_date"):
        return format_date(date.fromisoformat(text), lang)
    return text
