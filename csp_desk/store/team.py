"""A team on a PostgreSQL server: its members and their roles, and who sees and changes what,
enforced by the database itself (grants and row-level security), not only by the window. A
program that reaches the database past csp-desk (psql, a script) meets the same refusals.

- admin: sees and changes everything.
- producer: their own clients (Client.owner) and those shared with them (client_share), with
  everything that belongs to them (consultations, work
  items, postings, orders, contracts, payments); their own workshops. Workers, platforms and the
  business settings are the team's.
- facilitator: as a producer for clients and workshops, but orders, contracts and payments,
  the workers and the platform register only read.
- viewer: reads everything, changes nothing.

Each role is a group role of the server, one set per database (`group_role`); a member is a
login role in one of them, and a row in `team_member` (their name as shown, their role). Only
the database's owner (with the right to create roles) makes the team and adds members.

`apply` is idempotent: `csp-desk team init` runs it, and opening a team database as its owner
runs it again after a migration, so a new table is never left without its rules."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from .models import Base

ROLES = ("admin", "producer", "facilitator", "viewer")
WRITERS = ("admin", "producer", "facilitator")

TEAM_WIDE = ("worker", "platform", "platform_fee", "platform_check", "setting", "producer")
"""Tables the whole team reads (and, by grant, writes): no row of them belongs to one client."""

FOLLOWS: dict[str, tuple[str, str]] = {
    "consultation": ("client_id", "client"),
    "engagement": ("client_id", "client"),
    "contact_entry": ("client_id", "client"),
    "problem": ("consultation_id", "consultation"),
    "work_item": ("problem_id", "problem"),
    "posting": ("work_item_id", "work_item"),
    "posted_version": ("posting_id", "posting"),
    "finding_override": ("posting_id", "posting"),
    "issued_notice": ("posting_id", "posting"),
    "state_change": ("engagement_id", "engagement"),
    "application": ("engagement_id", "engagement"),
    "work_contract": ("engagement_id", "engagement"),
    "trouble": ("engagement_id", "engagement"),
    "milestone": ("contract_id", "work_contract"),
    "delivery": ("contract_id", "work_contract"),
    "revision_request": ("contract_id", "work_contract"),
    "contract_change": ("contract_id", "work_contract"),
    "work_payment": ("contract_id", "work_contract"),
    "rating": ("contract_id", "work_contract"),
    "workshop_participant": ("workshop_id", "workshop"),
    "client_checkout": ("client_id", "client"),
    "checkout": ("client_id", "client"),
    "questionnaire_answer": ("participant_id", "workshop_participant"),
}
"""A row of each of these is seen (and changed) by whoever sees the row it belongs to: the
parent's own rule applies inside the subquery, so the chain reaches the client."""

SEES_ALL = "(SELECT csp_team_role() IN ('admin', 'viewer'))"
IS_ADMIN = "(SELECT csp_team_role() = 'admin')"

ALSO_CHECKED = {
    "engagement": "work_item_id IN (SELECT id FROM work_item)",
    "contact_entry": "(engagement_id IS NULL OR engagement_id IN (SELECT id FROM engagement))",
    "work_contract": "(application_id IS NULL OR application_id IN (SELECT id FROM application))",
    # a workshop takes only clients its holder sees
    "workshop_participant": "client_id IN (SELECT id FROM client)"
    " AND (work_consultation_id IS NULL OR work_consultation_id IN (SELECT id FROM consultation))"
    " AND (follow_up_consultation_id IS NULL OR follow_up_consultation_id IN (SELECT id FROM consultation))",
    # a taken-along mark is its taker's (or an admin's)
    "client_checkout": f"(login = current_user OR {IS_ADMIN})",
}
"""A row written must point only at rows its writer sees, through every reference, not only the
one its rule follows (an order under one's own client pointing at another's work item)."""

OWN_RULES = ("client", "workshop", "client_share", "audit_log", "team_member")
"""Tables with rules of their own (below)."""

ORDER_TABLES = (
    "engagement", "state_change", "application", "work_contract", "milestone", "delivery",
    "revision_request", "contract_change", "work_payment", "rating", "trouble", "contact_entry",
    "posted_version", "issued_notice", "worker", "platform", "platform_fee", "platform_check",
)  # fmt: skip
"""What a facilitator only reads: ordering, contracts and payments are a producer's work."""

NOT_WRITTEN = ("team_member", "alembic_version")
"""Written by the owner only (team add-user, migrations)."""


def all_tables() -> list[str]:
    return sorted(Base.metadata.tables)


def group_role(database: str, role: str) -> str:
    """The server's group role of `role` for one database (roles are the whole server's)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())
    name = f"csp_desk_{base}_{role}"
    if len(name) > 63:
        name = f"csp_desk_{hashlib.sha256(database.encode()).hexdigest()[:16]}_{role}"
    return name


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'



def _functions(schema: str) -> list[str]:
    """The rules' functions. Every table they read is named with its schema and their search path
    ends with pg_temp: a member's temporary table of the same name is never read in its place
    (PostgreSQL would search pg_temp first), and `apply` takes the right to make them away too."""
    s = _quoted(schema)
    path = f"SET search_path = pg_catalog, {s}, pg_temp"
    return [
        # a member's role; NULL for anybody else (the owner, who is under no rule, and strangers)
        f"""CREATE OR REPLACE FUNCTION {s}.csp_team_role() RETURNS text LANGUAGE sql STABLE {path} AS $$
  SELECT role FROM {s}.team_member WHERE login = current_user
$$""",
        # whether the one signed in owns a client, asked by the rule of client_share (which the
        # client's own rule reads: PostgreSQL refuses such loops), without the client's rule
        f"""CREATE OR REPLACE FUNCTION {s}.csp_owns_client(cid integer) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER {path} AS $$
  SELECT EXISTS (SELECT 1 FROM {s}.client WHERE id = cid AND owner = session_user)
$$""",
        f"DROP FUNCTION IF EXISTS {s}.csp_sees_client(integer)",  # of an earlier version
        *_set_functions(s, path),
        # a client changes hands only by its owner, an admin or the database's owner (a producer
        # it is shared with may change it, but not take it)
        f"""CREATE OR REPLACE FUNCTION {s}.csp_client_owner() RETURNS trigger LANGUAGE plpgsql {path} AS $$
BEGIN
  IF NEW.owner IS DISTINCT FROM OLD.owner AND {s}.csp_team_role() IS NOT NULL
     AND {s}.csp_team_role() <> 'admin' AND OLD.owner <> current_user THEN
    RAISE EXCEPTION 'permission denied for the owner of client %', OLD.id USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$""",
        "DROP TRIGGER IF EXISTS team_client_owner ON client",
        "CREATE TRIGGER team_client_owner BEFORE UPDATE OF owner ON client "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.csp_client_owner()",
    ]


SETS = {
    "client": "clients",
    "consultation": "consultations",
    "problem": "problems",
    "work_item": "work_items",
    "posting": "postings",
    "engagement": "engagements",
    "work_contract": "contracts",
}
"""Parents whose rows one may see are given by a function each (csp_my_clients() …): the ids of
one's own and shared clients and of what belongs to them, read past the rules (SECURITY DEFINER,
by the one signed in) along the keys' indexes. A rule reading its parent through the parent's own
rule instead re-weighs the whole chain up to the client for each subquery of a list: 0.8 s for
the orders list of the large demo, against ~0.1 s."""

_MINE = (
    "(SELECT id FROM {s}.client WHERE owner = session_user "
    "UNION SELECT client_id FROM {s}.client_share WHERE login = session_user)"
)
_SET_BODIES = {
    "clients": _MINE[1:-1],
    "consultations": "SELECT id FROM {s}.consultation WHERE client_id IN " + _MINE,
    "problems": "SELECT p.id FROM {s}.problem p JOIN {s}.consultation c ON c.id = p.consultation_id "
    "WHERE c.client_id IN " + _MINE,
    "work_items": "SELECT w.id FROM {s}.work_item w JOIN {s}.problem p ON p.id = w.problem_id "
    "JOIN {s}.consultation c ON c.id = p.consultation_id WHERE c.client_id IN " + _MINE,
    "postings": "SELECT t.id FROM {s}.posting t JOIN {s}.work_item w ON w.id = t.work_item_id "
    "JOIN {s}.problem p ON p.id = w.problem_id JOIN {s}.consultation c ON c.id = p.consultation_id "
    "WHERE c.client_id IN " + _MINE,
    "engagements": "SELECT id FROM {s}.engagement WHERE client_id IN " + _MINE,
    "contracts": "SELECT w.id FROM {s}.work_contract w JOIN {s}.engagement e ON e.id = w.engagement_id "
    "WHERE e.client_id IN " + _MINE,
}


def _set_functions(s: str, path: str) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION {s}.csp_my_{name}() RETURNS SETOF integer LANGUAGE sql STABLE
SECURITY DEFINER {path} ROWS 2000 AS $$ {body.format(s=s)} $$"""
        for name, body in _SET_BODIES.items()
    ]


def _client_rule() -> str:
    # a workshop gives no sight of a client: a facilitator sees the clients they made and those
    # shared with them (so taking a share back takes the sight away, workshop or not)
    return (
        f"{SEES_ALL} OR owner = current_user"
        " OR id IN (SELECT client_id FROM client_share WHERE login = current_user)"
    )


def _audit_rule() -> str:
    from .audit import AUDITED

    parts = [f"{SEES_ALL}", "actor = current_user"]
    for model in AUDITED:
        table = model.__tablename__
        if table in TEAM_WIDE:
            parts.append(f"table_name = '{table}'")
        else:
            parts.append(f"(table_name = '{table}' AND record_id IN (SELECT id FROM {table}))")
    return " OR ".join(parts)


def _policies(groups: dict[str, str]) -> list[str]:
    """CREATE POLICY statements of every table that has rows of its own to hide."""
    everyone = ", ".join(_quoted(groups[r]) for r in ROLES)
    writers = ", ".join(_quoted(groups[r]) for r in WRITERS)
    out: list[str] = []

    def rule(table: str, read: str, write: str | None = None, *, split: bool = False) -> None:
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"CREATE POLICY team_read ON {table} FOR SELECT TO {everyone} USING ({read})")
        if split:  # a rule that may not be read back by another table's rule (no loops)
            out.append(f"CREATE POLICY team_add ON {table} FOR INSERT TO {writers} WITH CHECK ({write})")
            out.append(f"CREATE POLICY team_remove ON {table} FOR DELETE TO {writers} USING ({read})")
            return
        # one policy a command, none FOR ALL: a read then weighs the read rule once, not twice
        check = write or read
        out.append(f"CREATE POLICY team_add ON {table} FOR INSERT TO {writers} WITH CHECK ({check})")
        out.append(
            f"CREATE POLICY team_change ON {table} FOR UPDATE TO {writers} "
            f"USING ({read}) WITH CHECK ({check})"
        )
        out.append(f"CREATE POLICY team_remove ON {table} FOR DELETE TO {writers} USING ({read})")

    rule("client", _client_rule())
    rule("workshop", f"{SEES_ALL} OR owner = current_user", f"{IS_ADMIN} OR owner = current_user")
    # who a client is shared with: read without looking at the client (the client's own rule
    # reads this table); shared by its owner or an admin, undone by either side
    rule(
        "client_share",
        f"{SEES_ALL} OR login = current_user OR granted_by = current_user",
        f"granted_by = current_user AND ({IS_ADMIN} OR csp_owns_client(client_id))",
        split=True,
    )
    out.append("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
    out.append(f"CREATE POLICY team_read ON audit_log FOR SELECT TO {everyone} USING ({_audit_rule()})")
    out.append(
        f"CREATE POLICY team_add ON audit_log FOR INSERT TO {writers} WITH CHECK (actor = session_user)"
    )
    for table, (column, parent) in FOLLOWS.items():
        if parent in SETS:  # the ids one may see of the parent, made once by a quick function
            read = f"{SEES_ALL} OR {column} IN (SELECT * FROM csp_my_{SETS[parent]}())"
        else:  # the parent's rows as its own rule shows them
            read = f"{column} IN (SELECT id FROM {parent})"
        also = ALSO_CHECKED.get(table)
        rule(table, read, f"{read} AND {also}" if also else None)
    return out


def _drop_policies(connection: Connection) -> None:
    for table, name in connection.execute(
        text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema()")
    ):
        connection.exec_driver_sql(f"DROP POLICY IF EXISTS {_quoted(name)} ON {_quoted(table)}")


def groups_of(connection: Connection) -> dict[str, str]:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return {role: group_role(database, role) for role in ROLES}


def exists(connection: Connection) -> bool:
    """Whether this database has a team (its group roles were made: team init)."""
    groups = groups_of(connection)
    found = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(groups.values())}
    ).scalar_one()
    return bool(found)


def apply(connection: Connection) -> None:
    """Makes (again) the team's group roles, their grants and every rule, in one transaction."""
    groups = groups_of(connection)
    run = _runner(connection)
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    have = {
        r[0]
        for r in connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"), {"n": list(groups.values())}
        )
    }
    for group in groups.values():
        if group not in have:
            run(f"CREATE ROLE {_quoted(group)} NOLOGIN")
    # only the team reaches this database, and nobody but its owner makes temporary tables there
    # (one named like a table a rule reads would be read in its place)
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {_quoted(database)} FROM PUBLIC")
    members = ", ".join(_quoted(g) for g in groups.values())
    run(f"GRANT CONNECT ON DATABASE {_quoted(database)} TO {members}")
    tables = [*all_tables(), "alembic_version"]
    listed = ", ".join(tables)
    run(f"REVOKE ALL ON {listed} FROM {members}")
    run(f"GRANT SELECT ON {listed} TO {members}")
    written = [t for t in tables if t not in (*NOT_WRITTEN, "audit_log")]
    run(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(written)} TO {_quoted(groups['admin'])}, "
        f"{_quoted(groups['producer'])}")  # fmt: skip
    facilitated = [t for t in written if t not in ORDER_TABLES]
    run(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(facilitated)} TO {_quoted(groups['facilitator'])}")
    writers = ", ".join(_quoted(groups[r]) for r in WRITERS)
    run(f"GRANT INSERT ON audit_log TO {writers}")  # appended to by every change; never changed
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_quoted(_schema(connection))} TO {writers}")
    schema = _quoted(_schema(connection))
    for statement in _functions(_schema(connection)):
        run(statement)
    # the database's own guards (migrations 0005, 0008, 0012) read tables by name too
    for (signature,) in connection.execute(text(
        "SELECT p.oid::regprocedure::text FROM pg_proc p "
        "WHERE p.pronamespace = current_schema()::regnamespace "
        "AND (p.proname LIKE 'retain\\_%' OR p.proname LIKE 'unchanged\\_%' "
        "OR p.proname IN ('csp_refuse_truncate', 'csp_audit_actor', 'csp_new_owner'))"
    )):  # fmt: skip
        run(f"ALTER FUNCTION {signature} SET search_path = pg_catalog, {schema}, pg_temp")
    _drop_policies(connection)
    for statement in _policies(groups):
        run(statement)
    # the members listed (a backup restored into a new database) get their role's group again
    for login, role in connection.execute(
        text("SELECT m.login, m.role FROM team_member m JOIN pg_roles r ON r.rolname = m.login")
    ):
        run(f"GRANT {_quoted(groups[role])} TO {_quoted(login)}")
    # a client shared by whoever signed in (a writer cannot sign it as another)
    run("ALTER TABLE client_share ALTER COLUMN granted_by SET DEFAULT CURRENT_USER")


def _runner(connection: Connection):  # type: ignore[no-untyped-def]
    """Runs a statement as written (psycopg reads '%' as a placeholder's start)."""

    def run(statement: str) -> None:
        connection.exec_driver_sql(statement.replace("%", "%%"))

    return run


def _schema(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_schema()")).scalar_one())


@dataclass(frozen=True)
class Member:
    login: str
    display_name: str
    role: str
    """One of ROLES; 'owner' for the database's owner, who is under no rule."""


LOGIN_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")


def add_member(
    connection: Connection, login: str, role: str, display_name: str, password: str | None
) -> bool:
    """Adds (or changes the role of) a member; True when their sign-in was made new. A new
    sign-in needs a password; an existing one keeps its own unless one is given. The password
    reaches the server already hashed (SCRAM), so no server log holds it."""
    groups = groups_of(connection)
    run = _runner(connection)
    made = not login_exists(connection, login)
    secret = _hashed(connection, login, password) if password else None
    if made:
        run(f"CREATE ROLE {_quoted(login)} LOGIN PASSWORD '{secret}'")
    elif secret:
        run(f"ALTER ROLE {_quoted(login)} PASSWORD '{secret}'")
    for other in ROLES:
        run(f"REVOKE {_quoted(groups[other])} FROM {_quoted(login)}")
    run(f"GRANT {_quoted(groups[role])} TO {_quoted(login)}")
    connection.execute(
        text(
            "INSERT INTO team_member (login, display_name, role) VALUES (:l, :d, :r) "
            "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role"
        ),
        {"l": login, "d": display_name, "r": role},
    )
    return made


def login_exists(connection: Connection, login: str) -> bool:
    """Whether the server knows the sign-in (of this team or another database's)."""
    return bool(
        connection.execute(
            text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n)"), {"n": login}
        ).scalar_one()
    )


def _hashed(connection: Connection, login: str, password: str) -> str:
    raw = connection.connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode().replace("'", "''")


def remove_member(connection: Connection, login: str) -> bool:
    """Takes a member off the team (their sign-in stays: other databases may know it). False when
    they were not on it."""
    groups = groups_of(connection)
    gone = connection.execute(text("DELETE FROM team_member WHERE login = :l"), {"l": login}).rowcount
    if login_exists(connection, login):
        for role in ROLES:
            connection.exec_driver_sql(f"REVOKE {_quoted(groups[role])} FROM {_quoted(login)}")
    return bool(gone)


def members(connection: Connection) -> list[Member]:
    rows = connection.execute(text("SELECT login, display_name, role FROM team_member ORDER BY role, login"))
    return [Member(*row) for row in rows]


def signed_in(connection: Connection) -> Member:
    """Who this connection is: a member, or the owner (or any other sign-in under no team rule)."""
    row = connection.execute(
        text("SELECT m.login, m.display_name, m.role FROM team_member m WHERE m.login = current_user")
    ).first()
    if row is not None:
        return Member(*row)
    login = connection.execute(text("SELECT current_user")).scalar_one()
    return Member(login, "", "owner")


def assign(connection: Connection, login: str, client_ids: Iterable[int] | None) -> tuple[int, int]:
    """Gives clients (or, with None, every client and workshop without an owner) to a member;
    (clients, workshops) given."""
    if client_ids is None:
        clients = connection.execute(text("UPDATE client SET owner = :l WHERE owner = ''"), {"l": login})
        workshops = connection.execute(text("UPDATE workshop SET owner = :l WHERE owner = ''"), {"l": login})
        return clients.rowcount, workshops.rowcount
    ids = list(client_ids)
    done = connection.execute(
        text("UPDATE client SET owner = :l WHERE id = ANY(:ids)"), {"l": login, "ids": ids}
    )
    return done.rowcount, 0


def share(connection: Connection, client_id: int, login: str) -> bool:
    """Shares a client with a member; False when it already was."""
    done = connection.execute(
        text(
            "INSERT INTO client_share (client_id, login, granted_by) VALUES (:c, :l, current_user) "
            "ON CONFLICT DO NOTHING"
        ),
        {"c": client_id, "l": login},
    )
    return bool(done.rowcount)


def unowned(connection: Connection) -> int:
    return int(connection.execute(text("SELECT count(*) FROM client WHERE owner = ''")).scalar_one())


def drop_groups(connection: Connection, database: str) -> None:
    """Removes a dropped database's group roles (the tests' clean-up; a team's administrator
    does it with DROP ROLE)."""
    for role in ROLES:
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {_quoted(group_role(database, role))}")
