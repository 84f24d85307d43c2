"""cycle_log_participants becomes a WITHOUT ROWID table (SQLite): its rows are the pair (log, member)
and nothing else, so the table itself is the primary-key index instead of a rowid table plus a
separate index of the same pair. One B-tree fewer to write for each participation: a Đoàn cơ sở's
year holds about a million of them (issue 23 item 7, writing a file of 15,000 members), and one
fewer to read when they are counted. The rows and the index by member stay as they were. Nothing
changes on PostgreSQL.

Revision ID: 0027
Revises: 0024
"""

import warnings

from alembic import op
from sqlalchemy import exc as sa_exc

revision = "0027"
down_revision = "0024"
branch_labels = None
depends_on = None


def _rebuild(**table_kwargs) -> None:
    """The table rebuilt as it is, with ``table_kwargs``. Rebuilding reflects ``members`` for the
    foreign key, and SQLAlchemy warns that it does not reflect the expression index of members
    (0025), which it need not (members is not rebuilt): that warning would reach a person's
    terminal on the first start after the upgrade, so it is silenced here."""
    if op.get_bind().dialect.name != "sqlite":
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", sa_exc.SAWarning)
        with op.batch_alter_table("cycle_log_participants", recreate="always", table_kwargs=table_kwargs) as batch:
            batch.alter_column("member_id", existing_nullable=False)


def upgrade() -> None:
    _rebuild(sqlite_with_rowid=False)


def downgrade() -> None:
    _rebuild()
