"""Imports: batches that can be undone, incoming bank lines, accounts clients pay from;
invoices remember their import, and their reference fits an RF creditor reference.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('statement', 'invoices')", name=op.f("ck_import_batches_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "bank_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("account_iban", sa.String(length=34), nullable=False),
        sa.Column("booking_date", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("counterparty_name", sa.String(length=200), nullable=False),
        sa.Column("counterparty_iban", sa.String(length=34), nullable=False),
        sa.Column("remittance", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("end_to_end_id", sa.String(length=40), nullable=False),
        sa.Column("reversal", sa.Boolean(), nullable=False),
        sa.Column("return_reason", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('booked', 'review', 'ignored', 'credit', 'reversal')",
            name=op.f("ck_bank_lines_state"),
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batches.id"], name=op.f("fk_bank_lines_batch_id_import_batches")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_bank_lines_payment_id_payments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_bank_lines_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_lines")),
        sa.UniqueConstraint("key", name=op.f("uq_bank_lines_key")),
    )  # fmt: skip
    with op.batch_alter_table("bank_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_lines_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bank_lines_booking_date"), ["booking_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bank_lines_payment_id"), ["payment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bank_lines_client_id"), ["client_id"], unique=False)
    op.create_table(
        "client_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("learned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_accounts_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_accounts")),
        sa.UniqueConstraint("iban", name=op.f("uq_client_accounts_iban")),
    )
    with op.batch_alter_table("client_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_accounts_client_id"), ["client_id"], unique=False
        )
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.alter_column(
            "kenmerk",
            existing_type=sa.String(length=16),
            type_=sa.String(length=35),
            existing_nullable=True,
        )
    for table in IMPORTED:
        _add_import_batch_id(table)


# The rows an import creates remember it, so that an undo takes exactly them back.
IMPORTED = ("invoices", "clients", "credit_notes")


def _add_import_batch_id(table: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f(f"ix_{table}_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f(f"fk_{table}_import_batch_id_import_batches"),
            "import_batches",
            ["import_batch_id"],
            ["id"],
        )


def downgrade() -> None:
    for table in IMPORTED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_import_batch_id_import_batches"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f(f"ix_{table}_import_batch_id"))
            batch_op.drop_column("import_batch_id")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.alter_column(
            "kenmerk",
            existing_type=sa.String(length=35),
            type_=sa.String(length=16),
            existing_nullable=True,
        )
    op.drop_table("client_accounts")
    op.drop_table("bank_lines")
    op.drop_table("import_batches")
