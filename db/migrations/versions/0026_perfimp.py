"""interchange_imports: a unit-data file imported here (the SHA-256 of its content) and the
state of the rows it replaced (their SHA-256), so that the same file imported again is answered
"nothing changes" without checking and writing it all again (issue 23 item 7)

Revision ID: 0026
Revises: 0025
"""
import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interchange_imports",
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("state_sha256", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("unit_code", "file_sha256"),
    )


def downgrade() -> None:
    op.drop_table("interchange_imports")
