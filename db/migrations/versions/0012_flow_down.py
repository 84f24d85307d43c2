"""flow down: sync_flow_down_actions remembers what a branch did with an alert, a share request
or a reminder that came down from its parent (confirmed into its log, put away)

Revision ID: 0012
Revises: 0016 (re-chained after main brought 0018 and 0011; written against 0010)
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_flow_down_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=True),
        sa.Column("acted_at", sa.DateTime(), nullable=False),
        sa.Column("acted_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("package_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_flow_down_actions")
