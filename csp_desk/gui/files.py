"""Choosing a file to open or a place to save: one dialog for the whole app, starting in the folder
used last for the same purpose (the Documents folder the first time), dates shown whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView, QWidget

from .language import window_settings


def _start_folder(purpose: str) -> str:
    remembered = window_settings().value(f"folders/{purpose}")
    if remembered and Path(str(remembered)).is_dir():
        return str(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _remember(purpose: str, chosen: Path) -> None:
    window_settings().setValue(f"folders/{purpose}", str(chosen.parent))


def _dialog(parent: QWidget, title: str, folder: str, pattern: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, pattern)
    dialog.setObjectName("fileDialog")
    # Qt's own Japanese leaves these in English in its widget dialog (the system's dialog, where
    # there is one, has its own words)
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("Files", "Look in:"))
    dialog.setLabelText(label.FileName, QCoreApplication.translate("Files", "File name:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("Files", "Files of type:"))

    def widen(_path: str) -> None:
        # Qt's own dialog (where the system offers none) cuts the dates: fit the columns to them
        view = dialog.findChild(QTreeView, "treeView")
        if view is not None:
            view.header().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    model = dialog.findChild(QFileSystemModel)
    if model is not None:
        model.directoryLoaded.connect(widen)
    return dialog


def ask_open_file(parent: QWidget, title: str, pattern: str, purpose: str, start: Path | None = None) -> str:
    """The path of an existing file the producer chose, or '' when they cancelled; `start` is
    where to look first when it exists (the backups folder, say)."""
    folder = str(start) if start is not None and start.is_dir() else _start_folder(purpose)
    dialog = _dialog(parent, title, folder, pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return ""
    chosen = dialog.selectedFiles()[0]
    _remember(purpose, Path(chosen))
    return chosen


def ask_save_file(
    parent: QWidget, title: str, name: str, pattern: str, purpose: str, suffix: str
) -> Path | None:
    """Where to write a new file (the suffix added when left off), or None when cancelled; an
    existing file is replaced only after the dialog asked."""
    safe = "".join(c for c in name if c not in '\\/:*?"<>|').strip()
    dialog = _dialog(parent, title, _start_folder(purpose), pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(safe)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    out = Path(dialog.selectedFiles()[0])
    if out.suffix.lower() != suffix.lower():
        out = out.with_name(out.name + suffix)
    _remember(purpose, out)
    return out


def ask_folder(parent: QWidget, title: str, purpose: str) -> Path | None:
    """An existing folder the producer chose (to write several files into), or None."""
    dialog = _dialog(parent, title, _start_folder(purpose), "")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    window_settings().setValue(f"folders/{purpose}", str(chosen))
    return chosen


def new_folder_name(parent: Path, stem: str) -> Path:
    """A folder in `parent` named after `stem` (made a safe name as the handouts' files are) that
    does not exist yet: `stem`, then `stem (2)`, `stem (3)` …"""
    from ..reports.workshop import file_stem

    safe = file_stem(stem, "csp-desk")
    candidate, number = parent / safe, 1
    while candidate.exists():
        number += 1
        candidate = parent / f"{safe} ({number})"
    return candidate
