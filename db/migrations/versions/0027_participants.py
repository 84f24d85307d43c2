"""cycle_log_participants becomes a WITHOUT ROWID table (SQLite): its rows are the pair (log, member)
and nothing else, so the table itself is the primary-key index instead of a rowid table plus a
separate index of the same pair. One B-tree fewer to write for each participation: a Đoàn cơ sở's
year holds about a million of them (issue 23 item 7, writing a file of 15,000 members), and one
fewer to read when they are counted. The rows and the index by member stay as they were. Nothing
changes on PostgreSQL.

Revision ID: 0027
Revises: 0024
"""

from alembic import op

revision = "0027"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "cycle_log_participants", recreate="always", table_kwargs={"sqlite_with_rowid": False}
    ) as batch:
        batch.alter_column("member_id", existing_nullable=False)  # the table is rebuilt as it is


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("cycle_log_participants", recreate="always") as batch:
        batch.alter_column("member_id", existing_nullable=False)
