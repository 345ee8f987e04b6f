"""workshops

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 05:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("venue", sa.String(length=500), nullable=False),
        sa.Column("organiser", sa.String(length=500), nullable=False),
        sa.Column("facilitator", sa.String(length=500), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_workshop_capacity_at_least_1")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_workshop_title_required")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "workshop_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("attendance", sa.String(length=10), nullable=False),
        sa.Column("late_at", sa.Time(), nullable=True),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "attendance IN ('registered', 'present', 'late', 'absent')",
            name=op.f("ck_workshop_participant_attendance_known"),
        ),
        sa.CheckConstraint(
            "late_at IS NULL OR attendance = 'late'",
            name=op.f("ck_workshop_participant_late_at_only_when_late"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"],
            name=op.f("fk_workshop_participant_client_id_client"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"],
            name=op.f("fk_workshop_participant_workshop_id_workshop"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_participant")),
    )  # fmt: skip
    with op.batch_alter_table("workshop_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_participant_client_id"), ["client_id"], unique=False
        )
        batch_op.create_index(
            "ux_workshop_participant_client", ["workshop_id", "client_id"], unique=True
        )

    op.create_table(
        "questionnaire_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=10), nullable=False),
        sa.Column("item", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "item != 'consider_ordering' OR score <= 3",
            name=op.f("ck_questionnaire_answer_ordering_1_to_3"),
        ),
        sa.CheckConstraint("phase IN ('before', 'after')", name=op.f("ck_questionnaire_answer_phase_known")),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_questionnaire_answer_score_1_to_5")),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["workshop_participant.id"],
            name=op.f("fk_questionnaire_answer_participant_id_workshop_participant"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_answer")),
    )  # fmt: skip
    with op.batch_alter_table("questionnaire_answer", schema=None) as batch_op:
        batch_op.create_index(
            "ux_questionnaire_answer_item", ["participant_id", "phase", "item"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("questionnaire_answer", schema=None) as batch_op:
        batch_op.drop_index("ux_questionnaire_answer_item")
    op.drop_table("questionnaire_answer")
    with op.batch_alter_table("workshop_participant", schema=None) as batch_op:
        batch_op.drop_index("ux_workshop_participant_client")
        batch_op.drop_index(batch_op.f("ix_workshop_participant_client_id"))
    op.drop_table("workshop_participant")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_starts_at"))
    op.drop_table("workshop")
