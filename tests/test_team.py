"""A team on the server: who sees and changes what is the database's own rule. Each test signs in
as the team's members, one connection each, and proves in SQL what the server lets them read
and what it refuses, as psql or any other program would meet it, not only the window."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from csp_desk.services import team
from csp_desk.store.db import open_store

pytestmark = pytest.mark.postgresql_only

PEOPLE = {"alice": "producer", "bob": "producer", "fay": "facilitator", "vic": "viewer", "ada": "admin"}


@dataclass
class Team:
    url: str
    server: object
    logins: dict[str, str] = field(default_factory=dict)
    _open: list = field(default_factory=list)

    def address(self, who: str) -> str:
        return self.server.as_member(self.url, self.logins[who], f"pw-{who}")  # type: ignore[attr-defined]

    def sql(self, who: str):  # type: ignore[no-untyped-def]
        import psycopg

        connection = psycopg.connect(self.address(who), autocommit=True)
        self._open.append(connection)
        return connection

    def store(self, who: str):  # type: ignore[no-untyped-def]
        store = open_store(self.address(who))
        self._open.append(store)
        return store


@pytest.fixture
def crew(postgres):
    url = postgres.new_database()
    owner = open_store(url)
    made = Team(url, postgres)
    team.init_team(owner)
    for who, role in PEOPLE.items():
        login = postgres.login(url, who)
        made.logins[who] = login
        assert team.add_member(owner, login, role, who.title(), f"pw-{who}")
    owner.close()
    yield made
    for thing in made._open:
        thing.close()
    postgres.drop(url)


def refused(connection, statement: str, params: tuple = ()) -> str:  # type: ignore[no-untyped-def]
    import psycopg

    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        connection.execute(statement, params)
    return str(caught.value)


def one(connection, statement: str, params: tuple = ()):  # type: ignore[no-untyped-def]
    return connection.execute(statement, params).fetchone()


def insert(table: str, **values: object) -> tuple[str, tuple]:
    """An INSERT of a whole row in plain SQL, as another program writes it: the values given, and
    the program's defaults for the rest (the columns the server fills itself left to it)."""
    from datetime import date, datetime

    from csp_desk.store.models import Base

    row = dict(values)
    for column in Base.metadata.tables[table].columns:
        if column.name in row or column.primary_key or column.server_default is not None:
            continue
        if column.default is not None and not callable(column.default.arg):
            row[column.name] = column.default.arg
        elif not column.nullable:
            kind = column.type.python_type
            row[column.name] = {str: "", int: 0, bool: False, date: date.today(),
                                datetime: datetime.now()}[kind]  # fmt: skip
    names = ", ".join(row)
    marks = ", ".join(["%s"] * len(row))
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) RETURNING id", tuple(row.values())


def add(connection, table: str, **values: object) -> int:  # type: ignore[no-untyped-def]
    return one(connection, *insert(table, **values))[0]


def a_client_with_an_order(connection) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A client, its consultation, problem, work item, posting and order, made by `connection`'s user."""
    ids = {"client": add(connection, "client", name="山田工務店")}
    ids["consultation"] = add(connection, "consultation", client_id=ids["client"])
    ids["problem"] = add(connection, "problem", consultation_id=ids["consultation"], title="集客")
    return ids


def test_a_producer_sees_their_own_clients_and_nobody_elses(crew):
    alice, bob = crew.sql("alice"), crew.sql("bob")
    ids = a_client_with_an_order(alice)
    assert one(alice, "SELECT owner FROM client WHERE id = %s", (ids["client"],))[0] == crew.logins["alice"]
    # bob reads nothing of it, down the chain
    for table in ("client", "consultation", "problem"):
        assert one(bob, f"SELECT count(*) FROM {table}")[0] == 0, table
    # and changes nothing of it: his UPDATE and DELETE find no row, his INSERT under it is refused
    assert bob.execute("UPDATE client SET name = '乗っ取り' WHERE id = %s", (ids["client"],)).rowcount == 0
    assert bob.execute("DELETE FROM problem WHERE id = %s", (ids["problem"],)).rowcount == 0
    assert "row-level security" in refused(bob, *insert("consultation", client_id=ids["client"]))
    # a client made in another's name is refused too
    refused(bob, *insert("client", name="他人名義", owner=crew.logins["alice"]))
    assert one(alice, "SELECT name FROM client WHERE id = %s", (ids["client"],))[0] == "山田工務店"


def test_a_shared_client_is_seen_and_changed_but_not_taken(crew):
    alice, bob, fay = crew.sql("alice"), crew.sql("bob"), crew.sql("fay")
    ids = a_client_with_an_order(alice)
    # bob cannot share alice's client with himself, nor can fay
    refused(
        bob,
        "INSERT INTO client_share (client_id, login) VALUES (%s, %s)",
        (ids["client"], crew.logins["bob"]),
    )
    alice.execute(
        "INSERT INTO client_share (client_id, login) VALUES (%s, %s)", (ids["client"], crew.logins["bob"])
    )
    assert one(bob, "SELECT count(*) FROM problem")[0] == 1
    assert (
        bob.execute("UPDATE client SET phone = '03-1234-5678' WHERE id = %s", (ids["client"],)).rowcount == 1
    )
    assert "owner" in refused(
        bob, "UPDATE client SET owner = %s WHERE id = %s", (crew.logins["bob"], ids["client"])
    )
    assert one(fay, "SELECT count(*) FROM client")[0] == 0
    # alice takes the share back: bob sees nothing again
    alice.execute("DELETE FROM client_share WHERE client_id = %s", (ids["client"],))
    assert one(bob, "SELECT count(*) FROM client")[0] == 0


def test_a_viewer_reads_everything_and_changes_nothing(crew):
    alice, vic = crew.sql("alice"), crew.sql("vic")
    ids = a_client_with_an_order(alice)
    assert one(vic, "SELECT count(*) FROM problem")[0] == 1
    assert "permission denied" in refused(vic, "UPDATE client SET name = 'x' WHERE id = %s", (ids["client"],))
    refused(vic, *insert("client", name="閲覧者の客"))
    refused(vic, "DELETE FROM problem")
    refused(vic, "UPDATE setting SET value = '1'")
    refused(vic, "INSERT INTO team_member (login, role) VALUES ('vic2', 'admin')")
    assert one(alice, "SELECT count(*) FROM client")[0] == 1


def test_a_facilitator_sees_their_workshops_participants_and_orders_nothing(crew, postgres):
    alice, fay = crew.sql("alice"), crew.sql("fay")
    ids = a_client_with_an_order(alice)
    workshop = [add(fay, "workshop", title="DX入門", capacity=20)]
    assert one(fay, "SELECT owner FROM workshop")[0] == crew.logins["fay"]
    assert one(alice, "SELECT count(*) FROM workshop")[0] == 0  # not hers
    # a client fay cannot see cannot be put into her workshop (it would show it to her)
    refused(fay, *insert("workshop_participant", workshop_id=workshop[0], client_id=ids["client"]))
    # her own participant: a client she makes, seen with its consultations
    own = add(fay, "client", name="参加者の会社")
    add(fay, "workshop_participant", workshop_id=workshop[0], client_id=own)
    add(fay, "consultation", client_id=own)
    assert one(fay, "SELECT count(*) FROM client")[0] == 1
    # alice's client joins fay's workshop once alice shares it with her
    alice.execute(
        "INSERT INTO client_share (client_id, login) VALUES (%s, %s)", (ids["client"], crew.logins["fay"])
    )
    add(fay, "workshop_participant", workshop_id=workshop[0], client_id=ids["client"])
    assert one(fay, "SELECT count(*) FROM client")[0] == 2
    # ordering is a producer's: fay reads orders but may not make one, nor a worker
    item = add(
        fay,
        "work_item",
        problem_id=add(fay, "problem", consultation_id=add(fay, "consultation", client_id=own), title="名刺"),
        title="名刺デザイン",
        order_type="competition",
    )
    assert "permission denied" in refused(
        fay, *insert("engagement", work_item_id=item, client_id=own, order_type="competition", state="draft")
    )
    refused(fay, *insert("worker", name="山本"))


def test_an_admin_sees_and_changes_all_and_gives_clients_away(crew):
    alice, ada, bob = crew.sql("alice"), crew.sql("ada"), crew.sql("bob")
    ids = a_client_with_an_order(alice)
    assert one(ada, "SELECT count(*) FROM problem")[0] == 1
    assert (
        ada.execute(
            "UPDATE client SET owner = %s WHERE id = %s", (crew.logins["bob"], ids["client"])
        ).rowcount
        == 1
    )
    assert one(bob, "SELECT name FROM client")[0] == "山田工務店"
    assert one(alice, "SELECT count(*) FROM client")[0] == 0


def test_the_audit_log_names_who_changed_what_and_shows_each_only_theirs(crew):
    alice, bob, ada = crew.sql("alice"), crew.sql("bob"), crew.sql("ada")
    bob_store = crew.store("bob")
    from csp_desk.store.models import PlatformEntry

    with bob_store.write() as session:  # through the program: the platform register is audited
        session.add(PlatformEntry(key="team-test", name_ja="テスト", name_en="Test", custom=True))
    # a row claiming to be another's is signed by whoever wrote it all the same
    alice.execute(
        "INSERT INTO audit_log (at, table_name, record_id, action, changes, actor) "
        "VALUES (now(), 'posting', 999, 'update', '{}', %s)", (crew.logins["ada"],),
    )  # fmt: skip
    actors = {row[:2] for row in ada.execute("SELECT table_name, actor FROM audit_log")}
    assert actors == {("platform", crew.logins["bob"]), ("posting", crew.logins["alice"])}
    # bob reads his own entry; alice's is about a posting he does not see
    assert {row[0] for row in bob.execute("SELECT table_name FROM audit_log")} == {"platform"}


def test_the_rules_cover_every_table(crew, postgres):
    """A table added later gets a rule or is the team's on purpose: none is left open by mistake."""
    from csp_desk.store import team as rules

    listed = set(rules.TEAM_WIDE) | set(rules.FOLLOWS) | set(rules.OWN_RULES)
    assert set(rules.all_tables()) == listed
    import psycopg

    with psycopg.connect(crew.url, autocommit=True) as owner:
        open_tables = {
            row[0]
            for row in owner.execute(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
                "AND NOT relrowsecurity"
            )
        }
    assert open_tables == set(rules.TEAM_WIDE) | {"alembic_version", "team_member"}


def test_a_stranger_of_the_server_cannot_reach_the_team_database(crew, postgres):
    import psycopg

    stranger = postgres.login(crew.url, "stranger")
    postgres.run(f"CREATE ROLE {stranger} LOGIN PASSWORD 'pw-stranger'")
    with pytest.raises(psycopg.OperationalError, match="CONNECT"):
        psycopg.connect(postgres.as_member(crew.url, stranger, "pw-stranger"))


def test_the_team_is_made_and_run_from_the_command_line(postgres, tmp_path):
    """As the server's administrator and then a producer would type it: the demo on a new database,
    team init (which says the demo's clients belong to nobody yet), add-user with the password on
    standard input, list, assign, and a producer's check-out and check-in."""
    import json
    import os
    import subprocess
    import sys

    from tests.test_cli import ROOT

    def run(
        *args: object, given: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "csp_desk", *map(str, args)], input=given, capture_output=True, text=True,
            cwd=ROOT, timeout=120, env={**os.environ, "CSP_DESK_LANG": "ja", **(env or {})},
        )  # fmt: skip

    url = postgres.new_empty_database()
    try:
        assert run("demo", "--db", url, "--clients", 3).returncode == 0
        made = run("team", "init", "--db", url)
        assert made.returncode == 0, made.stderr
        assert "担当者のいない顧客が 3 件あります" in made.stdout
        hana = postgres.login(url, "hana")
        short = run("team", "add-user", hana, "--role", "producer", "--db", url, given="short\n")
        assert short.returncode == 1 and "8 文字以上" in short.stderr
        added = run("team", "add-user", hana, "--role", "producer", "--name", "山田 花子", "--db", url,
                    given="hana-password\n")  # fmt: skip
        assert added.returncode == 0 and "プロデューサー" in added.stdout, added.stderr
        listed = run("team", "list", "--json", "--db", url)
        assert json.loads(listed.stdout) == [{"login": hana, "name": "山田 花子", "role": "producer"}]
        assert "3 件" in run("team", "assign", hana, "--unowned", "--db", url).stdout
        as_hana = postgres.as_member(url, hana, "hana-password")
        refused = run("team", "add-user", "someone", "--role", "admin", "--db", as_hana)
        assert refused.returncode == 1 and "所有者だけです" in refused.stderr
        clients = json.loads(run("list", "clients", "--json", "--db", as_hana).stdout)
        assert len(clients) == 3  # hana's now
        out = tmp_path / "出張.sqlite3"
        taken = run("team", "check-out", "--client", clients[0]["id"], "--out", out, "--db", as_hana)
        assert taken.returncode == 0 and out.exists(), taken.stderr
        back = run("team", "check-in", out, env={"PGPASSWORD": "hana-password"})
        assert back.returncode == 0 and "変更 0 件、追加 0 件、削除 0 件" in back.stdout, back.stderr
        again = run("team", "check-in", out, env={"PGPASSWORD": "hana-password"})
        assert again.returncode == 1 and "戻しました" in again.stderr
        on_file = run("team", "init", "--db", tmp_path / "x.sqlite3")
        assert on_file.returncode == 1 and "PostgreSQL" in on_file.stderr
    finally:
        postgres.drop(url)


def test_an_orders_history_says_which_member_made_each_change(postgres, catalogue):
    from datetime import date

    from sqlalchemy import select

    from csp_desk.domain.lifecycle import State
    from csp_desk.services import orders
    from csp_desk.store.demo import fill_demo, fill_following
    from csp_desk.store.models import Engagement

    url = postgres.new_database()
    owner = open_store(url)
    try:
        fill_demo(owner, catalogue, clients=4, today=date(2026, 11, 26))
        fill_following(owner, workers=5, today=date(2026, 11, 26))
        team.init_team(owner)
        login = postgres.login(url, "alice")
        team.add_member(owner, login, "producer", "山田 花子", "pw-alice-1")
        team.assign(owner, login, None)
        with owner.session() as session:
            draft = session.scalars(
                select(Engagement.id).where(
                    Engagement.state == State.DRAFT.value, Engagement.order_type == "project"
                )
            ).first()
        assert draft is not None
        alice = open_store(postgres.as_member(url, login, "pw-alice-1"))
        orders.take_step(alice, draft, State.POSTED, date(2026, 11, 27))
        history = orders.order_view(alice, draft, date(2026, 11, 27)).history
        assert [line.by for line in history if line.record == "engagement"][-1] == "山田 花子"
        assert {line.by for line in history if line.at.date() < date(2026, 11, 27)} <= {
            ""
        }  # the demo's: nobody's
        alice.close()
    finally:
        owner.close()
        postgres.drop(url)


def test_no_member_can_stand_in_a_table_of_their_own_for_the_teams(crew):
    """A temporary table named like one a rule reads (team_member, client) would be read in its
    place: members may not make temporary tables, and the rules' functions name their tables."""
    bob = crew.sql("bob")
    for statement in ("CREATE TEMP TABLE team_member (login text, display_name text, role text)",
                      "CREATE TEMP TABLE client (id int, owner text)"):  # fmt: skip
        assert "permission denied" in refused(bob, statement)
    with crew.sql("alice") as alice:
        assert a_client_with_an_order(alice)
    assert one(bob, "SELECT csp_team_role()")[0] == "producer"
    assert one(bob, "SELECT count(*) FROM client")[0] == 0
    assert one(bob, "SELECT proconfig FROM pg_proc WHERE proname = 'retain_engagement'")[0] == [
        "search_path=pg_catalog, public, pg_temp"
    ]


def test_taking_a_share_back_takes_the_sight_away_even_from_a_workshop(crew):
    alice, bob = crew.sql("alice"), crew.sql("bob")
    ids = a_client_with_an_order(alice)
    alice.execute(
        "INSERT INTO client_share (client_id, login) VALUES (%s, %s)", (ids["client"], crew.logins["bob"])
    )
    workshop = add(bob, "workshop", title="セミナー", capacity=10)
    add(bob, "workshop_participant", workshop_id=workshop, client_id=ids["client"])
    assert one(bob, "SELECT count(*) FROM client")[0] == 1
    alice.execute("DELETE FROM client_share WHERE client_id = %s", (ids["client"],))
    assert one(bob, "SELECT count(*) FROM client")[0] == 0
    assert one(bob, "SELECT count(*) FROM consultation")[0] == 0


def test_a_row_may_point_only_at_rows_its_writer_sees_through_every_reference(crew):
    """An order under bob's own client that points at alice's work item is refused: it would
    keep her from deleting the item and tell him which ids exist."""
    alice, bob = crew.sql("alice"), crew.sql("bob")
    ids = a_client_with_an_order(alice)
    hers = add(alice, "work_item", problem_id=ids["problem"], title="チラシ", order_type="project")
    mine = a_client_with_an_order(bob)
    assert "row-level security" in refused(
        bob,
        *insert(
            "engagement", work_item_id=hers, client_id=mine["client"], order_type="project", state="draft"
        ),
    )
