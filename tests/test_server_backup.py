"""A team database on the command line, as its administrator and a producer use it: the demo, a
list, an export, verify, a backup into a csp-desk file and a restore into a new, empty database."""

from __future__ import annotations

import json
from pathlib import Path

from csp_desk.store.db import open_store
from csp_desk.store.transfer import row_counts
from tests.postgres import Outside
from tests.test_cli import csp_desk


def test_a_team_database_is_filled_backed_up_verified_and_restored_from_the_command_line(postgres, tmp_path):
    team = postgres.new_empty_database()
    made = csp_desk("demo", "--db", team, "--clients", 3)
    assert made.returncode == 0, made.stderr
    listed = csp_desk("list", "clients", "--json", env={"CSP_DESK_DB": team})  # the variable works too
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 3
    client = json.loads(listed.stdout)[0]["id"]
    budget = csp_desk("export", "budget", "--client", client, "--db", team, "--out", tmp_path / "b.xlsx")
    assert budget.returncode == 0, budget.stderr
    assert (tmp_path / "b.xlsx").stat().st_size > 0

    sound = csp_desk("verify", "--db", team)
    assert sound.returncode == 0, sound.stderr
    from csp_desk.store.files import HEAD

    assert HEAD in sound.stdout and "csp:" not in sound.stdout  # no password, none to show

    backup = tmp_path / "team.sqlite3"
    taken = csp_desk("backup", "--db", team, "--out", backup)
    assert taken.returncode == 0, taken.stderr
    assert csp_desk("verify", "--db", backup).returncode == 0  # a csp-desk file like any other

    again = postgres.new_empty_database()
    restored = csp_desk("restore", "--db", again, backup)
    assert restored.returncode == 0, restored.stderr
    stores = [open_store(team), open_store(again), open_store(backup)]
    counts = [row_counts(store) for store in stores]
    assert counts[0] == counts[1] == counts[2] and counts[0]["engagement"] > 0
    from csp_desk.domain.client import ClientDraft
    from csp_desk.services import clients

    clients.save_client(stores[1], ClientDraft(name="復元後の新しい顧客"))  # numbering goes on after the copy
    for store in stores:
        store.close()

    refused = csp_desk("restore", "--db", again, backup)  # never over a database with records
    assert refused.returncode == 1
    assert "empty" in refused.stderr or "空" in refused.stderr
    store = open_store(again)
    assert row_counts(store)["client"] == counts[0]["client"] + 1
    store.close()
    for url in (team, again):
        postgres.drop(url)


def test_verify_finds_a_guard_someone_switched_off(postgres):
    team = postgres.new_empty_database()
    open_store(team).close()
    store = open_store(team)
    with Outside(store) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER unchanged_audit_log")
    store.close()
    found = csp_desk("verify", "--db", team)
    assert found.returncode == 1
    assert "unchanged_audit_log" in found.stderr
    postgres.drop(team)


def test_a_mistyped_server_address_changes_nothing_and_says_how_to_write_it():
    typed = csp_desk("list", "clients", "--db", "postgresql://desk.example.jp:port/team")
    assert typed.returncode != 0
    assert "postgresql://" in typed.stderr and "Traceback" not in typed.stderr


def _cells(path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    book = load_workbook(path)
    return [[c.value for c in row] for sheet in book.worksheets for row in sheet.iter_rows()]


def _paragraphs(path):  # type: ignore[no-untyped-def]
    from docx import Document

    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return texts


def test_every_export_reads_the_same_from_the_server_as_from_its_file(postgres, tmp_path):
    """The same records on PostgreSQL and in a SQLite file (the server's backup) give the same
    documents: the queries mean the same on both engines."""
    from sqlalchemy import select

    from csp_desk.store.models import IssuedNotice, WorkContract

    team = postgres.new_empty_database()
    assert csp_desk("demo", "--db", team, "--clients", 4).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert csp_desk("backup", "--db", team, "--out", copy).returncode == 0
    store = open_store(team)
    with store.session() as session:
        client = json.loads(csp_desk("list", "clients", "--json", "--db", team).stdout)[0]["id"]
        contract = session.execute(select(WorkContract).limit(1)).scalar_one()
        order = contract.engagement_id
        notice = session.execute(select(IssuedNotice.id).limit(1)).scalar_one()
    store.close()
    exports = {
        "proposal.docx": ("proposal", "--client", client),
        "budget.xlsx": ("budget", "--client", client),
        "progress.docx": ("progress", "--client", client),
        "ledger.xlsx": ("ledger",),
        "record.xlsx": ("record", "--order", order),
        "notice.docx": ("issued-notice", "--notice", notice),
        "summary.xlsx": ("workshop-summary", "--workshop", 1),
    }
    for name, args in exports.items():
        made = []
        for where, db in (("server", team), ("file", copy)):
            out = tmp_path / where / name
            out.parent.mkdir(exist_ok=True)
            done = csp_desk("export", *args, "--db", db, "--out", out)
            assert done.returncode == 0, (name, where, done.stderr)
            made.append(out)
        read = _cells if name.endswith(".xlsx") else _paragraphs
        assert read(made[0]) == read(made[1]), name
    postgres.drop(team)


def test_a_password_in_the_address_reaches_no_log(postgres, tmp_path):
    import os

    password = Path(os.environ["PGPASSFILE"]).read_text().split(":")[-1].strip()
    team = postgres.new_empty_database()
    typed = team.replace("postgresql://csp@", f"postgresql://csp:{password}@")
    state = tmp_path / "state"
    done = csp_desk("list", "clients", "--db", typed, env={"XDG_STATE_HOME": str(state)})
    assert done.returncode == 0, done.stderr
    logs = list(state.rglob("*.log*"))
    assert logs and all(password not in log.read_text(encoding="utf-8") for log in logs)
    assert team.rpartition("/")[2] in " ".join(log.read_text(encoding="utf-8") for log in logs)
    postgres.drop(team)
