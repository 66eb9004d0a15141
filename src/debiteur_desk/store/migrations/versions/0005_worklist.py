"""The worklist: steps snoozed until a date, invoices whose sending was checked, and
whether a client is a large company (art. 6:119a lid 6 BW).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-16
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "worklist_snoozes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("invoice_ids", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("snoozed_on", sa.Integer(), nullable=False),
        sa.Column("snoozed_until", sa.Integer(), nullable=False),
        sa.Column("lifted_on", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "snoozed_until > snoozed_on", name=op.f("ck_worklist_snoozes_until_after_snoozed")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_worklist_snoozes_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worklist_snoozes")),
    )
    with op.batch_alter_table("worklist_snoozes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worklist_snoozes_client_id"), ["client_id"], unique=False
        )
    op.create_table(
        "invoice_sent_checks",
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoices.id"],
            name=op.f("fk_invoice_sent_checks_invoice_id_invoices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_invoice_sent_checks")),
    )
    # A plain ADD COLUMN (no table rebuild): every client keeps its row, as a small company.
    op.add_column(
        "clients",
        sa.Column("large_company", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("large_company")
    op.drop_table("invoice_sent_checks")
    with op.batch_alter_table("worklist_snoozes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worklist_snoozes_client_id"))
    op.drop_table("worklist_snoozes")
