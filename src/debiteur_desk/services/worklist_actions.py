"""What the user does from the worklist besides the step itself: confirm that invoices
went out (the check before the first letter that names them; the reminder batch asks it
for many at once), and snooze a step until a date or lift
that snooze early. Each is one transaction, audited.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from debiteur_desk.domain.errors import InvalidInput, NotFound
from debiteur_desk.domain.snooze import check_snooze
from debiteur_desk.services import audit
from debiteur_desk.services.worklist_items import ACTIONS
from debiteur_desk.store.database import Database
from debiteur_desk.store.models import Client, Invoice, InvoiceSentCheck, WorklistSnooze


def confirm_sent(db: Database, invoice_ids: Collection[int], today: date) -> int:
    """The user checked how these invoices went out: their flags go, the reminder may
    follow. An invoice never marked as sent is marked sent on its invoice date (correct it
    in the invoice when it went out later). Returns how many were confirmed."""
    if not invoice_ids:
        raise InvalidInput("sent_check_no_invoices")
    with db.transaction() as session:
        for invoice_id in sorted(set(invoice_ids)):
            invoice = session.get(Invoice, invoice_id)
            if invoice is None:
                raise NotFound("invoice_not_found", id=invoice_id)
            marked = invoice.invoice_date if invoice.sent_on is None else None
            if marked is not None:
                invoice.sent_on = marked
            check = session.get(InvoiceSentCheck, invoice_id)
            if check is None:
                session.add(InvoiceSentCheck(invoice_id=invoice_id, checked_on=today))
            else:
                check.checked_on = today
            audit.record(
                session,
                "invoice.sent_checked",
                "invoice",
                invoice_id,
                marked_sent_on=marked.isoformat() if marked is not None else None,
            )
    return len(set(invoice_ids))


@dataclass(frozen=True)
class SnoozeInput:
    client_id: int
    action: str  # the step's action code
    until: date
    reason: str
    invoice_ids: tuple[int, ...] = ()


def snooze_step(db: Database, data: SnoozeInput, today: date) -> int:
    """Keep the client's step out of the worklist until ``data.until``; an earlier snooze
    of the same step still running is lifted by this one. Returns the snooze's id."""
    reason = check_snooze(data.reason, data.until, today)
    if data.action not in ACTIONS:
        raise InvalidInput("snooze_action_unknown", text=data.action)
    with db.transaction() as session:
        if session.get(Client, data.client_id) is None:
            raise NotFound("client_not_found", id=data.client_id)
        running = select(WorklistSnooze).where(
            WorklistSnooze.client_id == data.client_id,
            WorklistSnooze.action == data.action,
            WorklistSnooze.lifted_on.is_(None),
            WorklistSnooze.snoozed_until > today,
        )
        for earlier in session.scalars(running):
            earlier.lifted_on = today
        snooze = WorklistSnooze(
            client_id=data.client_id,
            action=data.action,
            invoice_ids=",".join(str(i) for i in data.invoice_ids),
            reason=reason,
            snoozed_on=today,
            snoozed_until=data.until,
        )
        session.add(snooze)
        session.flush()
        audit.record(
            session,
            "worklist.snooze",
            "client",
            data.client_id,
            step=data.action,
            until=data.until.isoformat(),
            reason=reason,
        )
        return snooze.id


def lift_snooze(db: Database, snooze_id: int, today: date) -> None:
    """The step is back in the worklist today."""
    with db.transaction() as session:
        snooze = session.get(WorklistSnooze, snooze_id)
        if snooze is None or snooze.lifted_on is not None or snooze.snoozed_until <= today:
            raise InvalidInput("snooze_not_active")
        snooze.lifted_on = today
        audit.record(
            session, "worklist.snooze_lifted", "client", snooze.client_id, snooze_id=snooze_id
        )
