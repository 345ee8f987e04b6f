"""Compiles the Designer forms in ui/ into csp_desk/gui/forms/ui_*.py (committed).

    uv run python tools/build_forms.py

uic imports some 40 Qt classes per form whether the form uses them or not, and PySide6
creates each class on first import; keeping only the names a form uses saves ~25 ms of
start-up, so the generated imports are pruned here.
"""

from __future__ import annotations

import re
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
    return prune_imports(result.stdout)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n]+)\n", re.M)


def prune_imports(source: str) -> str:
    """Keeps only the imported Qt names the generated code uses."""
    imports = list(_IMPORT.finditer(source))
    if not imports:
        return source
    body = source[imports[-1].end():]
    used = set(re.findall(r"\b\w+\b", body))
    lines = []
    for match in imports:
        names = [n.strip() for n in match[2].strip("()").replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n in used]
        if kept:
            lines.append(f"from {match[1]} import {', '.join(kept)}\n")
    head = source[: imports[0].start()]
    return head + "".join(lines) + body


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
