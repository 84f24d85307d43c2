"""commune records behind the indicators (issue 20 items 5-8): hamlets and per-hamlet facts,
survey rows per hamlet and question, Dân vận khéo models; the survey topic on commune_logs, who
assessed a recorded value, the indicator that completes a programme task

Revision ID: 0018
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('commune_hamlets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_hamlets')),
    sa.UniqueConstraint('unit_code', 'name_key', name=op.f('uq_commune_hamlets_unit_code_name_key'))
    )
    op.create_table('commune_hamlet_facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('campaign_id', sa.String(length=80), nullable=False),
    sa.Column('criterion_id', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=20), nullable=False),
    sa.Column('hamlet_id', sa.Integer(), nullable=False),
    sa.Column('met', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['hamlet_id'], ['commune_hamlets.id'], name=op.f('fk_commune_hamlet_facts_hamlet_id_commune_hamlets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_hamlet_facts'))
    )
    with op.batch_alter_table('commune_hamlet_facts', schema=None) as batch_op:
        batch_op.create_index('ix_commune_hamlet_facts_lookup', ['unit_code', 'campaign_id', 'period'], unique=False)

    op.create_table('commune_survey_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('log_id', sa.Integer(), nullable=False),
    sa.Column('hamlet', sa.String(length=200), nullable=False),
    sa.Column('question', sa.String(length=300), nullable=False),
    sa.Column('asked', sa.Integer(), nullable=False),
    sa.Column('satisfied', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['log_id'], ['commune_logs.id'], name=op.f('fk_commune_survey_rows_log_id_commune_logs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_survey_rows'))
    )
    with op.batch_alter_table('commune_survey_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commune_survey_rows_log_id'), ['log_id'], unique=False)

    op.create_table('commune_dvk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('recognition', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_dvk'))
    )
    with op.batch_alter_table('commune_dvk', schema=None) as batch_op:
        batch_op.create_index('ix_commune_dvk_unit_started', ['unit_code', 'started_on'], unique=False)

    with op.batch_alter_table('commune_logs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('topic', sa.String(length=40), nullable=True))
    with op.batch_alter_table('commune_values', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assessor', sa.String(length=200), nullable=False, server_default=''))
    with op.batch_alter_table('commune_tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('criterion_id', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('commune_tasks', schema=None) as batch_op:
        batch_op.drop_column('criterion_id')
    with op.batch_alter_table('commune_values', schema=None) as batch_op:
        batch_op.drop_column('assessor')
    with op.batch_alter_table('commune_logs', schema=None) as batch_op:
        batch_op.drop_column('topic')
    with op.batch_alter_table('commune_dvk', schema=None) as batch_op:
        batch_op.drop_index('ix_commune_dvk_unit_started')
    op.drop_table('commune_dvk')
    with op.batch_alter_table('commune_survey_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commune_survey_rows_log_id'))
    op.drop_table('commune_survey_rows')
    with op.batch_alter_table('commune_hamlet_facts', schema=None) as batch_op:
        batch_op.drop_index('ix_commune_hamlet_facts_lookup')
    op.drop_table('commune_hamlet_facts')
    op.drop_table('commune_hamlets')
