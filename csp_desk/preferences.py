"""The user's own preferences that are not the database's (the interface language), in a small JSON
file in the per-user configuration folder, read and written without Qt so the command line shares
them with the window. Window-only state (column widths, last folders) stays in Qt's settings."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("csp-desk", appauthor=False) / "preferences.json"


def read() -> dict[str, object]:
    """Every preference kept; none when the file is missing, unreadable or not an object (a
    broken file is logged and written anew at the next change)."""
    try:
        data = json.loads(path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("the preferences file %s cannot be read; defaults are used", path(), exc_info=True)
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: object = None) -> object:
    return read().get(key, default)


def put(key: str, value: object) -> None:
    """Keeps one preference; the file is replaced whole, so a crash leaves the old one or the new."""
    data = read()
    data[key] = value
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".preferences-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
