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
    sheets = load_workbook(budget).sheetnames  # and 発注済み when some work is ordered already
    assert sheets[:5] == ["予算表", "課題別集計", "費用", "月別支出", "工程表"]
    assert sheets[5:] in ([], ["発注済み"])


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


def _said(*args):
    """The real entry point, as a script or an SSH session runs it: it must end on its own."""
    return subprocess.run(
        [sys.executable, "-m", "csp_desk", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT, timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": ""},  # no screen: a window would abort or hang here
    )  # fmt: skip


def test_a_mistyped_command_is_said_with_the_nearest_one_not_a_window(tmp_path):
    result = _said("exprot", "proposal", "--client", 1, "--out", tmp_path / "x.docx")
    assert result.returncode == 2 and result.stdout == ""
    assert "「exprot」というコマンドはありません。「export」のことですか？" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.docx").exists()


def test_an_unknown_command_is_said_with_the_commands_there_are():
    result = _said("meeting", "init")
    assert result.returncode == 2
    first, commands = result.stderr.splitlines()[:2]
    assert first == "csp-desk：「meeting」というコマンドはありません。"
    assert "export" in commands and "restore" in commands and "--help" in commands


def test_an_unknown_command_after_the_window_options_is_said_too(tmp_path):
    result = _said("--db", tmp_path / "desk.sqlite3", "lsit")
    assert result.returncode == 2 and "「list」のことですか" in result.stderr
    assert not (tmp_path / "desk.sqlite3").exists()


def test_a_mistyped_window_option_is_said_not_the_window_on_the_own_database():
    result = _said("--dmeo")
    assert result.returncode == 2
    assert "「--dmeo」というウィンドウのオプションはありません。「--demo」のことですか？" in result.stderr


def test_a_command_after_the_window_options_runs_as_the_command(tmp_path):
    db = tmp_path / "desk.sqlite3"
    assert _said("--db", db, "demo", "--clients", 1).returncode == 0
    assert len(json.loads(_said("list", "clients", "--db", db, "--json").stdout)) == 1


def test_help_lists_the_commands_and_the_window_options():
    result = _said("--help")
    assert result.returncode == 0
    assert "restore" in result.stdout and "--demo" in result.stdout


def test_an_unknown_command_loads_no_window_code():
    code = (
        "import sys\n"
        "from csp_desk.__main__ import main\n"
        "assert main(['exprot']) == 2\n"
        "window = ('PySide6.QtWidgets', 'PySide6.QtGui', 'csp_desk.app', 'csp_desk.gui')\n"
        "loaded = [m for m in sys.modules if m.startswith(window)]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                            timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_a_folder_given_as_the_database_is_said_to_be_a_folder(tmp_path):
    folder = tmp_path / "書類"
    folder.mkdir()
    for command in (("list", "clients"), ("demo", "--clients", 1), ("verify",), ("backup",),
                    ("restore", tmp_path / "x.sqlite3")):  # fmt: skip
        result = csp_desk(*command, "--db", folder)
        assert result.returncode == 1, command
        assert f"{folder} はフォルダーで、データベースのファイルではありません" in result.stderr, command
        assert str(folder / "csp-desk.sqlite3") in result.stderr and "disk I/O" not in result.stderr
        assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["書類"]


def test_an_unknown_command_is_said_in_english_when_the_interface_is_english(tmp_path):
    preferences = tmp_path / "config" / "csp-desk" / "preferences.json"
    preferences.parent.mkdir(parents=True)
    preferences.write_text('{"language": "en"}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "csp_desk", "exprot"],
        capture_output=True, text=True, cwd=ROOT, timeout=30,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == "csp-desk: “exprot” is not a command. Did you mean “export”?"


def test_an_export_to_a_name_of_another_kind_is_refused_and_writes_nothing(tmp_path):
    """`export client --out 顧客.xlsx` wrote JSON into a file Excel then could not open: each export
    asks for the kind of file it writes."""
    db = tmp_path / "demo.sqlite3"
    assert csp_desk("demo", "--db", db, "--clients", 2).returncode == 0
    for kind, wrong in (("client", "顧客.xlsx"), ("budget", "予算表.docx"), ("proposal", "提案書.xlsx")):
        out = tmp_path / wrong
        said = csp_desk("export", kind, "--client", 1, "--out", out, "--db", db)
        assert said.returncode == 2
        assert "何も書き出していません" in said.stderr and out.suffix in said.stderr
        assert not out.exists()
    right = tmp_path / "顧客.csp-client.json"
    assert csp_desk("export", "client", "--client", 1, "--out", right, "--db", db).returncode == 0
    assert json.loads(right.read_text(encoding="utf-8"))
