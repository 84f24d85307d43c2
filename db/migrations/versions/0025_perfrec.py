"""members: indexes for looking up the people a branch's record touches by what tells a person
(issue 23 item 7): the card number as it is compared (spaces trimmed, upper case), the date of
birth (name + date of birth), and a partial index of the card numbers holding anything but
printable ASCII (compared in Python, where SQLite's trim and upper would differ).

Revision ID: 0025
Revises: 0023
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_members_card_key", "members", [sa.text("upper(trim(union_card_no))")])
    op.create_index("ix_members_dob", "members", ["date_of_birth"])
    op.create_index("ix_members_card_odd", "members", ["id"], sqlite_where=sa.text("union_card_no GLOB '*[^!-~]*'"))


def downgrade() -> None:
    op.drop_index("ix_members_card_odd", table_name="members")
    op.drop_index("ix_members_dob", table_name="members")
    op.drop_index("ix_members_card_key", table_name="members")
