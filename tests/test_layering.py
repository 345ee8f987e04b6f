import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_domain_store_and_reports_never_import_qt():
    code = (
        "import sys, pkgutil, importlib\n"
        "import csp_desk.domain, csp_desk.store, csp_desk.reports\n"
        "for pkg in (csp_desk.domain, csp_desk.store, csp_desk.reports):\n"
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
    for package in ("domain", "store", "reports"):
        for path in (ROOT / "csp_desk" / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "PySide6" not in text, path
