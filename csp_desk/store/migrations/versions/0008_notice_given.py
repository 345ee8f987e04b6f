"""an issued terms notice records when and how it was given, and the contract it was built from

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 09:10:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The table is rebuilt (batch mode), which drops its triggers: the two of 0005 that keep an issued
# notice (no delete during the retention period, no update ever) are made again, word for word.
_RETAIN = (
    "CREATE TRIGGER retain_issued_notice BEFORE DELETE ON issued_notice WHEN "
    "coalesce((SELECT e.keep_until IS NULL OR e.keep_until > date('now') FROM engagement e "
    "JOIN posting p ON p.work_item_id = e.work_item_id WHERE p.id = OLD.posting_id), "
    "date(OLD.issued_on, '+3 years') > date('now')) "
    "BEGIN SELECT RAISE(ABORT, 'csp-desk retention: issued_notice'); END"
)
_UNCHANGED = (
    "CREATE TRIGGER unchanged_issued_notice BEFORE UPDATE ON issued_notice "
    "BEGIN SELECT RAISE(ABORT, 'csp-desk unchanged: issued_notice'); END"
)


def _postgresql() -> bool:
    # PostgreSQL alters the table in place and keeps its triggers (store/guards.py): only the
    # one refusing updates steps aside while the new column is filled
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgresql():
        op.execute("DROP TRIGGER IF EXISTS unchanged_issued_notice ON issued_notice")
    else:
        op.execute("DROP TRIGGER IF EXISTS unchanged_issued_notice")
        op.execute("DROP TRIGGER IF EXISTS retain_issued_notice")
    with op.batch_alter_table("issued_notice", schema=None, recreate="auto" if _postgresql() else "always") as batch_op:
        batch_op.add_column(sa.Column("given_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("channel", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("work_contract_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_issued_notice_work_contract_id"), ["work_contract_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_notice_work_contract_id_work_contract"),
            "work_contract",
            ["work_contract_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    # the notices issued before were given, as far as anyone recorded, on the day they were written
    op.execute("UPDATE issued_notice SET given_on = issued_on")
    if _postgresql():
        op.execute(_UNCHANGED_PG)
        return
    op.execute(_RETAIN)
    op.execute(_UNCHANGED)


_UNCHANGED_PG = (
    "CREATE TRIGGER unchanged_issued_notice BEFORE UPDATE ON issued_notice "
    "FOR EACH ROW EXECUTE FUNCTION unchanged_issued_notice()"
)


def downgrade() -> None:
    if _postgresql():
        with op.batch_alter_table("issued_notice", schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f("fk_issued_notice_work_contract_id_work_contract"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f("ix_issued_notice_work_contract_id"))
            batch_op.drop_column("work_contract_id")
            batch_op.drop_column("channel")
            batch_op.drop_column("given_on")
        return
    op.execute("DROP TRIGGER IF EXISTS unchanged_issued_notice")
    op.execute("DROP TRIGGER IF EXISTS retain_issued_notice")
    with op.batch_alter_table("issued_notice", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_issued_notice_work_contract_id_work_contract"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_issued_notice_work_contract_id"))
        batch_op.drop_column("work_contract_id")
        batch_op.drop_column("channel")
        batch_op.drop_column("given_on")
    op.execute(_RETAIN)
    op.execute(_UNCHANGED)
