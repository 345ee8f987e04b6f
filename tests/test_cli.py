import json
import os
import subprocess
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent


def csp_desk(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "csp_desk", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_demo_list_and_export_from_the_command_line(tmp_path):
    db = tmp_path / "demo.sqlite3"
    made = csp_desk("demo", "--db", db, "--clients", 5)
    assert made.returncode == 0, made.stderr
    listed = csp_desk("list", "clients", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    clients = json.loads(listed.stdout)
    assert len(clients) == 5
    assert all({"id", "name"} <= set(c) for c in clients)
    first = clients[0]["id"]

    proposal = tmp_path / "提案書.docx"
    out = csp_desk("export", "proposal", "--client", first, "--out", proposal, "--db", db)
    assert out.returncode == 0, out.stderr
    assert clients[0]["name"] + " 御中" in "\n".join(p.text for p in Document(proposal).paragraphs)

    budget = tmp_path / "予算表.xlsx"
    out = csp_desk("export", "budget", "--client", first, "--out", budget, "--db", db)
    assert out.returncode == 0, out.stderr
    assert load_workbook(budget).sheetnames == ["予算表", "課題別集計"]


def test_database_path_comes_from_the_environment_variable(tmp_path):
    db = tmp_path / "env.sqlite3"
    assert csp_desk("demo", "--clients", 2, env={"CSP_DESK_DB": str(db)}).returncode == 0
    assert db.exists()
    listed = csp_desk("list", "clients", "--json", env={"CSP_DESK_DB": str(db)})
    assert len(json.loads(listed.stdout)) == 2


def test_unknown_client_gets_a_one_line_message_and_no_file(tmp_path):
    db = tmp_path / "demo.sqlite3"
    csp_desk("demo", "--db", db, "--clients", 1)
    out = tmp_path / "x.docx"
    result = csp_desk("export", "proposal", "--client", 999, "--out", out, "--db", db)
    assert result.returncode == 1
    assert "999" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_file_that_is_not_a_database_is_reported_without_a_traceback(tmp_path):
    db = tmp_path / "broken.sqlite3"
    db.write_text("garbage " * 500)
    result = csp_desk("list", "clients", "--db", db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "broken.sqlite3" in result.stderr
    assert db.read_text() == "garbage " * 500


def test_messages_are_japanese_by_default(tmp_path):
    db = tmp_path / "demo.sqlite3"
    result = csp_desk("demo", "--db", db, "--clients", 1)
    assert "デモ" in result.stdout
