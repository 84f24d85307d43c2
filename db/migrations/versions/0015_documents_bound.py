"""documents bound: the Đoàn cơ sở's appraisal of proposed members (member_appraisals), the written
reason of a recognition listed without passing the appraisal (exception_reason), and who signs a
unit's documents from which date (unit_signers)

Revision ID: 0015
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('unit_signers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('on_behalf', sa.String(length=80), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_unit_signers_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_signers'))
    )
    with op.batch_alter_table('unit_signers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_signers_unit_id'), ['unit_id'], unique=False)

    op.create_table('member_appraisals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('accepted', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('appraised_by', sa.String(length=200), nullable=False),
    sa.Column('appraised_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_appraisals_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_member_appraisals_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_appraisals')),
    sa.UniqueConstraint('member_id', 'period_label', name=op.f('uq_member_appraisals_member_id_period_label'))
    )
    with op.batch_alter_table('member_appraisals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_appraisals_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_appraisals_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('branch_recognitions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exception_reason', sa.Text(), nullable=True))

    with op.batch_alter_table('member_recognitions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exception_reason', sa.Text(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('member_recognitions', schema=None) as batch_op:
        batch_op.drop_column('exception_reason')

    with op.batch_alter_table('branch_recognitions', schema=None) as batch_op:
        batch_op.drop_column('exception_reason')

    with op.batch_alter_table('member_appraisals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_appraisals_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_appraisals_member_id'))

    op.drop_table('member_appraisals')
    with op.batch_alter_table('unit_signers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_signers_unit_id'))

    op.drop_table('unit_signers')

