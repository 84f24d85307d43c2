"""hub: its own signing key, last seen, introductions, revocations, refusals (issue 24)

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_meta",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_hub_meta")),
    )
    with op.batch_alter_table("hub_units") as b:
        b.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("introduced_by", sa.String(40), nullable=True))
    with op.batch_alter_table("hub_keys") as b:
        b.add_column(sa.Column("revoked_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("revoked_by", sa.String(80), nullable=True))
    op.create_table(
        "hub_refusals",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("error", sa.String(40), nullable=False),
        sa.Column("detail", sa.String(300), nullable=False),
        sa.Column("path", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_refusals")),
    )
    op.create_index(op.f("ix_hub_refusals_at"), "hub_refusals", ["at"])
    op.create_index(op.f("ix_hub_refusals_unit_code"), "hub_refusals", ["unit_code"])


def downgrade() -> None:
    op.drop_table("hub_refusals")
    with op.batch_alter_table("hub_keys") as b:
        b.drop_column("revoked_by")
        b.drop_column("revoked_at")
    with op.batch_alter_table("hub_units") as b:
        b.drop_column("introduced_by")
        b.drop_column("last_seen_at")
    op.drop_table("hub_meta")
