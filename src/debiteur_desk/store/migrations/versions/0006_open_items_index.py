"""An index that holds what a bank statement import reads of every open invoice, oldest
due first: the import reads the index alone, not each invoice's row (issue 12).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_invoices_open_items",
            ["due_date", "id", "client_id", "open_cents", "number", "kenmerk", "disputed"],
            unique=False,
            sqlite_where=sa.text("open_cents > 0"),
            postgresql_where=sa.text("open_cents > 0"),
        )


def downgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_open_items")
