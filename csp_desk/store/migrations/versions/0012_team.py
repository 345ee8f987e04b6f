"""a team: who owns a client and a workshop, clients shared between producers, the team's
members and their roles, and who made each change in the audit log

The rules of who sees what (PostgreSQL row-level security, the roles' grants) are not made
here: `csp-desk team init` makes them (store/team.py), as they need roles of the server, and a
laptop's file has one user.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 06:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    # plain ADD COLUMNs: no table is rebuilt, so no guard on it is dropped. Records made before
    # have no owner (''): an admin gives them to a producer (csp-desk team assign)
    op.add_column("client", sa.Column("owner", sa.String(63), server_default="", nullable=False))
    op.add_column("workshop", sa.Column("owner", sa.String(63), server_default="", nullable=False))
    op.add_column("audit_log", sa.Column("actor", sa.String(63), server_default="", nullable=False))
    op.create_table(
        "team_member",
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("display_name", sa.String(200), server_default="", nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("added_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_member")),
        sa.CheckConstraint(
            "role IN ('admin', 'producer', 'facilitator', 'viewer')", name=op.f("ck_team_member_known_role")
        ),
    )
    if server:  # a new record belongs to the team member who made it (anybody else's: nobody's)
        op.execute(
            """CREATE OR REPLACE FUNCTION csp_new_owner() RETURNS varchar LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT login FROM team_member WHERE login = current_user), '')
$$"""
        )
        op.execute("ALTER TABLE client ALTER COLUMN owner SET DEFAULT csp_new_owner()")
        op.execute("ALTER TABLE workshop ALTER COLUMN owner SET DEFAULT csp_new_owner()")
        # the audit log's actor is the server's word, not the program's
        op.execute(
            """CREATE OR REPLACE FUNCTION csp_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.actor := session_user;
  RETURN NEW;
END $$"""
        )
        op.execute(
            "CREATE TRIGGER audit_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION csp_audit_actor()"
        )
    op.create_table(
        "client_share",
        sa.Column(
            "client_id",
            sa.Integer(),
            sa.ForeignKey("client.id", name=op.f("fk_client_share_client_id_client"), ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("granted_by", sa.String(63), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("client_id", "login", name=op.f("pk_client_share")),
    )
    op.create_index("ix_client_share_login", "client_share", ["login"])
    op.create_index("ix_client_owner", "client", ["owner"])


def downgrade() -> None:
    server = op.get_bind().dialect.name == "postgresql"
    op.drop_index("ix_client_owner", table_name="client")
    op.drop_table("team_member")
    op.drop_index("ix_client_share_login", table_name="client_share")
    op.drop_table("client_share")
    if server:
        op.execute("DROP TRIGGER IF EXISTS audit_actor ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS csp_audit_actor()")
        for table in ("client", "workshop"):
            op.execute(f"ALTER TABLE {table} ALTER COLUMN owner SET DEFAULT ''")
        op.execute("DROP FUNCTION IF EXISTS csp_new_owner()")
    # SQLite's own DROP COLUMN, not a rebuild: the audit log keeps its guards (0005)
    for table, column in (("audit_log", "actor"), ("workshop", "owner"), ("client", "owner")):
        op.drop_column(table, column)
