"""commune programmes and local models (issue 10): commune_models, commune_tasks, commune_logs,
commune_values (db/models/commune.py)

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('commune_logs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('received', sa.Integer(), nullable=True),
    sa.Column('answered', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_logs'))
    )
    with op.batch_alter_table('commune_logs', schema=None) as batch_op:
        batch_op.create_index('ix_commune_logs_unit_kind_date', ['unit_code', 'kind', 'on_date'], unique=False)

    op.create_table('commune_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('catalog_id', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title_vi', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_models')),
    sa.UniqueConstraint('catalog_id', 'version', name=op.f('uq_commune_models_catalog_id_version'))
    )
    op.create_table('commune_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=20), nullable=False),
    sa.Column('campaign_id', sa.String(length=80), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('lead_agency', sa.String(length=200), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('expected_output', sa.String(length=500), nullable=False),
    sa.Column('progress', sa.Integer(), nullable=False),
    sa.Column('progress_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_tasks'))
    )
    with op.batch_alter_table('commune_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_commune_tasks_unit_period', ['unit_code', 'period'], unique=False)

    op.create_table('commune_values',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=40), nullable=False),
    sa.Column('campaign_id', sa.String(length=80), nullable=False),
    sa.Column('criterion_id', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('verdict', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commune_values'))
    )
    with op.batch_alter_table('commune_values', schema=None) as batch_op:
        batch_op.create_index('ix_commune_values_unit_campaign_period', ['unit_code', 'campaign_id', 'period'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('commune_values', schema=None) as batch_op:
        batch_op.drop_index('ix_commune_values_unit_campaign_period')

    op.drop_table('commune_values')
    with op.batch_alter_table('commune_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_commune_tasks_unit_period')

    op.drop_table('commune_tasks')
    op.drop_table('commune_models')
    with op.batch_alter_table('commune_logs', schema=None) as batch_op:
        batch_op.drop_index('ix_commune_logs_unit_kind_date')

    op.drop_table('commune_logs')
