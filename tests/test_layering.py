import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_domain_store_reports_and_services_never_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import csp_desk.domain, csp_desk.store, csp_desk.reports, csp_desk.services\n"
        "import csp_desk.i18n, csp_desk.preferences\n"
        "for pkg in (csp_desk.domain, csp_desk.store, csp_desk.reports, csp_desk.services):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "import csp_desk.store.demo, csp_desk.reports.proposal, csp_desk.reports.budget\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_core_sources_have_no_qt_import_lines():
    for package in ("domain", "store", "reports", "services"):
        for path in (ROOT / "csp_desk" / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, path


def test_the_command_line_checks_and_translates_without_qt(tmp_path):
    """`csp-desk check` and its messages in Japanese load no Qt (i18n reads the catalogue itself)."""
    import json

    order = tmp_path / "order.json"
    data = json.loads((ROOT / "tests" / "orders" / "compliant_project.json").read_text(encoding="utf-8"))
    data["description"] = "週5日、毎朝9時に事務所へ出社し、18時まで指示に従って作業してください。"
    order.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = (
        "import sys\n"
        "from csp_desk import cli, i18n\n"
        f"status = cli.run(['check', {str(order)!r}])\n"
        "assert i18n.current() == 'ja' and i18n.translate('cli', 'ERROR') != 'ERROR'\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "警告\tPOST-13" in result.stdout and "勤務場所の固定" in result.stdout, result.stdout


def test_a_compiled_catalogue_reads_as_its_source(tmp_path):
    """The bundle ships only the .qm: read without Qt, it holds the same translations as the .ts."""
    from csp_desk import i18n
    from csp_desk.paths import TRANSLATIONS

    i18n.build_translations()
    source = i18n.read_ts(TRANSLATIONS / "csp_desk_ja.ts")
    assert len(source) > 1000
    assert i18n.read_qm((TRANSLATIONS / "csp_desk_ja.qm").read_bytes()) == source
    broken = tmp_path / "broken.qm"
    broken.write_bytes(b"not a catalogue")
    with pytest.raises(ValueError):
        i18n.read_qm(broken.read_bytes())


WINDOW_MAY_IMPORT_FROM_STORE = {"db", "errors", "lock", "sealed", "projector"}
"""What the window may name from store/: the Store type and the row types of the projector (for
annotations), the errors it explains, the writer lock of the file it holds open, and a recovery
key typed to open an encrypted backup. Data itself comes only through services."""


def test_the_window_reaches_the_data_only_through_services():
    import re

    for path in sorted((ROOT / "csp_desk" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert ".session()" not in text, f"{path.name} opens a store session"
        for found in re.finditer(r"from \.\.store(?:\.(\w+))? import (\w+)", text):
            module = found.group(1)
            assert module in WINDOW_MAY_IMPORT_FROM_STORE, f"{path.name}: {found.group(0)}"
        assert "from .. import documents" not in text and "from ..imports" not in text, path.name
