"""Writing a document safely: to a temporary file beside the target, then moved into place."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.proposal import ProposalData
from .common import Progress, no_progress

KINDS = ("proposal", "budget")


def into_place(out: Path, write: Callable[[Path], object]) -> Path:
    """Calls `write` on a temporary file beside `out`, then moves it there; a failed or
    cancelled write leaves nothing behind and never a half-written `out`."""
    out = Path(out)
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=".csp-desk-", suffix=out.suffix)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)  # mkstemp makes 0600; an export is an ordinary file
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return out


def write_document(kind: str, data: ProposalData, out: Path, progress: Progress = no_progress,
                   schedule_png: bytes | None = None) -> Path:  # fmt: skip
    """Writes the proposal (with its schedule picture, if given) or the budget."""
    from .budget import write_budget
    from .proposal import write_proposal

    if kind == "proposal":
        return into_place(out, lambda temporary: write_proposal(data, temporary, progress, schedule_png))
    if kind == "budget":
        return into_place(out, lambda temporary: write_budget(data, temporary, progress))
    raise ValueError(kind)


APP_PART = "docProps/app.xml"
STALE = ("AppVersion", "Template", "TotalTime", "Pages", "Words", "Characters", "Lines", "Paragraphs",
         "CharactersWithSpaces", "HeadingPairs", "TitlesOfParts")  # fmt: skip
"""What the libraries' app.xml says that is not so of our document: another application's version,
Word's template and the counts of the library's own blank template."""


def application() -> str:
    from .. import __version__

    return f"csp-desk {__version__}"


def named_app_xml(data: bytes | str) -> bytes:
    """The document's extended properties (docProps/app.xml) naming csp-desk as the application that
    wrote it — not 「Microsoft Excel Compatible / Openpyxl」 nor python-docx's 「Microsoft Macintosh
    Word」 — with the other application's version and its template's counts left out; the rest (a
    house style's Company, say) kept."""
    from xml.etree import ElementTree

    namespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    ElementTree.register_namespace("", namespace)
    ElementTree.register_namespace("vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes")
    root = ElementTree.fromstring(data)
    for name in STALE:
        for element in root.findall(f"{{{namespace}}}{name}"):
            root.remove(element)
    named = root.find(f"{{{namespace}}}Application")
    if named is None:
        named = ElementTree.SubElement(root, f"{{{namespace}}}Application")
    named.text = application()
    return ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True)


def save(document: object, out: Path) -> Path:
    """Saves a Word document (python-docx) or a workbook (openpyxl) to `out`: the one place every
    document we write passes through, so each says in its properties that csp-desk wrote it."""
    out = Path(out)
    package = getattr(getattr(document, "part", None), "package", None)
    if package is not None:  # Word: the app.xml part is rewritten before the package is written
        for part in package.iter_parts():
            if str(part.partname) == "/" + APP_PART:
                part._blob = named_app_xml(part.blob)
        document.save(str(out))  # type: ignore[attr-defined]
        return out
    _save_workbook(document, out)
    return out


def _save_workbook(workbook: Any, out: Path) -> None:
    """openpyxl's save_workbook, its archive naming csp-desk in app.xml as openpyxl writes it."""
    import datetime
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    class Archive(zipfile.ZipFile):
        def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
            if getattr(zinfo_or_arcname, "filename", zinfo_or_arcname) == APP_PART:
                data = named_app_xml(data)
            super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    if workbook.read_only:
        raise TypeError("a read-only workbook cannot be saved")
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = Archive(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    ExcelWriter(workbook, archive).save()
