"""The program's file dialogs: every file or folder it asks for is chosen here.

A dialog module, loaded when the first file dialog opens: QFileDialog and
QStandardPaths build their enums the first time they are imported, which
start-up need not wait for. Each kind of file starts in its own folder:
workshop files and exports in the Documents folder, photos in the Pictures
folder, and from then on in the folder the user last chose for that kind
(remembered in the settings, see ``dialogs.remember_folders_in``) — never in
the program's working directory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from .dialogs import EXPORTS, PHOTOS, remembered_folders


def start_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` opens: the last folder chosen, else Documents or Pictures."""
    folders = remembered_folders()
    remembered = folders.last_folder(kind) if folders is not None else ""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    locations = QStandardPaths.StandardLocation
    standard = QStandardPaths.writableLocation(
        locations.PicturesLocation if kind == PHOTOS else locations.DocumentsLocation
    )
    if standard and Path(standard).is_dir():
        return Path(standard)
    return Path.home()


def _chosen(kind: str, path: Path) -> Path:
    folders = remembered_folders()
    if folders is not None:
        folders.set_last_folder(kind, str(path.parent))
    return path


def _start(kind: str, folder: str = "", suggestion: str = "") -> str:
    """The dialog's starting point: ``folder`` when the caller names one, else the kind's folder; plus a file name."""
    base = Path(folder) if folder and Path(folder).is_dir() else start_folder(kind)
    return str(base / Path(suggestion).name) if suggestion else str(base)


def ask_save_path(
    parent: QWidget | None, title: str, suggestion: str, file_filter: str, suffix: str, kind: str = EXPORTS
) -> Path | None:
    """A file name to write (None when cancelled), with ``suffix`` added when the user left it out.

    Only the file name of ``suggestion`` is used; the dialog opens in the folder of ``kind``.
    """
    name, _ = QFileDialog.getSaveFileName(parent, title, _start(kind, suggestion=suggestion), file_filter)
    if not name:
        return None
    path = Path(name)
    return _chosen(kind, path if path.suffix.lower() == suffix else path.with_name(path.name + suffix))


def ask_open_path(parent: QWidget | None, title: str, file_filter: str, kind: str, folder: str = "") -> Path | None:
    """One file to read (None when cancelled), starting in ``folder`` or the folder of ``kind``."""
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(kind, folder), file_filter)
    return _chosen(kind, Path(name)) if name else None


def ask_open_paths(parent: QWidget | None, title: str, file_filter: str, kind: str, folder: str = "") -> list[Path]:
    """Several files to read (empty when cancelled), starting in ``folder`` or the folder of ``kind``."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(kind, folder), file_filter)
    paths = [Path(name) for name in names]
    if paths:
        _chosen(kind, paths[0])
    return paths


def ask_folder(parent: QWidget | None, title: str, kind: str) -> Path | None:
    """A folder to read (None when cancelled), starting in the folder of ``kind``."""
    name = QFileDialog.getExistingDirectory(parent, title, _start(kind))
    if not name:
        return None
    folder = Path(name)
    _chosen(kind, folder / "_")  # remembered as the folder the next dialog opens in: the chosen one itself
    return folder
