"""the producer's platform register: facts confirmed, dated fees, the 24-item checklist ticked

Nothing is copied from data/platforms.json: the shipped register is read from the file and these
rows are laid over it, so a newer shipped file still reaches a database upgraded before it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 11:01:27.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('platform',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('name_ja', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('custom', sa.Boolean(), nullable=False),
    sa.Column('project', sa.String(length=10), nullable=True),
    sa.Column('competition', sa.String(length=10), nullable=True),
    sa.Column('task', sa.String(length=10), nullable=True),
    sa.Column('escrow', sa.String(length=10), nullable=True),
    sa.Column('association_certified', sa.String(length=10), nullable=True),
    sa.Column('association_member', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("association_certified IS NULL OR association_certified IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_association_certified_known')),
    sa.CheckConstraint("association_member IS NULL OR association_member IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_association_member_known')),
    sa.CheckConstraint("competition IS NULL OR competition IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_competition_known')),
    sa.CheckConstraint("escrow IS NULL OR escrow IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_escrow_known')),
    sa.CheckConstraint("project IS NULL OR project IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_project_known')),
    sa.CheckConstraint("task IS NULL OR task IN ('yes', 'no', 'unknown')", name=op.f('ck_platform_task_known')),
    sa.CheckConstraint('length(trim(key)) > 0', name=op.f('ck_platform_key_required')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform')),
    sa.UniqueConstraint('key', name=op.f('uq_platform_key'))
    )
    op.create_table('platform_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Integer(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('item BETWEEN 1 AND 24', name=op.f('ck_platform_check_item_1_to_24')),
    sa.ForeignKeyConstraint(['platform_id'], ['platform.id'], name=op.f('fk_platform_check_platform_id_platform'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_check'))
    )
    with op.batch_alter_table('platform_check', schema=None) as batch_op:
        batch_op.create_index('ux_platform_check_item', ['platform_id', 'item'], unique=True)

    op.create_table('platform_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('rate_low_bp', sa.Integer(), nullable=True),
    sa.Column('rate_high_bp', sa.Integer(), nullable=True),
    sa.Column('minimum_yen', sa.Integer(), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('charged_when', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("side IN ('orderer', 'worker')", name=op.f('ck_platform_fee_side_known')),
    sa.CheckConstraint('minimum_yen IS NULL OR minimum_yen >= 0', name=op.f('ck_platform_fee_minimum_not_negative')),
    sa.CheckConstraint('rate_high_bp IS NULL OR rate_high_bp BETWEEN 0 AND 10000', name=op.f('ck_platform_fee_rate_high_0_to_100')),
    sa.CheckConstraint('rate_low_bp IS NULL OR rate_high_bp IS NULL OR rate_low_bp <= rate_high_bp', name=op.f('ck_platform_fee_rate_range_ordered')),
    sa.CheckConstraint('rate_low_bp IS NULL OR rate_low_bp BETWEEN 0 AND 10000', name=op.f('ck_platform_fee_rate_low_0_to_100')),
    sa.ForeignKeyConstraint(['platform_id'], ['platform.id'], name=op.f('fk_platform_fee_platform_id_platform'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_fee'))
    )
    with op.batch_alter_table('platform_fee', schema=None) as batch_op:
        batch_op.create_index('ux_platform_fee_side_as_of', ['platform_id', 'side', 'as_of'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('platform_fee', schema=None) as batch_op:
        batch_op.drop_index('ux_platform_fee_side_as_of')

    op.drop_table('platform_fee')
    with op.batch_alter_table('platform_check', schema=None) as batch_op:
        batch_op.drop_index('ux_platform_check_item')

    op.drop_table('platform_check')
    op.drop_table('platform')
