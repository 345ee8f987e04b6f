"""clients taken along offline: on a team's server, which client is taken by whom; in the file a
producer takes them to (a csp-desk database of its own), where each came from and what it was
when taken (store/checkout.py)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 07:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client_checkout",
        sa.Column(
            "client_id",
            sa.Integer(),
            sa.ForeignKey("client.id", name=op.f("fk_client_checkout_client_id_client"), ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("login", sa.String(63), server_default="", nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_checkout")),
    )
    op.create_table(
        "checkout",
        sa.Column(
            "client_id",
            sa.Integer(),
            sa.ForeignKey("client.id", name=op.f("fk_checkout_client_id_client"), ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("server", sa.String(1000), nullable=False),
        sa.Column("login", sa.String(63), server_default="", nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=False),
        sa.Column("brought_back_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_checkout")),
    )


def downgrade() -> None:
    op.drop_table("checkout")
    op.drop_table("client_checkout")
