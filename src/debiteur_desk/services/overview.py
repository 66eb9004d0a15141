"""What the main window shows: one line per client and one per open invoice, as of a date.

Lines keep cents and day counts (plain named tuples, tens of thousands per screen);
the screens turn them into text only for the rows they draw. The line types and how
rows become lines live in ``overview_lines.py``, which the window imports at start-up.
"""

from __future__ import annotations

from datetime import date

from debiteur_desk.domain.aging import make_buckets
from debiteur_desk.services import worklist
from debiteur_desk.services.collectability import Collectability
from debiteur_desk.services.collectability import collectability as read_split
from debiteur_desk.services.overview_lines import (
    ClientOverview,
    NextAction,
    OpenInvoices,
    client_overview_from_rows,
    invoice_lines,
)
from debiteur_desk.store.database import Database
from debiteur_desk.store.queries.overview import client_overview_rows, open_invoice_rows
from debiteur_desk.store.settings_store import get_setting


def client_overview(db: Database, as_of: date) -> ClientOverview:
    """Every client with its open amount per aging bucket on ``as_of``."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        rows = client_overview_rows(session, as_of, buckets)
    return client_overview_from_rows(rows, buckets, as_of)


def open_invoices(db: Database, as_of: date) -> OpenInvoices:
    """Every invoice open on ``as_of`` with its bucket and status, oldest due first."""
    with db.reading() as session:
        buckets = make_buckets(get_setting(session, "aging.boundaries"))
        rows = open_invoice_rows(session, as_of)
    return OpenInvoices(buckets, invoice_lines(rows, buckets, as_of))


def next_actions(db: Database, as_of: date) -> dict[int, NextAction]:
    """Per client, the next collection step (the worklist's rules)."""
    return {
        client_id: NextAction(item.action, item.due_on)
        for client_id, item in worklist.next_actions(db, as_of).items()
    }


def collectability(db: Database, as_of: date) -> Collectability:
    """Per aging bucket what is promised, in a plan, disputed, handed over or plain open,
    and per client which of these it has (the overview's filter)."""
    return read_split(db, as_of)
