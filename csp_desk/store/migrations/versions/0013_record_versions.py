"""versions of the records a form edits besides clients (0011): consultations, work items,
postings and workers. Two people saving the same record: what only the other changed is kept,
a field both changed refuses the second save (store/versions.py)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 06:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("consultation", "work_item", "posting", "worker")


def upgrade() -> None:
    # plain ADD COLUMNs: no table is rebuilt, so no guard on it is dropped
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:  # SQLite's own DROP COLUMN: the tables keep their guards
        op.drop_column(table, "version")
