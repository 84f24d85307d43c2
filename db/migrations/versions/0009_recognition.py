"""recognition: member assessments, votes, branch proposals, appraisals, decisions

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('member_recognitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('issuer_code', sa.String(length=40), nullable=True),
    sa.Column('issuer_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_recognitions_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_member_recognitions_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_recognitions')),
    sa.UniqueConstraint('member_id', 'period_label', name=op.f('uq_member_recognitions_member_id_period_label'))
    )
    with op.batch_alter_table('member_recognitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_recognitions_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_recognitions_unit_id'), ['unit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('member_recognitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_recognitions_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_recognitions_member_id'))
    op.drop_table('member_recognitions')
