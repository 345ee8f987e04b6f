"""Refreshes resources/translations/*.ts from the sources (run after changing any user text).

    uv run python tools/update_translations.py

New strings arrive as unfinished entries; translate them (Qt Linguist, or by editing the .ts),
then run the tests, which fail while any entry is unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ja",)


def sources() -> list[str]:
    files = [
        p for p in sorted((ROOT / "csp_desk").rglob("*.py"))
        if "forms" not in p.parts and "migrations" not in p.parts
    ]  # fmt: skip
    files += sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def main() -> int:
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    for language in LANGUAGES:
        ts = ROOT / "resources" / "translations" / f"csp_desk_{language}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(lupdate), "-no-obsolete", "-locations", "none", "-target-language", language,
             *sources(), "-ts", str(ts)],
            cwd=ROOT, check=True,
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
