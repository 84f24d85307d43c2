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

    op.create_table('branch_appraisals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('criterion_id', sa.String(length=20), nullable=False),
    sa.Column('agree', sa.Boolean(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('appraised_by', sa.String(length=200), nullable=False),
    sa.Column('appraised_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_branch_appraisals_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch_appraisals')),
    sa.UniqueConstraint('unit_id', 'campaign', 'period_label', 'criterion_id', name=op.f('uq_branch_appraisals_unit_id_campaign_period_label_criterion_id'))
    )
    with op.batch_alter_table('branch_appraisals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_appraisals_unit_id'), ['unit_id'], unique=False)

    op.create_table('branch_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('self_assessment', sa.Text(), nullable=False),
    sa.Column('proposes_recognition', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('document_number', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_branch_proposals_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch_proposals')),
    sa.UniqueConstraint('unit_id', 'campaign', 'period_label', name=op.f('uq_branch_proposals_unit_id_campaign_period_label'))
    )
    with op.batch_alter_table('branch_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_proposals_unit_id'), ['unit_id'], unique=False)

    op.create_table('branch_recognitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('issuer_code', sa.String(length=40), nullable=True),
    sa.Column('issuer_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_branch_recognitions_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch_recognitions')),
    sa.UniqueConstraint('unit_id', 'campaign', 'period_label', name=op.f('uq_branch_recognitions_unit_id_campaign_period_label'))
    )
    with op.batch_alter_table('branch_recognitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_recognitions_unit_id'), ['unit_id'], unique=False)

    op.create_table('branch_proposal_items',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.String(length=20), nullable=False),
    sa.Column('evaluated_status', sa.String(length=20), nullable=False),
    sa.Column('evaluated_value', sa.String(length=80), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('claim', sa.String(length=20), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['proposal_id'], ['branch_proposals.id'], name=op.f('fk_branch_proposal_items_proposal_id_branch_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('proposal_id', 'criterion_id', name=op.f('pk_branch_proposal_items'))
    )
    op.create_table('branch_proposal_members',
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_branch_proposal_members_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['proposal_id'], ['branch_proposals.id'], name=op.f('fk_branch_proposal_members_proposal_id_branch_proposals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('proposal_id', 'member_id', name=op.f('pk_branch_proposal_members'))
    )
    op.create_table('member_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('catalog_id', sa.String(length=40), nullable=False),
    sa.Column('catalog_version', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('training_score', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_assessments_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_member_assessments_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_assessments')),
    sa.UniqueConstraint('member_id', 'period_label', name=op.f('uq_member_assessments_member_id_period_label'))
    )
    with op.batch_alter_table('member_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_assessments_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_assessments_unit_id'), ['unit_id'], unique=False)

    op.create_table('member_votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('period_label', sa.String(length=9), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('votes_absent', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_votes_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_member_votes_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_votes')),
    sa.UniqueConstraint('member_id', 'period_label', name=op.f('uq_member_votes_member_id_period_label'))
    )
    with op.batch_alter_table('member_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_votes_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_votes_unit_id'), ['unit_id'], unique=False)

    op.create_table('member_assessment_items',
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.String(length=20), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['member_assessments.id'], name=op.f('fk_member_assessment_items_assessment_id_member_assessments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('assessment_id', 'group_id', name=op.f('pk_member_assessment_items'))
    )


def downgrade() -> None:
    op.drop_table('member_assessment_items')
    with op.batch_alter_table('member_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_votes_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_votes_member_id'))

    op.drop_table('member_votes')
    with op.batch_alter_table('member_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_assessments_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_assessments_member_id'))

    op.drop_table('member_assessments')
    op.drop_table('branch_proposal_members')
    op.drop_table('branch_proposal_items')
    with op.batch_alter_table('branch_recognitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_recognitions_unit_id'))

    op.drop_table('branch_recognitions')
    with op.batch_alter_table('branch_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_proposals_unit_id'))

    op.drop_table('branch_proposals')
    with op.batch_alter_table('branch_appraisals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_appraisals_unit_id'))

    op.drop_table('branch_appraisals')
    with op.batch_alter_table('member_recognitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_recognitions_unit_id'))
        batch_op.drop_index(batch_op.f('ix_member_recognitions_member_id'))
    op.drop_table('member_recognitions')
