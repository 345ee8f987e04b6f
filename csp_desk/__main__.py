"""Entry point: `csp-desk` opens the window; `csp-desk COMMAND …` runs a headless command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

COMMANDS = ("demo", "list", "export", "check", "verify", "backup", "restore", "personal-data", "import")
"""Headless sub-commands; anything else opens the window (kept here so start-up imports nothing)."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from .cli import run

        return run(args)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
