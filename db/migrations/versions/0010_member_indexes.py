"""member indexes: member_id indexed in cycle_logs, cycle_log_participants and
cycle_registration_members (db/models/cycle.py), so that a member's records are found, and a
member deleted or erased (ON DELETE CASCADE / SET NULL) is handled, without a full table scan

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa  # noqa: F401

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cycle_log_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cycle_log_participants_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('cycle_logs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cycle_logs_member_id'), ['member_id'], unique=False)

    with op.batch_alter_table('cycle_registration_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cycle_registration_members_member_id'), ['member_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cycle_registration_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cycle_registration_members_member_id'))

    with op.batch_alter_table('cycle_logs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cycle_logs_member_id'))

    with op.batch_alter_table('cycle_log_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cycle_log_participants_member_id'))
