"""a workshop participant remembers the consultation of its work and its follow-up consultation

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 06:20:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop_participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("work_consultation_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_consultation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_workshop_participant_work_consultation_id_consultation"),
            "consultation",
            ["work_consultation_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_workshop_participant_follow_up_consultation_id_consultation"),
            "consultation",
            ["follow_up_consultation_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop_participant", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_workshop_participant_follow_up_consultation_id_consultation"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_workshop_participant_work_consultation_id_consultation"), type_="foreignkey"
        )
        batch_op.drop_column("follow_up_consultation_id")
        batch_op.drop_column("work_consultation_id")
