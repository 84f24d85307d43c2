"""branch_proposal_members: an index on member_id (issue 23 item 7). Deleting a member makes
SQLite look for the rows pointing at it in every table; this one was indexed by its proposal
only, so replacing a branch's members (a branch's newer record at the Đoàn cơ sở) scanned every
member proposed anywhere once per member (1,500 proposed: 60 members' delete 15 → 2–6 ms).

Revision ID: 0028
Revises: 0027
"""

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_branch_proposal_members_member_id", "branch_proposal_members", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_branch_proposal_members_member_id", table_name="branch_proposal_members")
