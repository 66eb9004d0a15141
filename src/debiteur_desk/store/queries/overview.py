"""The overview statements (``overview_sql.py``) run through a SQLAlchemy session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from debiteur_desk.domain.aging import Bucket
from debiteur_desk.store.queries import overview_sql
from debiteur_desk.store.queries.overview_sql import Statement


def _run(session: Session, statement: Statement) -> list[Any]:
    return list(session.connection().execute(text(statement.sql), statement.params).all())


def _history_after(session: Session, as_of: date) -> bool:
    return bool(_run(session, overview_sql.history_after(as_of))[0][0])


def client_overview_rows(session: Session, as_of: date, buckets: Sequence[Bucket]) -> list[Any]:
    """See :func:`overview_sql.client_overview` for the columns."""
    dialect = session.get_bind().dialect.name
    history = _history_after(session, as_of)
    return _run(
        session, overview_sql.client_overview(as_of, buckets, history=history, dialect=dialect)
    )


def open_invoice_rows(session: Session, as_of: date) -> list[Any]:
    """See :func:`overview_sql.open_invoices` for the columns."""
    history = _history_after(session, as_of)
    return _run(session, overview_sql.open_invoices(as_of, history=history))
