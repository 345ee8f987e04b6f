"""Entry point: `csp-desk` opens the window; `csp-desk COMMAND …` runs a headless command;
`csp-desk FILE` opens the window and reads FILE as a client file, as File ▸ 顧客ファイルを読み込む…
does (how a file manager or Windows' "Open with" hands csp-desk a file).

Only no command at all, a file (or the window's own options) opens the window: a mistyped or
unknown command is said and the process ends with status 2, without loading the window, so a
script or an SSH session never hangs on a window it did not ask for.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

COMMANDS = (
    "demo", "list", "export", "check", "verify", "backup", "restore", "personal-data", "import", "team",
)  # fmt: skip
"""Headless sub-commands (kept here so start-up imports nothing)."""
WINDOW_OPTIONS = ("--db",)
"""The window's options that take a value (app._parse); --demo takes none."""
WINDOW_LONG_OPTIONS = ("--db", "--demo", "--help", "--version", "--self-test")
QT_OPTIONS = frozenset(
    {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger",
        "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-session", "-style", "-stylesheet",
        "-display", "-geometry", "-title", "-name", "-visual",
    }
)  # fmt: skip
"""Qt's own command-line options that take a value (QApplication reads them)."""


def command_word(args: Sequence[str]) -> int | None:
    """Where the first word that is neither an option nor an option's value is, if any."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in WINDOW_OPTIONS or arg in QT_OPTIONS:
            i += 2
        elif arg.startswith("-") and arg != "-":
            i += 1
        else:
            return i
    return None


def is_file_argument(word: str) -> bool:
    """Whether a word that is no command names a file for the window to open: one that exists, or
    that is written as a path or a client file's name (a missing one is then said in the window,
    as the menu says it). A bare word that is neither (`exprot`) stays a mistyped command."""
    import os
    from pathlib import Path

    separators = {os.sep, "/"} | ({os.altsep} if os.altsep else set())
    return (
        Path(word).exists()
        or any(separator in word for separator in separators)
        or word.lower().endswith(".json")
    )


def file_argument(args: Sequence[str]) -> str | None:
    """The client file the window is to open (`csp-desk FILE`), if one is given."""
    at = command_word(args)
    if at is None or args[at] in COMMANDS or not is_file_argument(args[at]):
        return None
    return args[at]


def unknown_option(args: Sequence[str]) -> str | None:
    """The first long option the window does not know (`--dmeo`), if any: Qt's own are single-dash."""
    for arg in args:
        if arg.startswith("--") and arg.split("=", 1)[0] not in WINDOW_LONG_OPTIONS:
            return arg.split("=", 1)[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    at = None if file_argument(args) else command_word(args)  # a file: the window reads it (run_gui)
    wrong = unknown_option(args[:at])  # before any command word: the window's options
    if wrong is not None:  # a mistyped --demo must not open the window on the producer's own file
        from . import cli

        return cli.unknown_option(wrong, WINDOW_LONG_OPTIONS)
    if at is None and "--version" in args:
        from . import __version__

        print(f"csp-desk {__version__}")
        return 0
    if at is None and "--self-test" in args:  # an installed copy checks itself (selftest.py)
        from .selftest import run

        return run()
    if at is not None or any(arg in ("-h", "--help") for arg in args):
        from . import cli

        if at is None:
            return cli.run(["--help"])
        word = args[at]
        if word in COMMANDS:  # `--db x.sqlite3 demo` is `demo --db x.sqlite3`
            return cli.run([word, *args[:at], *args[at + 1 :]])
        return cli.unknown_command(word, COMMANDS)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
