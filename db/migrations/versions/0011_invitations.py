"""invitations: the invitations a parent unit issued to its branches and the one a branch joined
with (desktop/sync/invitation.py), and the sender's name on received packages (a package held
until its sender is confirmed shows who sent it)

Revision ID: 0011
Revises: 0018
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_invitations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invitation_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('parent_code', sa.String(length=40), nullable=False),
    sa.Column('parent_name', sa.String(length=200), nullable=False),
    sa.Column('branch_code', sa.String(length=40), nullable=False),
    sa.Column('branch_name', sa.String(length=200), nullable=False),
    sa.Column('mac_key', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('used_fingerprint', sa.String(length=40), nullable=True),
    sa.Column('used_package_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_invitations')),
    sa.UniqueConstraint('invitation_id', 'direction', name=op.f('uq_sync_invitations_invitation_id_direction'))
    )
    with op.batch_alter_table('sync_invitations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_invitations_branch_code'), ['branch_code'], unique=False)
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender_name', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.drop_column('sender_name')
    with op.batch_alter_table('sync_invitations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_invitations_branch_code'))
    op.drop_table('sync_invitations')
