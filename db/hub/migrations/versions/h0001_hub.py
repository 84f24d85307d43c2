"""hub: units, keys, packages, nonces

Revision ID: h0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_units",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parent_code", sa.String(40), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_hub_units")),
    )
    op.create_index(op.f("ix_hub_units_parent_code"), "hub_units", ["parent_code"])
    op.create_table(
        "hub_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_keys")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_hub_keys_fingerprint")),
    )
    op.create_index(op.f("ix_hub_keys_unit_code"), "hub_keys", ["unit_code"])
    op.create_table(
        "hub_packages",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("sender_code", sa.String(40), nullable=False),
        sa.Column("recipient_code", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_packages")),
        sa.UniqueConstraint("package_id", name=op.f("uq_hub_packages_package_id")),
    )
    op.create_index("ix_hub_packages_inbox", "hub_packages", ["recipient_code", "state", "id"])
    op.create_index("ix_hub_packages_sender", "hub_packages", ["sender_code", "id"])
    op.create_table(
        "hub_nonces",
        sa.Column("unit_code", sa.String(40), nullable=False),
        sa.Column("nonce", sa.String(64), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("unit_code", "nonce", name=op.f("pk_hub_nonces")),
    )
    op.create_index(op.f("ix_hub_nonces_seen_at"), "hub_nonces", ["seen_at"])


def downgrade() -> None:
    op.drop_table("hub_nonces")
    op.drop_table("hub_packages")
    op.drop_table("hub_keys")
    op.drop_table("hub_units")
