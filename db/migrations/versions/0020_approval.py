"""approval by level: summary_approvals remembers an upper level's verdict (approved, returned
with reasons) on each summary a Đoàn cơ sở sent it

Revision ID: 0020
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "summary_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_code", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("summary_kind", sa.String(length=20), nullable=False),
        sa.Column("summary_package_id", sa.String(length=36), nullable=False),
        sa.Column("summary_version", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(length=20), nullable=False),
        sa.Column("reasons_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_summary_approvals_child_code", "summary_approvals", ["child_code"])
    op.create_index("ix_summary_approvals_summary_package_id", "summary_approvals", ["summary_package_id"])


def downgrade() -> None:
    op.drop_index("ix_summary_approvals_summary_package_id", table_name="summary_approvals")
    op.drop_index("ix_summary_approvals_child_code", table_name="summary_approvals")
    op.drop_table("summary_approvals")
