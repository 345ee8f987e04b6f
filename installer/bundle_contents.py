"""What goes into the bundle and what stays out: read by csp-desk.spec, build.py and the bundle test.

In: the application's packages, the reference data (data/), the style sheets (ui/*.qss; the
forms are compiled Python in csp_desk/gui/forms), the user guide and the built translations
(resources/), the Alembic migrations as files (Alembic reads them from disk), the Japanese
dictionary. Out: the test tools, the build tools, and the parts of Qt csp-desk never loads.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_ID = "io.github.csp_desk.csp_desk"
"""The application's id: AppStream's on Linux, the bundle identifier on macOS."""


def version(root: Path) -> str:
    import tomllib

    with (root / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


EXCLUDED_MODULES = (
    # test and build tools: never in the bundle, even though they are in the build's venv
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "mypyc", "ruff", "PyInstaller",
    "setuptools", "pip", "pkg_resources", "_distutils_hack", "tests", "bench", "tools",
    # standard library parts nothing uses
    "tkinter", "_tkinter", "turtle", "readline", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
    # Mako (Alembic's templates) colours its error pages with Pygments when it is there (1.8 MB):
    # it falls back to plain text; lxml's parts beside etree (python-docx and openpyxl use etree
    # only): objectify 2.9 MB, html (its diff 0.9 MB), sax, the Schematron stylesheets
    "pygments", "lxml.objectify", "lxml.html", "lxml.sax", "lxml.isoschematron",
    # psycopg's own copy of libpq, OpenSSL and Kerberos (10 MB): the bundle's psycopg (pure Python,
    # for a team server) uses the system's libpq5 instead, which the .deb recommends
    "psycopg_binary",
    # Qt modules csp-desk does not import (QtCore, QtGui, QtWidgets, QtCharts are its four)
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtUiTools",
    "PySide6.Qt3DCore", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech", "PySide6.QtWebSockets", "PySide6.QtHelp", "PySide6.QtSpatialAudio",
    # QtCharts links Qt's OpenGL libraries (they stay), but nothing imports their Python modules
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
)  # fmt: skip

DROPPED = (
    # Qt libraries and plugins pulled in by plugin folders, never loaded by a widgets app
    "libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6VirtualKeyboard", "libQt6Network",
    "libQt6WebEngine", "libQt6Multimedia", "libQt6Sql", "libQt6Test", "libQt6ShaderTools",
    "libQt63D", "libQt6Graphs", "libQt6Positioning", "libQt6Location", "libQt6EglFS", "libQt6EglFs",
    "plugins/qmltooling/", "plugins/qmllint/", "plugins/virtualkeyboard", "plugins/platforminputcontexts/",
    "plugins/tls/", "plugins/networkinformation/", "plugins/sqldrivers/", "plugins/multimedia/",
    "plugins/imageformats/libqpdf", "plugins/egldeviceintegrations/",
    # image formats csp-desk never reads (its pictures are PNG and SVG, Qt's own or plugins kept)
    "plugins/imageformats/libqtiff", "plugins/imageformats/libqwebp",
    # D-Bus's client library: every Linux desktop has it (Qt talks to the session bus through it);
    # the copy taken from the build machine brought libsystemd, libgcrypt, lz4 and more (2.9 MB).
    # The Debian package depends on the system's (libdbus-1-3, found by build.py like Qt's others)
    "libdbus-1.so",
    "plugins/platforms/libqeglfs", "plugins/platforms/libqlinuxfb", "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay", "plugins/platforms/libqminimalegl",
    "plugins/generic/", "/qml/",
    # GTK's theme plugin would load the system's GTK over the bundle's own GLib and cairo: Qt's
    # own dialogs (or the desktop portal's, plugins/platformthemes/libqxdgdesktopportal) instead
    "plugins/platformthemes/libqgtk3", "Qt/translations/qtwebengine", "Qt/translations/qtdeclarative",
    "Qt/translations/qtmultimedia", "Qt/translations/qtconnectivity", "Qt/translations/qtlocation",
    "Qt/translations/qtserialport", "Qt/translations/qtwebsockets",
)  # fmt: skip
"""Parts of a bundle path: an entry whose destination contains one is left out."""


MODULE_COLLECTION_MODE = {"docx": "pyz+py"}
"""python-docx finds its XML templates at docx/parts/../templates: the folder docx/parts must
exist on disk, so its sources go beside the archive (the archive's modules are still the ones
imported). Found by `csp-desk --self-test` on the first bundle."""

STRIP = sys.platform.startswith("linux")
"""Linux: drop the debugging symbols (the Python library alone carries 18 MB of them)."""


def wanted_module(name: str) -> bool:
    """Every module of ours goes in (lazy imports inside functions included)."""
    return ".migrations" not in name  # Alembic reads the migrations from files (datas)


def datas(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's Analysis."""
    out = [(str(root / "data"), "data"), (str(root / "resources" / "guide"), "resources/guide")]
    out += [(str(path), "ui") for path in sorted((root / "ui").glob("*.qss"))]
    translations = sorted((root / "resources" / "translations").glob("*.qm"))
    if not translations:
        raise SystemExit("no built translations (*.qm): build.py builds them before PyInstaller runs")
    out += [(str(path), "resources/translations") for path in translations]
    migrations = root / "csp_desk" / "store" / "migrations"
    inside = Path("csp_desk") / "store" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            out.append((str(path), str(inside / path.parent.relative_to(migrations))))
    return out


QT_TRANSLATIONS = ("qt_ja.qm", "qtbase_ja.qm", "qt_en.qm", "qtbase_en.qm")
"""Qt's own texts (OK, Cancel, the file dialogs) in the interface's two languages; the other
languages' catalogues stay out."""


def _kept(destination: str) -> bool:
    path = destination.replace("\\", "/")
    if any(part in path for part in DROPPED):
        return False
    if "Qt/translations/" in path:
        return path.rsplit("/", 1)[-1] in QT_TRANSLATIONS
    return True


def keep(entries):  # type: ignore[no-untyped-def]
    """PyInstaller's TOC without the dropped parts of Qt."""
    return [entry for entry in entries if _kept(entry[0])]


def _needed(path: str) -> list[str]:
    import re
    import subprocess

    headers = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return re.findall(r"^\s+NEEDED\s+(\S+)", headers, re.M)


def keep_binaries(entries):  # type: ignore[no-untyped-def]
    """The binaries without the dropped parts of Qt, and without the system libraries that only
    those parts linked (GTK's theme plugin alone brings cairo, pango and a dozen more). A library
    that anything kept still links, or that was collected for another reason, stays."""
    if not sys.platform.startswith("linux"):
        return keep(entries)
    kept = keep(entries)
    dropped = [entry for entry in entries if entry not in kept]
    by_name = {Path(dest).name: src for dest, src, _kind in entries}
    top_level = {Path(dest).name for dest, _src, _kind in kept if "/" not in dest.replace("\\", "/")}

    def reached(roots: list[str], through: dict[str, str]) -> set[str]:
        seen: set[str] = set()
        todo = [through[name] for name in roots if name in through]
        while todo:
            for name in _needed(todo.pop()):
                if name not in seen and name in through:
                    seen.add(name)
                    todo.append(through[name])
        return seen

    candidates = reached([Path(dest).name for dest, _src, _kind in dropped], by_name) & top_level
    roots = [Path(dest).name for dest, _src, _kind in kept if Path(dest).name not in candidates]
    # what the kept binaries link, not through a dropped one (libdbus-1 is the system's: the
    # libsystemd it links is the system's too)
    kept_by_name = {Path(dest).name: src for dest, src, _kind in kept}
    orphans = candidates - reached(roots, kept_by_name)
    return [entry for entry in kept if Path(entry[0]).name not in orphans]


def slim_icu(entries, work: Path):  # type: ignore[no-untyped-def]
    """Linux: Qt's ICU data library (32 MB) rebuilt without what Qt never asks ICU for (9 MB;
    installer/slim_icu.py says what goes and what stays)."""
    if not sys.platform.startswith("linux"):
        return entries
    import slim_icu as icu

    out = []
    for dest, src, kind in entries:
        if Path(dest).name.startswith("libicudata.so") and kind == "BINARY":  # not its SYMLINK entry
            src = str(icu.slim_library(Path(src), work)[0])
        out.append((dest, src, kind))
    return out


def icon(root: Path) -> str | None:
    """The icon the executable carries: Windows and macOS read it from the file; Linux from the
    desktop entry (installed beside, in the icon theme)."""
    icons = root / "installer" / "icons"
    if sys.platform == "win32":
        return str(icons / "csp-desk.ico")
    if sys.platform == "darwin":
        return str(icons / "csp-desk.icns")
    return None
