"""business settings in the database (the command line sees what the window set): a key-value
table, and the producer's fee rate remembered per client

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 00:15:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("length(trim(key)) > 0", name=op.f("ck_setting_key_required")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    # a plain ADD COLUMN: the client table is not rebuilt, so nothing on it is dropped
    op.add_column("client", sa.Column("fee_rate", sa.String(length=20), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("fee_rate")
    op.drop_table("setting")
