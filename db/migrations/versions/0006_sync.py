"""sync: keys, enrolled units, outbox, received packages

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_enrolled_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('relation', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('enrolled_by', sa.String(length=80), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_enrolled_units')),
    sa.UniqueConstraint('unit_code', name=op.f('uq_sync_enrolled_units_unit_code'))
    )
    op.create_table('sync_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('recipient_code', sa.String(length=40), nullable=False),
    sa.Column('campaign', sa.String(length=64), nullable=True),
    sa.Column('period', sa.String(length=12), nullable=True),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('in_reply_to', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=True),
    sa.Column('exported_to', sa.Text(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('status_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('package_id', name=op.f('uq_sync_outbox_package_id'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_outbox_status'), ['status'], unique=False)
        batch_op.create_index('ix_sync_outbox_subject', ['recipient_code', 'subject'], unique=False)

    op.create_table('sync_received',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.Column('sender_code', sa.String(length=40), nullable=True),
    sa.Column('recipient_code', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=True),
    sa.Column('campaign', sa.String(length=64), nullable=True),
    sa.Column('period', sa.String(length=12), nullable=True),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), nullable=True),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('in_reply_to', sa.String(length=36), nullable=True),
    sa.Column('sender_created_at', sa.String(length=40), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason_code', sa.String(length=30), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=True),
    sa.Column('stored_name', sa.String(length=300), nullable=True),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=True),
    sa.Column('summary_json', sa.Text(), nullable=True),
    sa.Column('superseded_by', sa.String(length=36), nullable=True),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('record_sha256', sa.String(length=64), nullable=True),
    sa.Column('record_applied_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_received'))
    )
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.create_index('ix_sync_received_current', ['kind', 'period', 'is_current'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_received_package_id'), ['package_id'], unique=False)
        batch_op.create_index('ix_sync_received_subject', ['sender_code', 'subject'], unique=False)

    op.create_table('sync_unit_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('origin', sa.String(length=12), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_unit_keys'))
    )
    with op.batch_alter_table('sync_unit_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_unit_keys_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_unit_keys_unit_code'), ['unit_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_unit_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_unit_keys_unit_code'))
        batch_op.drop_index(batch_op.f('ix_sync_unit_keys_fingerprint'))

    op.drop_table('sync_unit_keys')
    with op.batch_alter_table('sync_received', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_received_subject')
        batch_op.drop_index(batch_op.f('ix_sync_received_package_id'))
        batch_op.drop_index('ix_sync_received_current')

    op.drop_table('sync_received')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_subject')
        batch_op.drop_index(batch_op.f('ix_sync_outbox_status'))

    op.drop_table('sync_outbox')
    op.drop_table('sync_enrolled_units')
