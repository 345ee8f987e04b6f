"""a client's version: two producers editing the same client, the second save is refused with
what the first changed (optimistic versions), never silently overwritten

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 04:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: the client table is not rebuilt, so nothing on it is dropped
    op.add_column("client", sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("version")
