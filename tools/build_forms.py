"""Compiles the Designer forms in ui/ into csp_desk/gui/forms/ui_*.py (committed).

    uv run python tools/build_forms.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "csp_desk" / "gui" / "forms"


def uic() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"


def compile_form(ui: Path) -> str:
    result = subprocess.run(
        [str(uic()), "-g", "python", "--from-imports", str(ui.relative_to(ROOT))],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return result.stdout


def target(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def main() -> int:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").write_text('"""Generated from ui/*.ui by tools/build_forms.py."""\n')
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        target(ui).write_text(compile_form(ui), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
