"""Finds the shared folders (data/, ui/, resources/) in a checkout, a wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    checkout = _PACKAGE.parent
    if (checkout / "data").is_dir() and (checkout / "pyproject.toml").is_file():
        return checkout
    return _PACKAGE / "_shared"


ROOT = _root()
DATA = ROOT / "data"
UI = ROOT / "ui"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"

DB_ENV = "CSP_DESK_DB"
"""Environment variable that overrides where the user database lives."""


def data_dir() -> Path:
    """The per-user data folder, created readable by the user only."""
    from platformdirs import user_data_path

    path = user_data_path("csp-desk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)  # made by an older version or by hand: client and worker data stay private
    return path


def default_db() -> Path | str:
    """The database a command opens without --db: CSP_DESK_DB (a file, or a team server's
    postgresql:// address, kept as text), else the per-user file."""
    override = os.environ.get(DB_ENV)
    if override and override.lower().startswith(("postgresql://", "postgres://")):
        return override
    return default_db_path()


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "csp-desk.sqlite3"


def house_style_path() -> Path:
    """The producer's own Word template (letterhead, logo, fonts), copied here in Settings."""
    return data_dir() / "house_style.docx"


def added_wages_path() -> Path:
    """Minimum wages the producer added in Settings (newer years than the shipped table)."""
    return data_dir() / "minimum_wages_added.csv"


def recovery_path(database: Path | str) -> Path:
    """Where the unsaved form values typed into a database's window are kept until saved or
    discarded (one small JSON file per database, so drafts never cross from one to another)."""
    import hashlib

    # a file by its full path; a team database by its address, without a password (Store.where)
    what = database if isinstance(database, str) else str(Path(database).resolve())
    key = hashlib.sha256(what.encode("utf-8")).hexdigest()[:24]
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / f"{key}.json"


def log_dir() -> Path:
    """The per-user log folder (Linux: ~/.local/state/csp-desk/log), created readable by the user only."""
    from platformdirs import user_log_path

    path = user_log_path("csp-desk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


GUIDE = RESOURCES / "guide"
"""The offline user guide, one Markdown file per language (guide/ja.md, guide/en.md)."""
